import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('seance-on-weekend', () => {
  it('flags a seance on a Saturday and one on a Sunday', () => {
    const fx = fixture('seance-on-weekend', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-opstart.md',
        code: 'seance-on-weekend',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'The seance is on Saturday 13 March 2027, at the weekend.',
      },
      {
        file: 'seances/02-feedback.md',
        code: 'seance-on-weekend',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'The seance is on Sunday 14 March 2027, at the weekend.',
      },
    ]);
  });

  it('is quiet on weekdays', () => {
    const fx = fixture('seance-on-weekend', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('flags the end date of a Friday–Saturday seance', () => {
    const fx = fixture('seance-on-weekend', 'friday-saturday');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-seminar.md',
        code: 'seance-on-weekend',
        severity: 'warning',
        range: [6, 10, 6, 20],
        message: 'The seance is on Saturday 13 March 2027, at the weekend.',
      },
    ]);
  });

  it('speaks Danish and Swedish, weekday names included', () => {
    const fx = fixture('seance-on-weekend', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'da').map((p) => p.message),
      ['Seancen ligger lørdag den 13. marts 2027, i en weekend.', 'Seancen ligger søndag den 14. marts 2027, i en weekend.'],
    );
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'sv').map((p) => p.message),
      ['Seansen ligger lördag 13 mars 2027, under en helg.', 'Seansen ligger söndag 14 mars 2027, under en helg.'],
    );
  });
});
