import type { ProgrammeRule } from './rule';

/** Every day of a seance falls inside the programme's period. */
export const seanceOutsidePeriod: ProgrammeRule = {
  code: 'seance-outside-period',
  severity: 'error',
  scope: 'programme',
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
          message: { key: 'seance-outside-period.before', args: { date: first.value, start } },
        });
      } else if (end && last && last.value > end) {
        report({
          file: seance.file,
          range: last.range,
          message: { key: 'seance-outside-period.after', args: { date: last.value, end } },
        });
      }
    }
  },
};
