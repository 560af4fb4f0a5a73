import type { Located } from '../module';
import type { Message } from '../types';
import type { ModuleRule, Reporter } from './rule';

/** A period, a time span or the days of a seance end after they start. */
export const spanReversed: ModuleRule = {
  code: 'span-reversed',
  severity: 'error',
  scope: 'module',
  check(module, report) {
    const check = (start: Located<string> | undefined, end: Located<string> | undefined, key: string): void =>
      reportIfReversed(module.file, start, end, key, report);
    if (module.type === 'programme') check(module.period?.start, module.period?.end, 'span-reversed.period');
    if (module.type === 'seance') {
      check(module.date, module.endDate, 'span-reversed.days');
      // On a seance of several days, the end time is on another day than the start time.
      if (!module.endDate || module.endDate.value === module.date?.value) {
        check(module.time?.start, module.time?.end, 'span-reversed.time');
      }
    }
  },
};

function reportIfReversed(
  file: string,
  start: Located<string> | undefined,
  end: Located<string> | undefined,
  key: string,
  report: Reporter,
): void {
  if (!start || !end || end.value >= start.value) return;
  const message: Message = { key, args: { start: start.value, end: end.value } };
  report({ file, range: end.range, message });
}
