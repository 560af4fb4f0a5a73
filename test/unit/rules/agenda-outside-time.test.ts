import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('agenda-outside-time', () => {
  it('flags an item before the start and an item at the end of the seance', () => {
    const fx = fixture('agenda-outside-time', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-opstart.md',
        code: 'agenda-outside-time',
        severity: 'warning',
        range: [9, 2, 9, 7],
        message: 'The item at 08:00 starts before the seance does, at 08:30.',
      },
      {
        file: 'seances/01-opstart.md',
        code: 'agenda-outside-time',
        severity: 'warning',
        range: [11, 2, 11, 7],
        message: 'The item at 16:00 is at or after the end of the seance, 15:30.',
      },
    ]);
  });

  it('flags an item whose span runs past the end of the seance, at its end time', () => {
    const fx = fixture('agenda-outside-time', 'runs-over');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-opstart.md',
        code: 'agenda-outside-time',
        severity: 'warning',
        range: [11, 8, 11, 13],
        message: 'The item 15:00–16:00 runs past the end of the seance, 15:30.',
      },
    ]);
  });

  it('is quiet when every item lies inside the seance', () => {
    const fx = fixture('agenda-outside-time', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  describe('on a seance of two days with an agenda per day', () => {
    it('holds the end time against the last day only', () => {
      // Thursday's lunch at 12:00 and dinner at 19:00 are fine: the seance ends at 12:00 on Friday.
      const fx = fixture('two-day-seminar', 'fail');
      const problems = plainProblems(fx.workspace, fx.root).filter((p) => p.code === 'agenda-outside-time');
      assert.deepStrictEqual(problems, [
        {
          file: 'seances/lederseminar.md',
          code: 'agenda-outside-time',
          severity: 'warning',
          range: [21, 2, 21, 7],
          message: 'The item at 12:15 is at or after the end of the seance, 12:00.',
        },
      ]);
    });

    it("flags the date of a day heading that is not one of the seance's days, once", () => {
      // The second day is written Saturday 2027-10-30 instead of Friday 2027-10-29; its items are not checked further.
      const fx = fixture('agenda-outside-time', 'day-outside');
      assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
        {
          file: 'seances/lederseminar.md',
          code: 'agenda-outside-time',
          severity: 'warning',
          range: [14, 11, 14, 21],
          message: "The day Saturday 30 October 2027 is not one of the seance's days (Thursday 28 October 2027 to Friday 29 October 2027).",
        },
      ]);
    });

    it('is quiet when each day is in order and Friday ends before noon', () => {
      const fx = fixture('two-day-seminar', 'pass');
      assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
    });
  });
});
