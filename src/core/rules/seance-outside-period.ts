import { dayArg } from '../types';
import { defineRule } from './rule';

/** Every day of a seance falls inside the programme's period. */
export const seanceOutsidePeriod = defineRule({
  code: 'seance-outside-period',
  severity: 'error',
  scope: 'programme',
  description: {
    en: "A seance falls outside the programme's period.",
    da: 'En seance ligger uden for programmets periode.',
    sv: 'En seans ligger utanför programmets period.',
  },
  messages: {
    'seance-outside-period.before': {
      en: 'The seance is on {date}, before the programme starts on {start}.',
      da: 'Seancen ligger {date}, før programmet starter {start}.',
      sv: 'Seansen ligger {date}, innan programmet börjar {start}.',
    },
    'seance-outside-period.after': {
      en: 'The seance is on {date}, after the programme ends on {end}.',
      da: 'Seancen ligger {date}, efter programmet slutter {end}.',
      sv: 'Seansen ligger {date}, efter att programmet slutar {end}.',
    },
  },
  check(programme, report) {
    const start = programme.programme.period?.start?.value;
    const end = programme.programme.period?.end?.value;
    for (const seance of programme.seances) {
      const first = seance.date;
      const last = seance.endDate ?? seance.date;
      if (start && first && first.value < start) {
        report({
          file: seance.file,
          range: first.range,
          message: { key: 'seance-outside-period.before', args: { date: dayArg(first.value), start: dayArg(start) } },
        });
      } else if (end && last && last.value > end) {
        report({
          file: seance.file,
          range: last.range,
          message: { key: 'seance-outside-period.after', args: { date: dayArg(last.value), end: dayArg(end) } },
        });
      }
    }
  },
});
