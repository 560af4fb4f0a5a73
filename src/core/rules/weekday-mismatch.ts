import { dayArg } from '../types';
import { isoWeekday } from '../dates';
import { weekdayName } from '../parse/nordic';
import { defineRule } from './rule';

/** A weekday written beside a date in a day heading (`### Torsdag 2027-03-10`) is that date's weekday. */
export const weekdayMismatch = defineRule({
  code: 'weekday-mismatch',
  severity: 'error',
  scope: 'module',
  description: {
    en: "A weekday written beside a date in a day heading is not that date's weekday.",
    da: 'En ugedag skrevet ved en dato i en dagoverskrift er ikke datoens ugedag.',
    sv: 'En veckodag skriven vid ett datum i en dagrubrik är inte datumets veckodag.',
  },
  messages: {
    'weekday-mismatch': {
      en: '`{written}` does not match the date, which is {date}.',
      da: '`{written}` passer ikke til datoen, som er {date}.',
      sv: '`{written}` stämmer inte med datumet, som är {date}.',
    },
  },
  check(module, report, text) {
    if (module.type !== 'seance') return;
    for (const day of module.days) {
      if (!day.weekday) continue;
      const actual = isoWeekday(day.date);
      if (actual === day.weekday.iso) continue;
      const { languages, word } = day.weekday;
      // Onsdag, torsdag and fredag are Danish and Swedish alike: the letters of the text tell which.
      const language = languages.length === 1 ? languages[0]! : /[äö]/i.test(text) && !/[æø]/i.test(text) ? 'sv' : 'da';
      const replacement = weekdayName(actual, language, word);
      report({
        file: module.file,
        range: day.weekday.range,
        message: {
          key: 'weekday-mismatch',
          args: { written: word, date: dayArg(day.date) },
        },
        fixes: [
          {
            title: { key: 'fix.replace', args: { text: replacement } },
            edits: [{ file: module.file, range: day.weekday.range, newText: replacement }],
          },
        ],
      });
    }
  },
});
