import type { MessageKey } from '../messages';
import { defineRule } from './rule';
import type { Located } from '../module';
import { type Message, dayArg } from '../types';
import type { Reporter } from './rule';

/** A period, a time span or the days of a seance end after they start. */
export const spanReversed = defineRule({
  code: 'span-reversed',
  severity: 'error',
  scope: 'module',
  description: {
    en: 'A period, time span or seance ends before it starts.',
    da: 'En periode, et tidsrum eller en seance slutter, før den starter.',
    sv: 'En period, en tid eller en seans slutar innan den börjar.',
  },
  messages: {
    'span-reversed.period': {
      en: 'The programme ends on {end}, before it starts on {start}.',
      da: 'Programmet slutter {end}, før det starter {start}.',
      sv: 'Programmet slutar {end}, innan det börjar {start}.',
    },
    'span-reversed.time': {
      en: 'The seance ends at {end}, before it starts at {start}.',
      da: 'Seancen slutter kl. {end}, før den starter kl. {start}.',
      sv: 'Seansen slutar kl. {end}, innan den börjar kl. {start}.',
    },
    'span-reversed.days': {
      en: 'The last day of the seance, {end}, is before its first day, {start}.',
      da: 'Seancens sidste dag, {end}, ligger før dens første dag, {start}.',
      sv: 'Seansens sista dag, {end}, ligger före dess första dag, {start}.',
    },
  },
  check(module, report) {
    const check = (start: Located<string> | undefined, end: Located<string> | undefined, key: MessageKey): void =>
      reportIfReversed(module.file, start, end, key, report);
    if (module.type === 'programme') check(module.period?.start, module.period?.end, 'span-reversed.period');
    if (module.type === 'seance') {
      check(module.date, module.endDate, 'span-reversed.days');
      // On a seance of several days, the end time is on another day than the start time.
      if (!module.endDate || module.endDate.value === module.date?.value) {
        check(module.time?.start, module.time?.end, 'span-reversed.time');
      }
      for (const day of module.days) check(day.time?.start, day.time?.end, 'span-reversed.time');
    }
  },
});

function reportIfReversed(
  file: string,
  start: Located<string> | undefined,
  end: Located<string> | undefined,
  key: MessageKey,
  report: Reporter,
): void {
  if (!start || !end || end.value >= start.value) return;
  // The period and the days are dates, put into words; a time span stays hours:minutes.
  const written = key === 'span-reversed.time' ? (value: string) => value : dayArg;
  const message: Message = { key, args: { start: written(start.value), end: written(end.value) } };
  report({ file, range: end.range, message });
}
