import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('seance-overlap', () => {
  it('flags the date of both seances that share some time', () => {
    const fx = fixture('seance-overlap', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-opstart.md',
        code: 'seance-overlap',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'This seance overlaps `s02-feedback` (seances/02-feedback.md) on Thursday 11 March 2027.',
      },
      {
        file: 'seances/02-feedback.md',
        code: 'seance-overlap',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'This seance overlaps `s01-opstart` (seances/01-opstart.md) on Thursday 11 March 2027.',
      },
    ]);
  });

  it('is quiet when one seance starts as the other ends', () => {
    const fx = fixture('seance-overlap', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('names the day the seances overlap on, also for the seance of two days', () => {
    // The seminar runs Thursday 08:00 to Friday 12:00; the online meeting is Friday 09:00–10:00.
    const fx = fixture('seance-overlap', 'two-days');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-lederseminar.md',
        code: 'seance-overlap',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'This seance overlaps `s02-netmoede` (seances/02-netmoede.md) on Friday 29 October 2027.',
      },
      {
        file: 'seances/02-netmoede.md',
        code: 'seance-overlap',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'This seance overlaps `s01-lederseminar` (seances/01-lederseminar.md) on Friday 29 October 2027.',
      },
    ]);
  });

  it("checks each day of a seance of several days against that day's own span", () => {
    // Thursday runs 08:00–21:30 and Friday 08:30–12:00 (the day headings); the header's 21:30
    // is Thursday's end. Friday 13:00–16:00 is free; Friday 11:00–12:30 is not.
    const fx = fixture('seance-overlap', 'day-spans');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-lederseminar.md',
        code: 'seance-overlap',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'This seance overlaps `s03-formiddag` (seances/03-formiddag.md) on Friday 29 October 2027.',
      },
      {
        file: 'seances/03-formiddag.md',
        code: 'seance-overlap',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'This seance overlaps `s01-lederseminar` (seances/01-lederseminar.md) on Friday 29 October 2027.',
      },
    ]);
  });
});
