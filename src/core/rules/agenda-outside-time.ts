import { defineRule } from './rule';
import { minutesOf } from '../dates';

/**
 * Agenda items fall inside the seance's time: on one of its days, not before it starts, not at or
 * after it ends.
 */
export const agendaOutsideTime = defineRule({
  code: 'agenda-outside-time',
  severity: 'warning',
  scope: 'module',
  description: {
    en: 'An agenda item lies outside the seance\'s time span.',
    da: 'Et punkt i programmet ligger uden for seancens tidsrum.',
    sv: 'En punkt i programmet ligger utanför seansens tid.',
  },
  messages: {
    'agenda-outside-time.before': {
      en: 'The item at {time} starts before the seance does, at {start}.',
      da: 'Punktet kl. {time} starter, før seancen gør kl. {start}.',
      sv: 'Punkten kl. {time} börjar innan seansen gör kl. {start}.',
    },
    'agenda-outside-time.after': {
      en: 'The item at {time} is at or after the end of the seance, {end}.',
      da: 'Punktet kl. {time} ligger ved eller efter seancens slutning kl. {end}.',
      sv: 'Punkten kl. {time} ligger vid eller efter seansens slut kl. {end}.',
    },
    'agenda-outside-time.runs-over': {
      en: 'The item {time}–{until} runs past the end of the seance, {end}.',
      da: 'Punktet {time}–{until} varer ud over seancens slutning kl. {end}.',
      sv: 'Punkten {time}–{until} pågår efter seansens slut kl. {end}.',
    },
    'agenda-outside-time.day': {
      en: 'The day {date} is not one of the seance\'s days ({start} to {end}).',
      da: 'Dagen {date} er ikke en af seancens dage ({start} til {end}).',
      sv: 'Dagen {date} är inte en av seansens dagar ({start} till {end}).',
    },
  },
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
});
