import { defineRule } from './rule';
import { minutesOf } from '../dates';
import type { AgendaItem } from '../module';
import { type Fix, dayArg } from '../types';

/** Agenda items run in time order, day by day. */
export const agendaNotAscending = defineRule({
  code: 'agenda-not-ascending',
  severity: 'warning',
  scope: 'module',
  description: {
    en: 'The agenda is not in time order.',
    da: 'Programmet står ikke i tidsrækkefølge.',
    sv: 'Programmet står inte i tidsordning.',
  },
  messages: {
    'agenda-not-ascending': {
      en: 'The item at {time} comes after an item at {previous}. Put the agenda in time order.',
      da: 'Punktet kl. {time} står efter et punkt kl. {previous}. Sæt programmet i tidsrækkefølge.',
      sv: 'Punkten kl. {time} står efter en punkt kl. {previous}. Sätt programmet i tidsordning.',
    },
    'agenda-not-ascending.day-again': {
      en: 'The day {date} starts again here at {time}, after items up to {previous} above: is the day written twice? Keep one of them.',
      da: 'Dagen {date} starter forfra her kl. {time}, efter punkter til kl. {previous} ovenfor: står dagen der to gange? Behold den ene.',
      sv: 'Dagen {date} börjar om här kl. {time}, efter punkter till kl. {previous} ovanför: står dagen där två gånger? Behåll den ena.',
    },
  },
  check(module, report, text) {
    if (module.type !== 'seance') return;
    let previous: AgendaItem | undefined;
    // One fix a list, shared by its items out of order: built once, not once an item.
    const fixes = new Map<number, Fix | undefined>();
    for (const item of module.agenda) {
      if (!item.time) continue;
      if (previous?.time && previous.date === item.date && minutesOf(item.time.value) < minutesOf(previous.time.value)) {
        if (!fixes.has(item.list)) fixes.set(item.list, sortFix(module.file, module.agenda, item.list, text));
        const fix = fixes.get(item.list);
        // A day heading of a day already given, whose times start over: the day printed twice.
        const again = item.day !== undefined && previous.day !== item.day && item.date !== undefined;
        const args = { time: item.time.value, previous: previous.time.value };
        report({
          file: module.file,
          range: item.time.range,
          message: again
            ? { key: 'agenda-not-ascending.day-again', args: { ...args, date: dayArg(item.date!) } }
            : { key: 'agenda-not-ascending', args },
          ...(fix ? { fixes: [fix] } : {}),
        });
      }
      previous = item;
    }
  },
});

/**
 * Reorders the items of one agenda list by time, moving each item's text as it is. Offered only
 * when every item of the list has a time, so nothing is placed by guess.
 */
function sortFix(file: string, agenda: readonly AgendaItem[], list: number, text: string): Fix | undefined {
  const items = agenda.filter((item) => item.list === list);
  if (items.length < 2 || items.some((item) => !item.time)) return undefined;
  const sorted = [...items].sort((a, b) => minutesOf(a.time!.value) - minutesOf(b.time!.value));
  // The list may be in order itself, when the same day appears under two headings.
  if (sorted.every((item, i) => item === items[i])) return undefined;
  let newText = '';
  for (let i = 0; i < items.length; i++) {
    newText += text.slice(sorted[i]!.offsets.start, sorted[i]!.offsets.end);
    if (i + 1 < items.length) newText += text.slice(items[i]!.offsets.end, items[i + 1]!.offsets.start);
  }
  const first = items[0]!;
  const last = items[items.length - 1]!;
  return {
    title: { key: 'fix.sort-agenda' },
    edits: [{ file, range: { start: first.range.start, end: last.range.end }, newText }],
  };
}
