import { minutesOf } from '../dates';
import type { ModuleRule } from './rule';

/**
 * Agenda items fall inside the seance's time: on one of its days, not before it starts, not at or
 * after it ends.
 */
export const agendaOutsideTime: ModuleRule = {
  code: 'agenda-outside-time',
  severity: 'warning',
  scope: 'module',
  check(module, report) {
    if (module.type !== 'seance') return;
    const start = module.time?.start?.value;
    const end = module.time?.end?.value;
    const first = module.date?.value;
    const last = module.endDate?.value ?? first;
    const daysReported = new Set<string>();
    for (const item of module.agenda) {
      if (item.date && first && last && (item.date < first || item.date > last)) {
        if (!daysReported.has(item.date)) {
          daysReported.add(item.date);
          report({
            file: module.file,
            range: item.dateRange ?? item.range,
            message: { key: 'agenda-outside-time.day', args: { date: item.date, start: first, end: last } },
          });
        }
        continue;
      }
      if (!item.time) continue;
      const time = item.time.value;
      const onFirstDay = item.date === undefined || item.date === first;
      const onLastDay = item.date === undefined || item.date === last;
      if (start && onFirstDay && minutesOf(time) < minutesOf(start)) {
        report({
          file: module.file,
          range: item.time.range,
          message: { key: 'agenda-outside-time.before', args: { time, start } },
        });
      } else if (end && onLastDay && minutesOf(time) >= minutesOf(end)) {
        report({
          file: module.file,
          range: item.time.range,
          message: { key: 'agenda-outside-time.after', args: { time, end } },
        });
      } else if (end && onLastDay && item.end && minutesOf(item.end.value) > minutesOf(end)) {
        report({
          file: module.file,
          range: item.end.range,
          message: { key: 'agenda-outside-time.runs-over', args: { time, until: item.end.value, end } },
        });
      }
    }
  },
};
