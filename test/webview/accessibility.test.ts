import * as assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openPage, sampleShow } from './harness';
import type { ThemeKind } from './themes';

/** Serious and critical violations of WCAG 2.1 A and AA that axe finds, one line each. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} – ${node.failureSummary?.split('\n').join(' ')}`),
    );
}

describe('webview: accessibility (axe)', () => {
  for (const theme of ['light', 'dark', 'high-contrast'] as ThemeKind[]) {
    it(`has no serious or critical violations in the timeline view, ${theme} theme`, async () => {
      const p = await openPage({ theme });
      await p.send(sampleShow('fremtidens-lederuddannelse', { locale: 'da', today: '2027-03-02' }));
      await p.page.locator('.item.seance').nth(1).focus();
      assert.deepEqual(await violations(p.page), []);
      await p.page.context().close();
    });
  }

  for (const theme of ['light', 'dark'] as ThemeKind[]) {
    it(`has no serious or critical violations in the table view, ${theme} theme`, async () => {
      const p = await openPage({ theme });
      await p.send(sampleShow('mistakes/ledertraening', { locale: 'sv' }));
      await p.page.locator('vscode-radio[value="table"]').click();
      await p.page.waitForSelector('.items-table');
      assert.deepEqual(await violations(p.page), []);
      await p.page.context().close();
    });
  }

  it('labels every item with its title, date and track for screen readers', async () => {
    const p = await openPage();
    await p.send(sampleShow('fremtidens-lederuddannelse', { locale: 'da' }));
    const label = await p.page.locator('.item[data-key="seance:seances/03-forandring.md#s03-forandring"]').getAttribute('aria-label');
    assert.equal(
      label,
      'Seance: At lede forandring, der holder, onsdag den 10. marts 2027 08:30–15:30, Fremmøde, spor Ledelse af forandring',
    );
    const roles = await p.page.evaluate(() => ({
      grid: document.querySelectorAll('[role="grid"]').length,
      rows: document.querySelectorAll('[role="grid"] > [role="row"]').length,
      headers: document.querySelectorAll('[role="row"] > [role="rowheader"]').length,
      cells: document.querySelectorAll('[role="row"] [role="gridcell"]').length,
    }));
    assert.deepEqual(roles, { grid: 1, rows: 5, headers: 5, cells: 11 });
    await p.page.context().close();
  });
});
