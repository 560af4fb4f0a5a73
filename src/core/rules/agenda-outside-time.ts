import { dayArg } from '../types';
import { defineRule } from './rule';
import { minutesOf } from '../dates';
import type { AgendaItem } from '../module';
import { daySpan } from '../schedule';

/**
 * Agenda items fall inside the seance's time: on one of its days, inside that day's span (its day
 * heading's, else the header's start on the first day and end on the last), not at or after it
 * ends unless as the day's last item.
 */
export const agendaOutsideTime = defineRule({
  code: 'agenda-outside-time',
  severity: 'warning',
  scope: 'module',
  description: {
    en: "An agenda item lies outside the seance's time span.",
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
      en: "The day {date} is not one of the seance's days ({start} to {end}).",
      da: 'Dagen {date} er ikke en af seancens dage ({start} til {end}).',
      sv: 'Dagen {date} är inte en av seansens dagar ({start} till {end}).',
    },
  },
  check(module, report) {
    if (module.type !== 'seance') return;
    const first = module.date?.value;
    const last = module.endDate?.value ?? first;
    const daysReported = new Set<string>();
    // The last item of each day may stand exactly at the day's end: `Kl 12: Slut`, `12:00 Frokost`.
    const lastOfDay = new Map<string | undefined, AgendaItem>();
    for (const item of module.agenda) if (item.time) lastOfDay.set(item.date, item);
    for (const item of module.agenda) {
      if (item.date && first && last && (item.date < first || item.date > last)) {
        if (!daysReported.has(item.date)) {
          daysReported.add(item.date);
          report({
            file: module.file,
            range: item.dateRange ?? item.range,
            message: { key: 'agenda-outside-time.day', args: { date: dayArg(item.date), start: dayArg(first), end: dayArg(last) } },
          });
        }
        continue;
      }
      if (!item.time) continue;
      const span = daySpan(module, item.date, item.day === undefined ? undefined : module.days[item.day]);
      const start = span.start?.value;
      const end = span.end?.value;
      // A span that ends before it starts is one problem (span-reversed), not one more per item.
      if (start && end && minutesOf(end) < minutesOf(start)) continue;
      const time = item.time.value;
      const endMarker = end !== undefined && time === end && !item.end && lastOfDay.get(item.date) === item;
      if (start && minutesOf(time) < minutesOf(start)) {
        report({
          file: module.file,
          range: item.time.range,
          message: { key: 'agenda-outside-time.before', args: { time, start } },
        });
      } else if (end && minutesOf(time) >= minutesOf(end) && !endMarker) {
        report({
          file: module.file,
          range: item.time.range,
          message: { key: 'agenda-outside-time.after', args: { time, end } },
        });
      } else if (end && item.end && minutesOf(item.end.value) > minutesOf(end)) {
        report({
          file: module.file,
          range: item.end.range,
          message: { key: 'agenda-outside-time.runs-over', args: { time, until: item.end.value, end } },
        });
      }
    }
  },
});
