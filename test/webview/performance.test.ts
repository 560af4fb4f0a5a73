import * as assert from 'node:assert/strict';
import type { ProgrammeModel } from '../../src/core';
import { layoutTimeline } from '../../src/core/timeline/layout';
import { openPage, sampleProgramme, showMessage } from './harness';

/** A year-long programme with six tracks and a seance and an assignment on most working days. */
function largeProgramme(seances: number): ProgrammeModel {
  const { model } = sampleProgramme('fremtidens-lederuddannelse');
  const tracks = Array.from({ length: 6 }, (_, i) => ({ ...model.tracks[0], id: `t${i}`, title: `Spor ${i + 1}` }));
  const day = (i: number): string => new Date(Date.UTC(2027, 0, 4 + Math.floor(i / 5) * 7 + (i % 5))).toISOString().slice(0, 10);
  return {
    ...model,
    period: { start: '2027-01-04', end: '2027-12-31' },
    tracks,
    seances: Array.from({ length: seances }, (_, i) => ({ ...model.seances[1], id: `s${i}`, title: `Seance ${i}`, track: `t${i % 6}`, date: day(i), source: { ...model.seances[1].source, file: `seances/${i}.md` } })),
    assignments: Array.from({ length: seances - 6 }, (_, i) => ({
      ...model.assignments[0],
      id: `a${i}`,
      title: `Opgave ${i}`,
      track: `t${i % 6}`,
      given: `s${i}`,
      due: `s${i + 6}`,
      startDate: day(i),
      dueDate: day(i + 6),
      source: { ...model.assignments[0].source, file: `assignments/${i}.md` },
    })),
  };
}

describe('webview: render timings (reported, not asserted)', () => {
  for (const size of [11, 240]) {
    it(`times the first render and an update of ${size === 11 ? 'a sample' : `${size} seances and ${size - 6} assignments`}`, async () => {
      const model = size === 11 ? sampleProgramme('fremtidens-lederuddannelse').model : largeProgramme(size);
      const p = await openPage();
      await p.send(showMessage(model, layoutTimeline(model)));
      const moved = structuredClone(model);
      moved.seances[3].date = moved.seances[4].date;
      await p.send(showMessage(moved, layoutTimeline(moved)));
      const measures = await p.page.evaluate(() =>
        performance.getEntriesByName('render', 'measure').map((m) => ({ duration: m.duration, detail: (m as PerformanceMeasure).detail as { first: boolean; items: number } })),
      );
      assert.deepEqual(measures.map((m) => m.detail.first), [true, false]);
      assert.equal(measures[0].detail.items, model.seances.length + model.assignments.length);
      console.log(`      first render ${measures[0].duration.toFixed(1)} ms, update ${measures[1].duration.toFixed(1)} ms, ${measures[0].detail.items} items`);
      await p.page.context().close();
    });
  }
});
