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
        message: 'The seance is on Thursday 7 January 2027, before the programme starts on Monday 11 January 2027.',
      },
      {
        file: 'seances/02-afslutning.md',
        code: 'seance-outside-period',
        severity: 'error',
        range: [6, 10, 6, 20],
        message: 'The seance is on Friday 25 June 2027, after the programme ends on Thursday 24 June 2027.',
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
      [
        'Seancen ligger torsdag den 7. januar 2027, før programmet starter mandag den 11. januar 2027.',
        'Seancen ligger fredag den 25. juni 2027, efter programmet slutter torsdag den 24. juni 2027.',
      ],
    );
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'sv').map((p) => p.message),
      [
        'Seansen ligger torsdag 7 januari 2027, innan programmet börjar måndag 11 januari 2027.',
        'Seansen ligger fredag 25 juni 2027, efter att programmet slutar torsdag 24 juni 2027.',
      ],
    );
  });
});
