import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { openPage, ROOT, sampleShow } from './harness';
import type { ThemeKind } from './themes';

const RESULTS = path.join(ROOT, 'test-results');
const COMMITTED = path.join(ROOT, 'test', 'screenshots');

describe('webview: screenshots and print', () => {
  before(() => {
    mkdirSync(RESULTS, { recursive: true });
    mkdirSync(COMMITTED, { recursive: true });
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as ThemeKind[]) {
    it(`takes a screenshot of the timeline of a sample in the ${theme} theme`, async () => {
      const p = await openPage({ theme, viewport: { width: 1280, height: 720 } });
      await p.send(sampleShow('fremtidens-lederuddannelse', { today: '2027-03-02' }));
      await p.page.locator('.item[data-key="seance:seances/03-forandring.md#s03-forandring"]').focus();
      await p.page.waitForSelector('.details-title');
      const png = await p.page.screenshot({ path: path.join(RESULTS, `timeline-${theme}.png`) });
      assert.equal(png.subarray(1, 4).toString(), 'PNG');
      // The README shows the light and the dark one.
      if (theme !== 'high-contrast') writeFileSync(path.join(COMMITTED, `timeline-${theme}.png`), png);
      await p.page.context().close();
    });
  }

  it('prints the timeline alone on one A4 landscape page', async () => {
    const p = await openPage({ theme: 'dark' });
    await p.send(sampleShow('kommunens-ledarstig', { locale: 'sv' }));
    await p.page.locator('vscode-radio[value="week"]').click();
    await p.page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.timeline')?.dataset.dayWidth) >= 40);
    // The page draws the whole period at print width when asked to print.
    await p.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await p.page.emulateMedia({ media: 'print' });
    const file = path.join(RESULTS, 'timeline-print.pdf');
    await p.page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const pdf = readFileSync(file, 'latin1');
    assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, 1, 'one page');
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(pdf);
    assert.ok(box, 'a MediaBox');
    // The groups are not optional: a match has all four numbers.
    const [width, height] = [Number(box[3]!), Number(box[4]!)];
    assert.ok(Math.abs(width - 842) < 2 && Math.abs(height - 595) < 2, `A4 landscape, got ${width}×${height}`);
    await p.page.setViewportSize({ width: 1123, height: 794 });
    await p.page.screenshot({ path: path.join(RESULTS, 'timeline-print.png'), fullPage: true });
    assert.equal(await p.page.locator('.toolbar').isVisible(), false);
    assert.equal(await p.page.locator('.details-pane').isVisible(), false);
    await p.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await p.page.emulateMedia({ media: 'screen' });
    await p.page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.timeline')?.dataset.dayWidth) >= 40);
    await p.page.context().close();
  });
});
