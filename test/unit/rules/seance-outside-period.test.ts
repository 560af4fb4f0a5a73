import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('seance-outside-period', () => {
  it('flags a seance before the period, and the last day of a seance after it', () => {
    const fx = fixture('seance-outside-period', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-opstart.md',
        code: 'seance-outside-period',
        severity: 'error',
        range: [5, 6, 5, 16],
        message: 'The seance is on 2027-01-07, before the programme starts on 2027-01-11.',
      },
      {
        file: 'seances/02-afslutning.md',
        code: 'seance-outside-period',
        severity: 'error',
        range: [6, 10, 6, 20],
        message: 'The seance is on 2027-06-25, after the programme ends on 2027-06-24.',
      },
    ]);
  });

  it('is quiet when every day of every seance is inside the period', () => {
    const fx = fixture('seance-outside-period', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('speaks Danish and Swedish', () => {
    const fx = fixture('seance-outside-period', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'da').map((p) => p.message),
      ['Seancen ligger 2027-01-07, før programmet starter 2027-01-11.', 'Seancen ligger 2027-06-25, efter programmet slutter 2027-06-24.'],
    );
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'sv').map((p) => p.message),
      [
        'Seansen ligger 2027-01-07, innan programmet börjar 2027-01-11.',
        'Seansen ligger 2027-06-25, efter att programmet slutar 2027-06-24.',
      ],
    );
  });
});
