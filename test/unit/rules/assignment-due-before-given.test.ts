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
        message: 'The assignment is due on 2027-03-11, before it is given at `s02-feedback` on 2027-04-08.',
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
        message: 'The assignment is due on 2027-04-01, before it is given at `s02-feedback` on 2027-04-08.',
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
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root, 'da').map((p) => p.message).slice(0, 2), [
      'Opgaven skal være færdig 2027-03-11, før den gives ved `s02-feedback` 2027-04-08.',
      'Opgaven skal være færdig ved den seance, hvor den gives, `s01-opstart`. Lad den være færdig ved en senere seance.',
    ]);
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root, 'sv').map((p) => p.message).slice(0, 2), [
      'Uppgiften ska vara klar 2027-03-11, innan den ges vid `s02-feedback` 2027-04-08.',
      'Uppgiften ska vara klar vid den seans där den ges, `s01-opstart`. Låt den vara klar vid en senare seans.',
    ]);
  });
});
