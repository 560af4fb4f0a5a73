import { words } from '../messages/words';
import { type Message, dayArg } from '../types';
import { defineRule } from './rule';
import { datesBetween } from '../dates';
import { publicHoliday } from '../holidays';

/** Seances avoid the public holidays of the programme's country. */
export const seanceOnHoliday = defineRule({
  code: 'seance-on-holiday',
  severity: 'warning',
  scope: 'programme',
  description: {
    en: "A seance falls on a public holiday of the programme's country.",
    da: 'En seance ligger på en helligdag i programmets land.',
    sv: 'En seans ligger på en helgdag i programmets land.',
  },
  messages: {
    'seance-on-holiday': {
      en: 'The seance is on {date}, a public holiday in {country}: {holiday}.',
      da: 'Seancen ligger {date}, som er helligdag i {country}: {holiday}.',
      sv: 'Seansen ligger {date}, som är en helgdag i {country}: {holiday}.',
    },
  },
  check(programme, report) {
    const country = programme.country;
    if (!country) return;
    for (const seance of programme.seances) {
      if (!seance.date) continue;
      for (const day of datesBetween(seance.date.value, seance.endDate?.value ?? seance.date.value)) {
        const holiday = publicHoliday(country, day, programme.programme.language);
        if (!holiday) continue;
        const range = day === seance.endDate?.value ? seance.endDate.range : seance.date.range;
        report({
          file: seance.file,
          range,
          message: { key: 'seance-on-holiday', args: { date: dayArg(day), country: countryName(country), holiday } },
        });
        break;
      }
    }
  },
});

/** The country's name as a message, or its code as written when the catalogue has no name for it. */
export function countryName(country: string): Message | string {
  const key = `country.${country}`;
  return Object.hasOwn(words, key) ? { key: key as keyof typeof words } : country;
}
