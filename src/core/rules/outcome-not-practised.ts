import { defineRule } from './rule';
import { alignmentOf } from '../alignment';

/** Every learning outcome is practised at work through at least one practice assignment. */
export const outcomeNotPractised = defineRule({
  code: 'outcome-not-practised',
  severity: 'warning',
  scope: 'programme',
  description: {
    en: 'No practice assignment lets the leaders practise a learning outcome at work.',
    da: 'Ingen praksisopgave lader lederne øve et læringsmål i deres arbejde.',
    sv: 'Ingen praktikuppgift låter ledarna öva ett lärandemål i sitt arbete.',
  },
  messages: {
    'outcome-not-practised': {
      en: 'No assignment lets the leaders practise the learning outcome `{id}` at work. Add `{id}` to the `outcomes` of an assignment, or give one for it.',
      da: 'Ingen opgave lader lederne øve læringsmålet `{id}` i deres arbejde. Tilføj `{id}` til `outcomes` på en opgave, eller giv en opgave til det.',
      sv: 'Ingen uppgift låter ledarna öva lärandemålet `{id}` i sitt arbete. Lägg till `{id}` i `outcomes` på en uppgift, eller ge en uppgift för det.',
    },
  },
  check(programme, report) {
    for (const { outcome, assignments } of alignmentOf(programme).outcomes.values()) {
      if (assignments.length > 0) continue;
      report({
        file: programme.programme.file,
        range: outcome.id.range,
        message: { key: 'outcome-not-practised', args: { id: outcome.id.value } },
      });
    }
  },
});
