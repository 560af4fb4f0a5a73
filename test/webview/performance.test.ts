import * as assert from 'node:assert/strict';
import { layoutTimeline } from '../../src/core/timeline/layout';
import { movedSeance, timeShow } from '../bench/timeline';
import { bigProgramme } from './big-programme';
import { openPage, showMessage } from './harness';

/**
 * The big programme of the benchmark (`npx tsx test/bench/timeline.ts`), drawn and updated:
 * everything is drawn, and an update replaces only what changed. The times are logged, never
 * asserted (they are benchmarks, and this machine is shared).
 */
describe('webview: a programme of 500 items (timings reported, not asserted)', () => {
  it('draws all 500 items, and an update after one moved seance redraws only its lane’s seances', async () => {
    const model = bigProgramme(500);
    assert.equal(model.seances.length + model.assignments.length, 500);
    const p = await openPage();
    const first = await timeShow(p, showMessage(model, layoutTimeline(model)));

    const keys = await p.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.timeline .item')].map((e) => e.dataset.key!));
    assert.equal(keys.length, 500);
    assert.equal(new Set(keys).size, 500);
    assert.deepEqual(
      [...keys].sort(),
      [
        ...model.seances.map((s) => `seance:${s.source.file}#${s.id}`),
        ...model.assignments.map((a) => `assignment:${a.source.file}#${a.id}`),
      ].sort(),
    );
    assert.equal(await p.page.locator('.timeline .item[tabindex="0"]').count(), 1, 'one tab stop');

    // Focus an item in another lane than the one that changes, and tag every element.
    const moved = movedSeance(model, 0);
    const changed = model.seances.find((s, i) => s.date !== moved.model.seances[i]?.date)!;
    const other = model.seances.find((s) => s.track !== changed.track)!;
    const otherKey = `seance:${other.source.file}#${other.id}`;
    await p.page.locator(`.item[data-key="${otherKey}"]`).focus();
    const changedKey = `seance:${changed.source.file}#${changed.id}`;
    const leftBefore = await p.page.locator(`.item[data-key="${changedKey}"]`).evaluate((e) => parseFloat((e as HTMLElement).style.left));
    await p.page.evaluate(() => {
      for (const e of document.querySelectorAll('.timeline .item, .axis, .lane')) (e as unknown as { tagged: boolean }).tagged = true;
    });

    const update = await timeShow(p, moved);
    const redrawn = await p.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.timeline .item, .axis, .lane')]
        .filter((e) => !(e as unknown as { tagged?: boolean }).tagged)
        .map((e) => e.dataset.key ?? e.className),
    );
    assert.ok(redrawn.includes(changedKey), 'the moved seance is drawn again');
    const lane = (key: string): string | undefined => model.seances.find((s) => key === `seance:${s.source.file}#${s.id}`)?.track;
    assert.deepEqual(
      redrawn.filter((key) => lane(key) !== changed.track),
      [],
      'nothing outside its lane is drawn again, no assignment either',
    );
    const dayWidth = await p.page.evaluate(() => Number(document.querySelector<HTMLElement>('.timeline')!.dataset.dayWidth));
    const leftAfter = await p.page.locator(`.item[data-key="${changedKey}"]`).evaluate((e) => parseFloat((e as HTMLElement).style.left));
    assert.ok(Math.abs(leftAfter - leftBefore - dayWidth) < 0.01, `moved one day: ${leftBefore} → ${leftAfter}`);
    assert.equal(await p.page.evaluate(() => (document.activeElement as HTMLElement).dataset.key), otherKey, 'the focus stays');
    assert.equal(await p.page.locator('.timeline .item').count(), 500);

    const measures = await p.page.evaluate(() =>
      performance.getEntriesByName('render', 'measure').map((m) => (m as PerformanceMeasure).detail as { first: boolean; items: number }),
    );
    assert.deepEqual(measures, [
      { first: true, items: 500 },
      { first: false, items: 500 },
    ]);
    assert.deepEqual(p.log.pageErrors, []);
    console.log(
      `      first render ${first.busy.toFixed(1)} ms (script ${first.script.toFixed(1)}), update ${update.busy.toFixed(1)} ms (script ${update.script.toFixed(1)}), ` +
        `${redrawn.length} elements drawn again`,
    );
    await p.page.context().close();
  });
});
