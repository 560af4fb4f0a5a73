import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('span-reversed', () => {
  it('flags the end of a time span and the last day of a seance that come before their start', () => {
    const fx = fixture('span-reversed', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-opstart.md',
        code: 'span-reversed',
        severity: 'error',
        range: [6, 29, 6, 36],
        message: 'The seance ends at 08:30, before it starts at 15:30.',
      },
      {
        file: 'seances/02-seminar.md',
        code: 'span-reversed',
        severity: 'error',
        range: [6, 10, 6, 20],
        message: 'The last day of the seance, 2027-04-29, is before its first day, 2027-04-30.',
      },
    ]);
  });

  it('is quiet when every span runs forward', () => {
    const fx = fixture('span-reversed', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('flags the end of a reversed programme period (and its seance then lies outside it)', () => {
    const fx = fixture('span-reversed', 'period');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'programme.md',
        code: 'span-reversed',
        severity: 'error',
        range: [5, 34, 5, 44],
        message: 'The programme ends on 2027-01-11, before it starts on 2027-06-25.',
      },
      {
        file: 'seances/01-opstart.md',
        code: 'seance-outside-period',
        severity: 'error',
        range: [5, 6, 5, 16],
        message: 'The seance is on 2027-03-11, before the programme starts on 2027-06-25.',
      },
    ]);
  });

  it('speaks Danish and Swedish', () => {
    const fx = fixture('span-reversed', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'da').map((p) => p.message),
      ['Seancen slutter kl. 08:30, før den starter kl. 15:30.', 'Seancens sidste dag, 2027-04-29, ligger før dens første dag, 2027-04-30.'],
    );
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'sv').map((p) => p.message),
      ['Seansen slutar kl. 08:30, innan den börjar kl. 15:30.', 'Seansens sista dag, 2027-04-29, ligger före dess första dag, 2027-04-30.'],
    );
  });
});
