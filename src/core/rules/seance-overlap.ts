import { dayArg } from '../types';
import { defineRule } from './rule';
import { firstOverlaps } from '../schedule';

/** No two seances of a programme take place at the same time. */
export const seanceOverlap = defineRule({
  code: 'seance-overlap',
  severity: 'warning',
  scope: 'programme',
  description: {
    en: 'Two seances of a programme overlap in time.',
    da: 'To seancer i et program overlapper i tid.',
    sv: 'Två seanser i ett program överlappar i tid.',
  },
  messages: {
    'seance-overlap': {
      en: 'This seance overlaps `{other}` ({otherFile}) on {date}.',
      da: 'Seancen overlapper `{other}` ({otherFile}) {date}.',
      sv: 'Seansen överlappar `{other}` ({otherFile}) {date}.',
    },
  },
  check(programme, report) {
    for (const [seance, { seance: other, date }] of firstOverlaps(programme.seances)) {
      report({
        file: seance.file,
        range: seance.date!.range,
        message: {
          key: 'seance-overlap',
          args: { other: other.id?.value ?? '?', otherFile: programme.relative(other.file), date: dayArg(date) },
        },
      });
    }
  },
});
