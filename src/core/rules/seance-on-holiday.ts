import { datesBetween } from '../dates';
import { publicHoliday } from '../holidays';
import type { ProgrammeRule } from './rule';

/** Seances avoid the public holidays of the programme's country. */
export const seanceOnHoliday: ProgrammeRule = {
  code: 'seance-on-holiday',
  severity: 'warning',
  scope: 'programme',
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
          message: { key: 'seance-on-holiday', args: { date: day, country: { key: `country.${country}` }, holiday } },
        });
        break;
      }
    }
  },
};
