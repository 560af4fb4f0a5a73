import * as assert from 'node:assert/strict';
import { formatMessage, messageKeys, type Message } from '../../../src/core';
import { AREA_KEY_COUNT } from '../../../src/core/catalogue';
import { writtenDate } from '../../../src/core/intl';
import { dayArg } from '../../../src/core/types';

describe('the message catalogue', () => {
  it('has no key in two area files (one would silently hide the other)', () => {
    assert.equal(messageKeys().length, AREA_KEY_COUNT);
  });

  it('has every text in English, Danish and Swedish, with the same placeholders', () => {
    const faults: string[] = [];
    for (const key of messageKeys()) {
      const placeholders = (locale: 'en' | 'da' | 'sv'): string => {
        const text = formatMessage({ key }, locale);
        if (text.trim() === '' || text === key) faults.push(`${key} ${locale}: missing`);
        return [...text.matchAll(/\{(\w+)\}/g)]
          .map((m) => m[1])
          .sort()
          .join(',');
      };
      const en = placeholders('en');
      for (const locale of ['da', 'sv'] as const) {
        if (placeholders(locale) !== en) faults.push(`${key} ${locale}: placeholders differ from English`);
      }
    }
    assert.deepEqual(faults, []);
  });

  it('puts nested messages and dates into words in the same language', () => {
    const message: Message = {
      key: 'seance-on-holiday',
      args: { date: dayArg('2027-03-25'), country: { key: 'country.DK' }, holiday: 'Skærtorsdag' },
    };
    assert.deepEqual(
      (['en', 'da', 'sv'] as const).map((locale) => formatMessage(message, locale)),
      [
        'The seance is on Thursday 25 March 2027, a public holiday in Denmark: Skærtorsdag.',
        'Seancen ligger torsdag den 25. marts 2027, som er helligdag i Danmark: Skærtorsdag.',
        'Seansen ligger torsdag 25 mars 2027, som är en helgdag i Danmark: Skærtorsdag.',
      ],
    );
  });

  it('cuts a long value the user wrote to 40 characters, in every language, and leaves short ones and other arguments whole', () => {
    const pasted = `2027-03-${'1'.repeat(100_000)}`;
    const message: Message = { key: 'invalid-date', args: { key: 'date', value: pasted } };
    const cut = `2027-03-${'1'.repeat(31)}…`;
    assert.deepEqual(
      (['en', 'da', 'sv'] as const).map((locale) => formatMessage(message, locale)),
      [
        `\`date\` must be a real date written year-month-day, like 2027-03-11; \`${cut}\` is not.`,
        `\`date\` skal være en rigtig dato skrevet år-måned-dag, som 2027-03-11; \`${cut}\` er det ikke.`,
        `\`date\` ska vara ett riktigt datum skrivet år-månad-dag, som 2027-03-11; \`${cut}\` är inte det.`,
      ],
    );
    const forty = 'x'.repeat(39) + '😀';
    assert.equal(
      formatMessage({ key: 'invalid-date', args: { key: 'date', value: forty } }),
      `\`date\` must be a real date written year-month-day, like 2027-03-11; \`${forty}\` is not.`,
    );
    const path = `/home/${'kursus/'.repeat(10)}programme`;
    assert.equal(
      formatMessage({ key: 'export.has-errors', args: { path, errors: 2 } }),
      `Warning: ${path} has 2 error(s); the export shows the programme as it is written. Run \`curriculum check ${path}\` to see them.`,
    );
  });
});

describe('dates in messages', () => {
  it('are written as people write them in a sentence, in English, Danish and Swedish', () => {
    assert.deepEqual(
      (['en', 'da', 'sv'] as const).map((locale) => writtenDate(locale, '2014-10-30')),
      ['Thursday 30 October 2014', 'torsdag den 30. oktober 2014', 'torsdag 30 oktober 2014'],
    );
  });

  it('keep a single-digit day without a leading zero, and show a date that is not a real date as written', () => {
    assert.deepEqual(
      (['en', 'da', 'sv'] as const).map((locale) => writtenDate(locale, '2027-03-04')),
      ['Thursday 4 March 2027', 'torsdag den 4. marts 2027', 'torsdag 4 mars 2027'],
    );
    assert.equal(writtenDate('da', '2027-02-30'), '2027-02-30');
  });
});
