import { defineRule } from './rule';
import type { Located } from '../module';
import { fixesOf, replaceFix } from '../fixes';
import { suggester } from '../suggest';

/** An assignment's `given` names a seance of the programme, and so does `due` unless it is a date. */
export const unknownSeance = defineRule({
  code: 'unknown-seance',
  severity: 'error',
  scope: 'programme',
  description: {
    en: "An assignment's `given` or `due` names no seance of the programme.",
    da: 'En opgaves `given` eller `due` henviser ikke til en seance i programmet.',
    sv: 'En uppgifts `given` eller `due` hänvisar inte till någon seans i programmet.',
  },
  messages: {
    'unknown-seance': {
      en: 'There is no seance `{id}` in this programme.',
      da: 'Der er ingen seance `{id}` i dette program.',
      sv: 'Det finns ingen seans `{id}` i det här programmet.',
    },
    'unknown-seance.suggest': {
      en: 'There is no seance `{id}` in this programme — did you mean `{suggestion}`?',
      da: 'Der er ingen seance `{id}` i dette program — mente du `{suggestion}`?',
      sv: 'Det finns ingen seans `{id}` i det här programmet — menade du `{suggestion}`?',
    },
  },
  check(programme, report) {
    const ids = programme.seances.flatMap((seance) => (seance.id ? [seance.id.value] : []));
    const known = new Set(ids);
    const suggest = suggester(ids);
    const checkReference = (file: string, reference: Located<string> | undefined): void => {
      if (!reference || known.has(reference.value)) return;
      const suggestion = suggest(reference.value);
      report({
        file,
        range: reference.range,
        message: suggestion
          ? { key: 'unknown-seance.suggest', args: { id: reference.value, suggestion } }
          : { key: 'unknown-seance', args: { id: reference.value } },
        ...fixesOf(suggestion ? replaceFix(file, reference.textRange ?? reference.range, suggestion) : undefined),
      });
    };
    for (const assignment of programme.assignments) {
      checkReference(assignment.file, assignment.given);
      if (assignment.due && !/^\d{4}-\d{2}-\d{2}$/.test(assignment.due.value)) {
        checkReference(assignment.file, assignment.due);
      }
    }
  },
});
