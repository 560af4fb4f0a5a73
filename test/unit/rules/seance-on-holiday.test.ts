import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('seance-on-holiday', () => {
  it('flags Danish public holidays, on the end date of a seance of two days', () => {
    const fx = fixture('seance-on-holiday', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-opstart.md',
        code: 'seance-on-holiday',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'The seance is on Thursday 25 March 2027, a public holiday in Denmark: Skærtorsdag.',
      },
      {
        file: 'seances/02-seminar.md',
        code: 'seance-on-holiday',
        severity: 'warning',
        range: [6, 10, 6, 20],
        message: 'The seance is on Thursday 6 May 2027, a public holiday in Denmark: Kristi Himmelfartsdag.',
      },
    ]);
  });

  it('is quiet on ordinary weekdays', () => {
    const fx = fixture('seance-on-holiday', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('speaks Danish', () => {
    const fx = fixture('seance-on-holiday', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'da').map((p) => p.message),
      [
        'Seancen ligger torsdag den 25. marts 2027, som er helligdag i Danmark: Skærtorsdag.',
        'Seancen ligger torsdag den 6. maj 2027, som er helligdag i Danmark: Kristi Himmelfartsdag.',
      ],
    );
  });

  it('takes Sweden from the language `sv`, with the holiday named in Swedish', () => {
    const fx = fixture('seance-on-holiday', 'sweden');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-traff.md',
        code: 'seance-on-holiday',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'The seance is on Thursday 6 May 2027, a public holiday in Sweden: Kristi himmelsfärdsdag.',
      },
    ]);
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'sv').map((p) => p.message),
      ['Seansen ligger torsdag 6 maj 2027, som är en helgdag i Sverige: Kristi himmelsfärdsdag.'],
    );
  });

  it('uses Finnish holidays named in Swedish for Swedish-speaking Finland (language sv, country FI)', () => {
    const fx = fixture('seance-on-holiday', 'finland');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-natmote.md',
        code: 'seance-on-holiday',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'The seance is on Monday 6 December 2027, a public holiday in Finland: självständighetsdagen.',
      },
    ]);
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'sv').map((p) => p.message),
      ['Seansen ligger måndag 6 december 2027, som är en helgdag i Finland: självständighetsdagen.'],
    );
  });

  it('takes Norway from the language `nb`, with the holiday named in Norwegian', () => {
    const fx = fixture('seance-on-holiday', 'norway');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-samling.md',
        code: 'seance-on-holiday',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'The seance is on Thursday 25 March 2027, a public holiday in Norway: Skjærtorsdag.',
      },
    ]);
  });
});
