import { defineRule } from './rule';

/** A seance without a date is planned, not yet scheduled: drafting starts before the dates are fixed. */
export const seanceUndated = defineRule({
  code: 'seance-undated',
  severity: 'information',
  scope: 'module',
  description: {
    en: 'A seance has no date yet: it is planned but not scheduled.',
    da: 'En seance har endnu ingen dato: den er planlagt, men ikke sat i kalenderen.',
    sv: 'En seans har inget datum än: den är planerad men inte inplanerad.',
  },
  messages: {
    'seance-undated': {
      en: 'This seance has no date yet. The timeline shows it as unscheduled and the exports leave it out until you add `date:`.',
      da: 'Denne seance har endnu ingen dato. Tidslinjen viser den som ikke planlagt, og eksporterne udelader den, indtil du tilføjer `date:`.',
      sv: 'Den här seansen har inget datum än. Tidslinjen visar den som ej inplanerad, och exporterna utelämnar den tills du lägger till `date:`.',
    },
  },
  check(module, report) {
    if (module.type !== 'seance' || !module.undated) return;
    report({
      file: module.file,
      range: (module.title ?? module.id)?.range ?? module.headerRange,
      message: { key: 'seance-undated' },
    });
  },
});
