import * as assert from 'node:assert/strict';
import { openPage, SAMPLES, sampleProgramme, sampleShow, type HarnessPage } from './harness';

/** Per lane, what the page drew: seance marks and assignment bars. */
function drawnLanes(p: HarnessPage): Promise<{ id: string; seances: number; assignments: number }[]> {
  return p.page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.lane')].map((lane) => ({
      id: lane.dataset.lane ?? '',
      seances: lane.querySelectorAll('.item.seance').length,
      assignments: lane.querySelectorAll('.item.assignment').length,
    })),
  );
}

/** The offset of a date on the axis of a layout. */
function offsetOf(start: string, date: string): number {
  return Math.round((Date.parse(date) - Date.parse(start)) / 86_400_000);
}

describe('webview: the samples on the timeline', () => {
  for (const sample of SAMPLES) {
    it(`draws every seance and assignment of ${sample} in its track's lane`, async () => {
      const p = await openPage();
      const show = sampleShow(sample);
      await p.send(show);
      const expected = show.layout.lanes.map((lane) => ({
        id: lane.id,
        seances: lane.seances.length,
        assignments: lane.assignments.length,
      }));
      assert.ok(
        expected.some((lane) => lane.seances > 0),
        'the sample has seances',
      );
      assert.deepEqual(await drawnLanes(p), expected);
      // Bars stack in the rows the layout gave them: no two bars of a lane share a row and overlap.
      const overlaps = await p.page.evaluate(() => {
        const found: string[] = [];
        for (const lane of document.querySelectorAll('.lane')) {
          const boxes = [...lane.querySelectorAll('.item')].map((item) => ({
            key: (item as HTMLElement).dataset.key,
            box: item.getBoundingClientRect(),
          }));
          for (const a of boxes) {
            for (const b of boxes) {
              if (
                a !== b &&
                a.box.left < b.box.right - 1 &&
                b.box.left < a.box.right - 1 &&
                a.box.top < b.box.bottom - 1 &&
                b.box.top < a.box.bottom - 1
              )
                found.push(`${a.key} / ${b.key}`);
            }
          }
        }
        return found;
      });
      assert.deepEqual(overlaps, []);
      assert.deepEqual(p.log.pageErrors, []);
      assert.deepEqual(p.log.consoleErrors, []);
      await p.page.context().close();
    });
  }

  it('numbers the ISO weeks: 2027-03-11 is in week 10, named in the interface language', async () => {
    for (const [locale, name] of [
      ['en', 'week 10'],
      ['da', 'uge 10'],
      ['sv', 'vecka 10'],
    ] as const) {
      const p = await openPage();
      const show = sampleShow('fremtidens-lederuddannelse', { locale });
      await p.send(show);
      const offset = offsetOf(show.layout.start, '2027-03-11');
      const week = show.layout.weeks.find((w) => w.offset <= offset && offset < w.offset + w.length)!;
      const left = await p.page.evaluate(() => Number(document.querySelector<HTMLElement>('.timeline')!.dataset.dayWidth));
      const cell = await p.page.evaluate((x) => {
        const cells = [...document.querySelectorAll<HTMLElement>('.week')];
        const found = cells.find((c) => Math.abs(parseFloat(c.style.left) - x) < 0.5)!;
        return { week: found.dataset.week, title: found.title };
      }, week.offset * left);
      assert.deepEqual(cell, { week: '10', title: name });
      // Zoomed to a week, the label is written out.
      await p.page.locator('vscode-radio[value="week"]').click();
      await p.page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.timeline')?.dataset.dayWidth) >= 40);
      const text = await p.page.evaluate((x) => {
        const dayWidth = Number(document.querySelector<HTMLElement>('.timeline')!.dataset.dayWidth);
        return [...document.querySelectorAll<HTMLElement>('.week')].find((c) => Math.abs(parseFloat(c.style.left) - x * dayWidth) < 0.5)
          ?.textContent;
      }, week.offset);
      assert.equal(text, name);
      await p.page.context().close();
    }
  });

  it('names the months in the programme language: Danish and Swedish', async () => {
    const months = async (sample: string, locale: 'en' | 'da' | 'sv'): Promise<string[]> => {
      const p = await openPage();
      await p.send(sampleShow(sample, { locale }));
      const titles = await p.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.month')].map((m) => m.title));
      await p.page.context().close();
      return titles;
    };
    assert.deepEqual(await months('fremtidens-lederuddannelse', 'en'), [
      'januar 2027',
      'februar 2027',
      'marts 2027',
      'april 2027',
      'maj 2027',
      'juni 2027',
    ]);
    assert.deepEqual(await months('kommunens-ledarstig', 'da'), [
      'september 2026',
      'oktober 2026',
      'november 2026',
      'december 2026',
      'januari 2027',
      'februari 2027',
      'mars 2027',
    ]);
  });

  it('shades weekends and names holidays on hover, and marks today', async () => {
    const p = await openPage();
    const show = sampleShow('fremtidens-lederuddannelse', { today: '2027-03-02' });
    await p.send(show);
    const shades = await p.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.shade')].map((s) => ({
        kind: s.classList.contains('holiday') ? 'holiday' : 'weekend',
        title: s.title,
      })),
    );
    assert.equal(shades.length, show.layout.shaded.length);
    const holidays = shades.filter((s) => s.kind === 'holiday').map((s) => s.title);
    assert.ok(
      holidays.some((title) => /Kristi Himmelfartsdag/.test(title)),
      holidays.join(', '),
    );
    assert.equal(await p.page.locator('.today-line').count(), 1);
    assert.equal(await p.page.locator('.today-label').textContent(), 'Today');
    await p.page.context().close();
  });

  it('shows problems on items: an icon, and the messages in the tooltip', async () => {
    const p = await openPage();
    const { model, layout } = sampleProgramme('mistakes/ledertraening');
    const withProblem = layout.lanes.flatMap((lane) => [...lane.seances, ...lane.assignments]).filter((item) => item.problems);
    assert.ok(withProblem.length > 0);
    await p.send({ type: 'show', layout, model, programmes: [], current: '', locale: 'en' });
    for (const item of withProblem) {
      const found = await p.page.evaluate(
        (key) => {
          const element = [...document.querySelectorAll<HTMLElement>('.item')].find((e) => e.dataset.key === key)!;
          return { icon: element.querySelector('.problem') !== null, title: element.title, label: element.getAttribute('aria-label') };
        },
        `${layout.lanes.some((l) => l.seances.includes(item as never)) ? 'seance' : 'assignment'}:${item.source.file}#${item.id}`,
      );
      assert.ok(found.icon, item.id);
      for (const message of item.problems!.messages) {
        assert.ok(found.title.includes(message), `${item.id}: ${message}`);
        assert.ok(found.label!.includes(message), `${item.id}: ${message}`);
      }
    }
    await p.page.context().close();
  });
});
