import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('facilitator-double-booked', () => {
  it('flags a facilitator booked at the same time in two programmes, whatever the letter case', () => {
    const fx = fixture('facilitator-double-booked', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'akademi/seances/01-dialog.md',
        code: 'facilitator-double-booked',
        severity: 'warning',
        range: [7, 15, 7, 26],
        message:
          'Procesleder is also booked for `s01-samskabelse` (../seminar/seances/01-samskabelse.md) at the same time on Thursday 11 March 2027.',
      },
      {
        file: 'seminar/seances/01-samskabelse.md',
        code: 'facilitator-double-booked',
        severity: 'warning',
        range: [7, 15, 7, 26],
        message:
          'procesleder is also booked for `s01-dialog` (../akademi/seances/01-dialog.md) at the same time on Thursday 11 March 2027.',
      },
    ]);
  });

  it('is quiet when the seances are on different days', () => {
    const fx = fixture('facilitator-double-booked', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it("is quiet after a seminar day's own end: Friday 08:30–12:00 leaves the afternoon free", () => {
    // The header's 08:00–21:30 is Thursday's; Friday's day heading says 8.30–12.
    const fx = fixture('facilitator-double-booked', 'day-spans');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('compares real instants across time zones: 08:30–10:00 in Denmark clashes with 10:30–12:00 in Finland', () => {
    // Copenhagen is UTC+1 and Helsinki UTC+2 in March: 07:30–09:00 UTC against 08:30–10:00 UTC.
    const fx = fixture('facilitator-double-booked', 'time-zones-clash');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'akademi/seances/01-dialog.md',
        code: 'facilitator-double-booked',
        severity: 'warning',
        range: [7, 15, 7, 32],
        message:
          'Ekstern konsulent is also booked for `s01-natmote` (../ledarstig/seances/01-natmote.md) at the same time on Thursday 11 March 2027.',
      },
      {
        file: 'ledarstig/seances/01-natmote.md',
        code: 'facilitator-double-booked',
        severity: 'warning',
        range: [7, 15, 7, 32],
        message:
          'Ekstern konsulent is also booked for `s01-dialog` (../akademi/seances/01-dialog.md) at the same time on Thursday 11 March 2027.',
      },
    ]);
  });

  it('is quiet when the clocks overlap but the instants do not', () => {
    // 09:30–10:30 in Copenhagen is 08:30–09:30 UTC; 10:00–10:30 in Helsinki is 08:00–08:30 UTC.
    const fx = fixture('facilitator-double-booked', 'time-zones-apart');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('reports a clash once per seance when a seance lists the facilitator twice', () => {
    const fx = fixture('facilitator-double-booked', 'listed-twice');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-opstart.md',
        code: 'seance-overlap',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'This seance overlaps `s02-feedback` (seances/02-feedback.md) on Thursday 11 March 2027.',
      },
      {
        file: 'seances/01-opstart.md',
        code: 'facilitator-double-booked',
        severity: 'warning',
        range: [7, 15, 7, 26],
        message: 'Procesleder is also booked for `s02-feedback` (seances/02-feedback.md) at the same time on Thursday 11 March 2027.',
      },
      {
        file: 'seances/02-feedback.md',
        code: 'seance-overlap',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'This seance overlaps `s01-opstart` (seances/01-opstart.md) on Thursday 11 March 2027.',
      },
      {
        file: 'seances/02-feedback.md',
        code: 'facilitator-double-booked',
        severity: 'warning',
        range: [7, 15, 7, 26],
        message: 'Procesleder is also booked for `s01-opstart` (seances/01-opstart.md) at the same time on Thursday 11 March 2027.',
      },
    ]);
  });

  it('speaks Danish and Swedish', () => {
    const fx = fixture('facilitator-double-booked', 'fail');
    assert.equal(
      plainProblems(fx.workspace, fx.root, 'da')[0]?.message,
      'Procesleder er også booket til `s01-samskabelse` (../seminar/seances/01-samskabelse.md) på samme tid torsdag den 11. marts 2027.',
    );
    assert.equal(
      plainProblems(fx.workspace, fx.root, 'sv')[0]?.message,
      'Procesleder är också bokad till `s01-samskabelse` (../seminar/seances/01-samskabelse.md) på samma tid torsdag 11 mars 2027.',
    );
  });
});
