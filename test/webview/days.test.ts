import * as assert from 'node:assert/strict';
import type { ProgrammeModel } from '../../src/core';
import { layoutTimeline } from '../../src/core/timeline/layout';
import { openPage, sampleProgramme, showMessage, type HarnessPage } from './harness';

/** The varde sample's seminar as the issue tells it: 08:00–21:30 on Thursday, 08:30–12:00 on Friday. */
function seminar(): ProgrammeModel {
  const { model } = sampleProgramme('varde-lederseminar');
  const copy = structuredClone(model);
  // Written out here, so that the test does not change with the sample's text.
  const seance = copy.seances[0]!;
  const track = copy.tracks[0]!;
  track.title = 'Samskabelse';
  Object.assign(seance, {
    title: 'Lederseminar 2025',
    track: track.id,
    date: '2025-10-30',
    endDate: '2025-10-31',
    time: { start: '08:00', end: '21:30' },
    mode: undefined,
    days: [
      { date: '2025-10-30', start: '08:00', end: '21:30' },
      { date: '2025-10-31', start: '08:30', end: '12:00' },
    ],
    agenda: [
      { date: '2025-10-30', time: '08:00', title: 'Kaffe', source: seance.source },
      { date: '2025-10-31', time: '08:30', title: 'God morgen', source: seance.source },
    ],
  });
  copy.seances = [seance];
  return copy;
}

/** Four seances of one track on one day, and one the day after, in the fremtidens sample. */
function crowded(): ProgrammeModel {
  const { model } = sampleProgramme('fremtidens-lederuddannelse');
  const copy = structuredClone(model);
  const base = copy.seances.find((s) => s.id === 's03-forandring')!;
  const extra = ['a', 'b', 'c'].map((n, i) => ({
    ...structuredClone(base),
    id: `s03${n}-forandring`,
    title: `Ekstra seance ${n.toUpperCase()}`,
    time: { start: `${10 + i}:00`, end: `${11 + i}:00` },
    source: { ...base.source, file: `seances/03${n}-forandring.md` },
  }));
  copy.seances.splice(copy.seances.indexOf(base) + 1, 0, ...extra);
  return copy;
}

describe('webview: days and stacked seances', () => {
  let p: HarnessPage;

  beforeEach(async () => {
    p = await openPage();
  });

  afterEach(async () => {
    assert.deepEqual(p.log.pageErrors, []);
    assert.deepEqual(p.log.consoleErrors, []);
    assert.deepEqual(await p.page.evaluate(() => window.__host.violations), [], 'no Content Security Policy violation');
    await p.page.context().close();
  });

  it('shows each day of a seance of two days with its own time: item, label, details and table', async () => {
    const model = seminar();
    await p.send(showMessage(model, layoutTimeline(model)));
    const key = `seance:${model.seances[0]!.source.file}#${model.seances[0]!.id}`;
    const item = p.page.locator(`.item[data-key="${key}"]`);
    assert.equal(await item.locator('.meta').textContent(), 'On site tors. 08:00–21:30 · fre. 08:30–12:00');
    assert.equal(
      await item.getAttribute('aria-label'),
      'Seance: Lederseminar 2025, torsdag den 30. oktober 2025 08:00–21:30; fredag den 31. oktober 2025 08:30–12:00, On site, track Samskabelse',
    );
    await item.click();
    assert.deepEqual(await p.page.locator('.details-pane .day-times li').allTextContents(), [
      'torsdag den 30. oktober 2025: 08:00–21:30',
      'fredag den 31. oktober 2025: 08:30–12:00',
    ]);
    assert.deepEqual(await p.page.locator('.details-pane h4').allTextContents(), [
      'torsdag den 30. oktober 2025, 08:00–21:30',
      'fredag den 31. oktober 2025, 08:30–12:00',
    ]);
    await p.page.locator('vscode-radio[value="table"]').click();
    await p.page.waitForSelector('.items-table');
    const row = p.page.locator(`.items-table tr[data-row-key="${key}"]`);
    assert.deepEqual(await row.locator('.day-time').allTextContents(), ['30. okt. 08:00–21:30', '31. okt. 08:30–12:00']);
  });

  it('stacks four seances of one track on one day in rows of the lane: all visible, none over another', async () => {
    const model = crowded();
    const layout = layoutTimeline(model);
    await p.send(showMessage(model, layout));
    const lane = layout.lanes.find((l) => l.id === 'forandring')!;
    assert.equal(lane.seanceRows, 4);
    const keys = ['s03-forandring', 's03a-forandring', 's03b-forandring', 's03c-forandring'].map((id) => {
      const seance = model.seances.find((s) => s.id === id)!;
      return `seance:${seance.source.file}#${id}`;
    });
    const boxes: { key: string; box: { x: number; y: number; width: number; height: number } }[] = [];
    for (const key of keys) {
      const item = p.page.locator(`.item[data-key="${key}"]`);
      assert.ok(await item.isVisible(), key);
      const box = await item.locator('.mark').boundingBox();
      assert.ok(box && box.width > 0 && box.height > 0, key);
      // What is drawn at the middle of the mark is that seance's item: nothing covers it.
      const hit = await p.page.evaluate(
        ([x, y]) => (document.elementFromPoint(x!, y!)?.closest('.item') as HTMLElement | null)?.dataset.key,
        [box.x + box.width / 2, box.y + box.height / 2],
      );
      assert.equal(hit, key);
      boxes.push({ key, box: (await item.boundingBox())! });
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.box.y + a.box.height <= b.box.y ||
          b.box.y + b.box.height <= a.box.y ||
          a.box.x + a.box.width <= b.box.x ||
          b.box.x + b.box.width <= a.box.x;
        assert.ok(apart, `${a.key} and ${b.key} overlap`);
      }
    }
    // The lane grew to hold the four rows.
    const height = await p.page.locator('.lane[data-lane="forandring"]').evaluate((el) => el.getBoundingClientRect().height);
    const others = await p.page.locator('.lane[data-lane="laering"]').evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(height >= others + 3 * 42, `${height} against ${others}`);
  });
});
