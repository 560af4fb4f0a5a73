import { dayArg } from '../types';
import { defineRule } from './rule';
import { datesBetween, isoWeekday } from '../dates';

/** Seances fall on weekdays: a Saturday or a Sunday is usually a typo in the date. */
export const seanceOnWeekend = defineRule({
  code: 'seance-on-weekend',
  severity: 'warning',
  scope: 'programme',
  description: {
    en: 'A seance falls on a Saturday or Sunday.',
    da: 'En seance ligger på en lørdag eller søndag.',
    sv: 'En seans ligger på en lördag eller söndag.',
  },
  messages: {
    'seance-on-weekend': {
      en: 'The seance is on {date}, at the weekend.',
      da: 'Seancen ligger {date}, i en weekend.',
      sv: 'Seansen ligger {date}, under en helg.',
    },
  },
  check(programme, report) {
    for (const seance of programme.seances) {
      if (!seance.date) continue;
      const days = datesBetween(seance.date.value, seance.endDate?.value ?? seance.date.value);
      const weekend = days.find((day) => isoWeekday(day) >= 6);
      if (!weekend) continue;
      const range = weekend === seance.endDate?.value ? seance.endDate.range : seance.date.range;
      report({
        file: seance.file,
        range,
        message: {
          key: 'seance-on-weekend',
          args: { date: dayArg(weekend) },
        },
      });
    }
  },
});
