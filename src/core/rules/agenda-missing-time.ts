import type { ModuleRule } from './rule';

/** An agenda item must say when it starts. */
export const agendaMissingTime: ModuleRule = {
  code: 'agenda-missing-time',
  severity: 'warning',
  scope: 'module',
  check(module, report) {
    if (module.type !== 'seance') return;
    for (const item of module.agenda) {
      if (item.timeWritten) continue;
      report({ file: module.file, range: item.range, message: { key: 'agenda-missing-time', args: { title: item.title } } });
    }
  },
};
