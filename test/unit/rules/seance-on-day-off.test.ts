import * as assert from 'node:assert/strict';
import type { Locale } from '../../../src/core';
import { plainProblems } from '../helpers';
import { fixture } from './support';

const messages = (name: string, locale: Locale): string[] => {
  const fx = fixture('seance-on-day-off', name);
  return plainProblems(fx.workspace, fx.root, locale).map((p) => p.message);
};

describe('seance-on-day-off', () => {
  it("flags Denmark's juleaftensdag, nytårsaftensdag (on a seance's last day) and a grundlovsdag afternoon", () => {
    const fx = fixture('seance-on-day-off', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-grundlovsdag.md',
        code: 'seance-on-day-off',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message:
          'The seance is on Friday 5 June 2026, Constitution Day: not a public holiday in Denmark, but most people have the day off from 12:00. End the seance by 12:00, or move it.',
      },
      {
        file: 'seances/02-jul.md',
        code: 'seance-on-day-off',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message:
          'The seance is on Thursday 24 December 2026, Christmas Eve: not a public holiday in Denmark, but most people have the day off.',
      },
      {
        file: 'seances/03-nytaar.md',
        code: 'seance-on-day-off',
        severity: 'warning',
        range: [6, 10, 6, 20],
        message:
          "The seance is on Thursday 31 December 2026, New Year's Eve: not a public holiday in Denmark, but most people have the day off.",
      },
    ]);
  });

  it('speaks Danish and Swedish, naming the day in the language of the message', () => {
    assert.deepStrictEqual(messages('fail', 'da'), [
      'Seancen ligger fredag den 5. juni 2026, grundlovsdag: ikke en helligdag i Danmark, men de fleste har fri fra kl. 12:00. Slut seancen senest kl. 12:00, eller flyt den.',
      'Seancen ligger torsdag den 24. december 2026, juleaftensdag: ikke en helligdag i Danmark, men de fleste har fri.',
      'Seancen ligger torsdag den 31. december 2026, nytårsaftensdag: ikke en helligdag i Danmark, men de fleste har fri.',
    ]);
    assert.deepStrictEqual(messages('fail', 'sv'), [
      'Seansen ligger fredag 5 juni 2026, grundlagsdagen: ingen helgdag i Danmark, men de flesta är lediga från kl. 12:00. Avsluta seansen senast kl. 12:00, eller flytta den.',
      'Seansen ligger torsdag 24 december 2026, julafton: ingen helgdag i Danmark, men de flesta är lediga.',
      'Seansen ligger torsdag 31 december 2026, nyårsafton: ingen helgdag i Danmark, men de flesta är lediga.',
    ]);
  });

  it('leaves a grundlovsdag morning that ends by 12:00 alone, and the day before Christmas Eve', () => {
    const fx = fixture('seance-on-day-off', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('leaves a day that is also a public holiday to seance-on-holiday (grundlovsdag on Whit Monday 2028)', () => {
    const fx = fixture('seance-on-day-off', 'same-day');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-pinse.md',
        code: 'seance-on-holiday',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'The seance is on Monday 5 June 2028, a public holiday in Denmark: Anden Pinsedag.',
      },
    ]);
  });

  it('takes midsommarafton in Sweden from the holiday data', () => {
    const fx = fixture('seance-on-day-off', 'sweden');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-midsommar.md',
        code: 'seance-on-day-off',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message: 'The seance is on Friday 25 June 2027, Midsummer Eve: not a public holiday in Sweden, but most people have the day off.',
      },
    ]);
    assert.deepStrictEqual(messages('sweden', 'sv'), [
      'Seansen ligger fredag 25 juni 2027, midsommarafton: ingen helgdag i Sverige, men de flesta är lediga.',
    ]);
    assert.deepStrictEqual(messages('sweden', 'da'), [
      'Seancen ligger fredag den 25. juni 2027, midsommeraften: ikke en helligdag i Sverige, men de fleste har fri.',
    ]);
  });

  it("takes Norway's julaften (whole day) and nyttårsaften (from 14:00) from the holiday data", () => {
    const fx = fixture('seance-on-day-off', 'norway');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-julaften.md',
        code: 'seance-on-day-off',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message:
          'The seance is on Friday 24 December 2027, Christmas Eve: not a public holiday in Norway, but most people have the day off.',
      },
      {
        file: 'seances/02-nyttaar.md',
        code: 'seance-on-day-off',
        severity: 'warning',
        range: [5, 6, 5, 16],
        message:
          "The seance is on Friday 31 December 2027, New Year's Eve: not a public holiday in Norway, but most people have the day off from 14:00. End the seance by 14:00, or move it.",
      },
    ]);
  });
});
