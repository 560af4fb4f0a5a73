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
        message: 'The last day of the seance, Thursday 29 April 2027, is before its first day, Friday 30 April 2027.',
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
        message: 'The programme ends on Monday 11 January 2027, before it starts on Friday 25 June 2027.',
      },
      {
        file: 'seances/01-opstart.md',
        code: 'seance-outside-period',
        severity: 'error',
        range: [5, 6, 5, 16],
        message: 'The seance is on Thursday 11 March 2027, before the programme starts on Friday 25 June 2027.',
      },
    ]);
  });

  it('speaks Danish and Swedish', () => {
    const fx = fixture('span-reversed', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'da').map((p) => p.message),
      [
        'Seancen slutter kl. 08:30, før den starter kl. 15:30.',
        'Seancens sidste dag, torsdag den 29. april 2027, ligger før dens første dag, fredag den 30. april 2027.',
      ],
    );
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'sv').map((p) => p.message),
      [
        'Seansen slutar kl. 08:30, innan den börjar kl. 15:30.',
        'Seansens sista dag, torsdag 29 april 2027, ligger före dess första dag, fredag 30 april 2027.',
      ],
    );
  });
});
