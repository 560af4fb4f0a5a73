import { defineRule } from './rule';
import { alignmentOf } from '../alignment';

/** Every learning outcome is addressed by at least one seance. */
export const outcomeNotTaught = defineRule({
  code: 'outcome-not-taught',
  severity: 'warning',
  scope: 'programme',
  description: {
    en: 'A learning outcome is addressed by no seance.',
    da: 'Et læringsmål bliver ikke behandlet på nogen seance.',
    sv: 'Ett lärandemål behandlas inte på någon seans.',
  },
  messages: {
    'outcome-not-taught': {
      en: 'No seance addresses the learning outcome `{id}`. Add `{id}` to the `outcomes` of the seance where it is taught, or remove the outcome.',
      da: 'Ingen seance arbejder med læringsmålet `{id}`. Tilføj `{id}` til `outcomes` på den seance, hvor det undervises, eller fjern læringsmålet.',
      sv: 'Ingen seans arbetar med lärandemålet `{id}`. Lägg till `{id}` i `outcomes` på den seans där det tas upp, eller ta bort lärandemålet.',
    },
  },
  check(programme, report) {
    for (const { outcome, seances } of alignmentOf(programme).outcomes.values()) {
      if (seances.length > 0) continue;
      report({
        file: programme.programme.file,
        range: outcome.id.range,
        message: { key: 'outcome-not-taught', args: { id: outcome.id.value } },
      });
    }
  },
});
