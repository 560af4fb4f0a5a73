import { datesBetween, isoWeekday } from '../dates';
import type { ProgrammeRule } from './rule';

/** Seances fall on weekdays: a Saturday or a Sunday is usually a typo in the date. */
export const seanceOnWeekend: ProgrammeRule = {
  code: 'seance-on-weekend',
  severity: 'warning',
  scope: 'programme',
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
        message: { key: 'seance-on-weekend', args: { weekday: { key: `weekday.${isoWeekday(weekend)}` }, date: weekend } },
      });
    }
  },
};
