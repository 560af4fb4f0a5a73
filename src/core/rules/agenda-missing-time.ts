import { minutesOf } from '../dates';
import type { AgendaItem } from '../module';
import type { Fix } from '../types';
import { defineRule } from './rule';

/**
 * An agenda item says when it starts, when the list it is in gives times. A list with no time at
 * all is an outline (the themes of a day), not a list of mistakes; a lone `Kl` always means a time.
 */
export const agendaMissingTime = defineRule({
  code: 'agenda-missing-time',
  severity: 'warning',
  scope: 'module',
  description: {
    en: 'An agenda item has no time, in a list whose other items have one (a list with no time is an outline).',
    da: 'Et punkt i programmet har intet tidspunkt i en liste, hvor de andre har (en liste uden tidspunkter er en disposition).',
    sv: 'En punkt i programmet har ingen tid i en lista där de andra har (en lista utan tider är en disposition).',
  },
  messages: {
    'agenda-missing-time': {
      en: 'This agenda item has no time. Start it with the time it begins, like `- {time} {title}`.',
      da: 'Dette punkt i programmet har intet tidspunkt. Start det med klokkeslættet, som `- {time} {title}`.',
      sv: 'Den här punkten i programmet har ingen tid. Börja den med klockslaget, som `- {time} {title}`.',
    },
    'agenda-missing-time.no-neighbours': {
      en: 'This agenda item has no time. Start it with the time it begins, written hours:minutes.',
      da: 'Dette punkt i programmet har intet tidspunkt. Start det med klokkeslættet, skrevet timer:minutter.',
      sv: 'Den här punkten i programmet har ingen tid. Börja den med klockslaget, skrivet timmar:minuter.',
    },
  },
  check(module, report) {
    if (module.type !== 'seance') return;
    const timedLists = new Set(module.agenda.filter((item) => item.timeWritten).map((item) => item.list));
    module.agenda.forEach((item, index) => {
      if (item.timeWritten || (!timedLists.has(item.list) && !item.timeSlot?.clockWord)) return;
      const time = timeBetween(module.agenda, index);
      const fix: Fix | undefined =
        time && item.timeSlot
          ? {
              title: { key: 'fix.add-time', args: { time } },
              edits: [{ file: module.file, range: item.timeSlot.range, newText: item.timeSlot.clockWord ? time : `${time} ` }],
            }
          : undefined;
      report({
        file: module.file,
        range: item.lineRange,
        message: time
          ? { key: 'agenda-missing-time', args: { title: item.title, time } }
          : { key: 'agenda-missing-time.no-neighbours', args: { title: item.title } },
        ...(fix ? { fixes: [fix] } : {}),
      });
    });
  },
});

/**
 * A time for the item at `index` between its timed neighbours in its list on its day: where the
 * item before it ends, else halfway between the two on a quarter hour (or five minutes, or a
 * minute), else a quarter of an hour after the one before or before the one after.
 */
export function timeBetween(agenda: readonly AgendaItem[], index: number): string | undefined {
  const item = agenda[index]!;
  const near = (step: number): AgendaItem | undefined => {
    for (let i = index + step; i >= 0 && i < agenda.length; i += step) {
      const other = agenda[i]!;
      if (other.list !== item.list || other.date !== item.date) return undefined;
      if (other.time) return other;
    }
    return undefined;
  };
  const before = near(-1);
  const after = near(1);
  const from = before ? minutesOf((before.end ?? before.time)!.value) : undefined;
  const to = after ? minutesOf(after.time!.value) : undefined;
  let minutes: number | undefined;
  if (before?.end && (to === undefined || from! < to)) minutes = from;
  else if (from !== undefined && to !== undefined) {
    for (const step of [15, 5, 1]) {
      const rounded = Math.round((from + to) / 2 / step) * step;
      if (rounded > from && rounded < to) {
        minutes = rounded;
        break;
      }
    }
  } else if (from !== undefined) minutes = from + 15 < 24 * 60 ? from + 15 : undefined;
  else if (to !== undefined) minutes = to - 15 >= 0 ? to - 15 : undefined;
  return minutes === undefined ? undefined : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
