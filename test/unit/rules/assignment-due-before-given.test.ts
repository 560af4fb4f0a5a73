import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('assignment-due-before-given', () => {
  it('flags a `due` seance or date before the `given` seance, and a `due` equal to `given`', () => {
    const fx = fixture('assignment-due-before-given', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'assignments/a01-feedback.md',
        code: 'assignment-due-before-given',
        severity: 'error',
        range: [5, 5, 5, 16],
        message:
          'The assignment is due on Thursday 11 March 2027, but it is only given at `s02-feedback` on Thursday 8 April 2027. Make it due at a later seance.',
      },
      {
        file: 'assignments/a02-refleksion.md',
        code: 'assignment-due-before-given',
        severity: 'error',
        range: [5, 5, 5, 16],
        message: 'The assignment is due at the seance where it is given, `s01-opstart`. Make it due at a later seance.',
      },
      {
        file: 'assignments/a03-logbog.md',
        code: 'assignment-due-before-given',
        severity: 'error',
        range: [5, 5, 5, 15],
        message:
          'The assignment is due on Thursday 1 April 2027, but it is only given at `s02-feedback` on Thursday 8 April 2027. Make it due at a later seance.',
      },
    ]);
  });

  it('is quiet when every assignment is due after it is given', () => {
    const fx = fixture('assignment-due-before-given', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('flags a `due` date on the day of the `given` seance as due at that seance', () => {
    const fx = fixture('assignment-due-before-given', 'due-date-same-day');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'assignments/a01-feedback.md',
        code: 'assignment-due-before-given',
        severity: 'error',
        range: [5, 5, 5, 15],
        message: 'The assignment is due at the seance where it is given, `s01-opstart`. Make it due at a later seance.',
      },
    ]);
  });

  it('speaks Danish and Swedish', () => {
    const fx = fixture('assignment-due-before-given', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'da')
        .map((p) => p.message)
        .slice(0, 2),
      [
        'Opgaven har frist torsdag den 11. marts 2027, men gives først ved `s02-feedback` torsdag den 8. april 2027. Sæt fristen til en senere seance.',
        'Opgaven har frist ved den samme seance, hvor den gives, `s01-opstart`. Sæt fristen til en senere seance.',
      ],
    );
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'sv')
        .map((p) => p.message)
        .slice(0, 2),
      [
        'Uppgiften har tidsfrist torsdag 11 mars 2027, men ges först vid `s02-feedback` torsdag 8 april 2027. Sätt tidsfristen till en senare seans.',
        'Uppgiften har tidsfrist vid samma seans som den ges, `s01-opstart`. Sätt tidsfristen till en senare seans.',
      ],
    );
  });
});
