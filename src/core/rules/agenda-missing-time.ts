import { defineRule } from './rule';

/** An agenda item must say when it starts. */
export const agendaMissingTime = defineRule({
  code: 'agenda-missing-time',
  severity: 'warning',
  scope: 'module',
  description: {
    en: 'An agenda item has no time.',
    da: 'Et punkt i programmet har intet tidspunkt.',
    sv: 'En punkt i programmet har ingen tid.',
  },
  messages: {
    'agenda-missing-time': {
      en: 'This agenda item has no time. Start it with the time it begins, like `- 10:30 {title}`.',
      da: 'Dette punkt i programmet har intet tidspunkt. Start det med klokkeslættet, som `- 10:30 {title}`.',
      sv: 'Den här punkten i programmet har ingen tid. Börja den med klockslaget, som `- 10:30 {title}`.',
    },
  },
  check(module, report) {
    if (module.type !== 'seance') return;
    for (const item of module.agenda) {
      if (item.timeWritten) continue;
      report({ file: module.file, range: item.range, message: { key: 'agenda-missing-time', args: { title: item.title } } });
    }
  },
});
