import { defineRule } from './rule';
import { alignmentOf, declaredOutcomes } from '../alignment';
import { fixesOf, replaceFix } from '../fixes';
import { suggester } from '../suggest';

/** Every id in the `outcomes` of a seance or an assignment names an outcome of the programme or of a track. */
export const unknownOutcome = defineRule({
  code: 'unknown-outcome',
  severity: 'error',
  scope: 'programme',
  description: {
    en: "An id in a seance's or an assignment's `outcomes` names no learning outcome of the programme or its tracks.",
    da: 'Et id i en seances eller en opgaves `outcomes` henviser ikke til et læringsmål i programmet eller dets spor.',
    sv: 'Ett id i en seans eller en uppgifts `outcomes` hänvisar inte till något lärandemål i programmet eller dess spår.',
  },
  messages: {
    'unknown-outcome': {
      en: 'There is no learning outcome `{id}` in this programme. Its outcomes are: {outcomes}.',
      da: 'Der er intet læringsmål `{id}` i dette program. Dets læringsmål er: {outcomes}.',
      sv: 'Det finns inget lärandemål `{id}` i det här programmet. Dess lärandemål är: {outcomes}.',
    },
    'unknown-outcome.none': {
      en: 'There is no learning outcome `{id}`: the programme declares none. Declare it under `outcomes` in the programme or in a track.',
      da: 'Der er intet læringsmål `{id}`: programmet erklærer ingen. Erklær det under `outcomes` i programmet eller i et spor.',
      sv: 'Det finns inget lärandemål `{id}`: programmet deklarerar inga. Deklarera det under `outcomes` i programmet eller i ett spår.',
    },
    'unknown-outcome.suggest': {
      en: 'There is no learning outcome `{id}` in this programme — did you mean `{suggestion}`?',
      da: 'Der er intet læringsmål `{id}` i dette program — mente du `{suggestion}`?',
      sv: 'Det finns inget lärandemål `{id}` i det här programmet — menade du `{suggestion}`?',
    },
  },
  check(programme, report) {
    const { unknown } = alignmentOf(programme);
    if (unknown.length === 0) return;
    const ids = declaredOutcomes(programme.programme).map((outcome) => outcome.id.value);
    const suggest = suggester(ids);
    // The first outcomes name the kind of id wanted; every message listing hundreds would cost n².
    const outcomes = (ids.length > MAX_LISTED ? [...ids.slice(0, MAX_LISTED), '…'] : ids).join(', ');
    for (const { module, reference } of unknown) {
      const suggestion = suggest(reference.value);
      report({
        file: module.file,
        range: reference.range,
        message: suggestion
          ? { key: 'unknown-outcome.suggest', args: { id: reference.value, suggestion } }
          : ids.length === 0
            ? { key: 'unknown-outcome.none', args: { id: reference.value } }
            : { key: 'unknown-outcome', args: { id: reference.value, outcomes } },
        ...fixesOf(suggestion ? replaceFix(module.file, reference.textRange ?? reference.range, suggestion) : undefined),
      });
    }
  },
});

/** How many of the programme's outcomes a message lists. */
const MAX_LISTED = 10;
