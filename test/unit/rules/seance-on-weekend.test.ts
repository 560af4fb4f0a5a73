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
        message: 'The seance is on a Saturday, 2027-03-13.',
      },
      {
        file: 'seances/02-feedback.md',
        code: 'seance-on-weekend',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'The seance is on a Sunday, 2027-03-14.',
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
        message: 'The seance is on a Saturday, 2027-03-13.',
      },
    ]);
  });

  it('speaks Danish and Swedish, weekday names included', () => {
    const fx = fixture('seance-on-weekend', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'da').map((p) => p.message),
      ['Seancen ligger på en lørdag, 2027-03-13.', 'Seancen ligger på en søndag, 2027-03-14.'],
    );
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'sv').map((p) => p.message),
      ['Seansen ligger på en lördag, 2027-03-13.', 'Seansen ligger på en söndag, 2027-03-14.'],
    );
  });
});
