import type { AgendaItem } from '../module';
import type { Fix } from '../types';
import { defineRule } from './rule';

/**
 * Times written the Nordic way (`Kl 8.15:`, `kl. 9`, `8.30-9.15`) are read as they are meant; a
 * hint on the first of them in each agenda section offers to write them all as `08:15`.
 */
export const agendaTimeNotation = defineRule({
  code: 'agenda-time-notation',
  severity: 'hint',
  scope: 'module',
  description: {
    en: 'An agenda time is written another way than hours:minutes (`Kl 8.15:`); it is read as meant, and a fix writes the agenda as 08:15.',
    da: 'Et tidspunkt i programmet er skrevet på en anden måde end timer:minutter (`Kl 8.15:`); det læses, som det er ment, og en rettelse skriver programmet som 08:15.',
    sv: 'En tid i programmet är skriven på ett annat sätt än timmar:minuter (`kl. 8.15`); den läses som den är menad, och en korrigering skriver programmet som 08:15.',
  },
  messages: {
    'agenda-time-notation': {
      en: 'This time is read as {time}. A quick fix writes every time of this agenda as hours:minutes, like {time}.',
      da: 'Tidspunktet læses som {time}. En hurtig rettelse skriver alle programmets tidspunkter som timer:minutter, som {time}.',
      sv: 'Tiden läses som {time}. En snabbkorrigering skriver alla tider i programmet som timmar:minuter, som {time}.',
    },
  },
  check(module, report) {
    if (module.type !== 'seance') return;
    const sections = new Map<number, AgendaItem[]>();
    for (const item of module.agenda) {
      if (!item.written) continue;
      const section = sections.get(item.section);
      if (section) section.push(item);
      else sections.set(item.section, [item]);
    }
    for (const items of sections.values()) {
      const first = items[0]!;
      const fix: Fix = {
        title: { key: 'fix.canonical-times' },
        edits: items.map((item) => ({ file: module.file, range: item.written!.range, newText: item.written!.canonical })),
      };
      report({
        file: module.file,
        range: first.written!.range,
        message: { key: 'agenda-time-notation', args: { time: first.written!.canonical } },
        fixes: [fix],
      });
    }
  },
});
