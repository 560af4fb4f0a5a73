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
    const neighbours = timedNeighbours(module.agenda);
    module.agenda.forEach((item, index) => {
      if (item.timeWritten || (!timedLists.has(item.list) && !item.timeSlot?.clockWord)) return;
      const time = timeBetween(neighbours.before[index], neighbours.after[index]);
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
 * For each item, the nearest items with a time before and after it in the same list on the same
 * day: two passes, so that a long agenda with few times costs no more than a short one.
 */
function timedNeighbours(agenda: readonly AgendaItem[]): { before: (AgendaItem | undefined)[]; after: (AgendaItem | undefined)[] } {
  const before: (AgendaItem | undefined)[] = [];
  const after: (AgendaItem | undefined)[] = new Array<AgendaItem | undefined>(agenda.length);
  const together = (a: AgendaItem | undefined, b: AgendaItem): boolean => a !== undefined && a.list === b.list && a.date === b.date;
  let last: AgendaItem | undefined;
  agenda.forEach((item, i) => {
    if (!together(agenda[i - 1], item)) last = undefined;
    before.push(last);
    if (item.time) last = item;
  });
  last = undefined;
  for (let i = agenda.length - 1; i >= 0; i--) {
    const item = agenda[i]!;
    if (!together(agenda[i + 1], item)) last = undefined;
    after[i] = last;
    if (item.time) last = item;
  }
  return { before, after };
}

/**
 * A time between an item's timed neighbours: where the one before ends, else halfway between the
 * two on a quarter hour (or five minutes, or a minute), else a quarter of an hour after the one
 * before or before the one after.
 */
function timeBetween(before: AgendaItem | undefined, after: AgendaItem | undefined): string | undefined {
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
  return minutes === undefined
    ? undefined
    : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
