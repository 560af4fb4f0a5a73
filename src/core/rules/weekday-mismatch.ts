import { isoWeekday } from '../dates';
import { weekdayName } from '../parse/nordic';
import { defineRule } from './rule';

const WEEKDAY_KEYS = ['weekday.1', 'weekday.2', 'weekday.3', 'weekday.4', 'weekday.5', 'weekday.6', 'weekday.7'] as const;

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
      en: '`{written}` does not match {date}, which is a {weekday}.',
      da: '`{written}` passer ikke til {date}, som er en {weekday}.',
      sv: '`{written}` stämmer inte med {date}, som är en {weekday}.',
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
          args: { written: word, date: day.date, weekday: { key: WEEKDAY_KEYS[actual - 1]! } },
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
