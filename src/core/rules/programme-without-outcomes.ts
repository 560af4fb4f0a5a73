import { defineRule } from './rule';
import { declaredOutcomes } from '../alignment';

/**
 * A programme whose seances state goals in free text but which states no learning outcomes. It
 * waits for goals, so that a programme drafted without either (a single theme day) is left alone.
 */
export const programmeWithoutOutcomes = defineRule({
  code: 'programme-without-outcomes',
  severity: 'information',
  scope: 'programme',
  description: {
    en: 'A programme states no learning outcomes, while its seances state goals.',
    da: 'Et program har ingen læringsmål, selv om dets seancer har mål.',
    sv: 'Ett program har inga lärandemål, fast dess seanser har mål.',
  },
  messages: {
    'programme-without-outcomes': {
      en: 'This programme states no learning outcomes, though its seances state goals ({count} of {total}). State the outcomes under `outcomes`, each with an id, so that seances and assignments can say which they serve.',
      da: 'Dette program har ingen læringsmål, selv om dets seancer har mål ({count} af {total}). Skriv læringsmålene under `outcomes`, hvert med et id, så seancer og opgaver kan sige, hvilke de tjener.',
      sv: 'Det här programmet har inga lärandemål, fast dess seanser har mål ({count} av {total}). Skriv lärandemålen under `outcomes`, vart och ett med ett id, så att seanser och uppgifter kan säga vilka de tjänar.',
    },
  },
  check(programme, report) {
    if (declaredOutcomes(programme.programme).length > 0) return;
    const count = programme.seances.filter((seance) => seance.goals.length > 0).length;
    if (count === 0) return;
    const module = programme.programme;
    report({
      file: module.file,
      range: (module.id ?? module.title)?.range ?? module.headerRange,
      message: { key: 'programme-without-outcomes', args: { count, total: programme.seances.length } },
    });
  },
});
