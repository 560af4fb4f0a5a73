import { defineRule } from './rule';
import { alignmentOf } from '../alignment';

/** In a programme that states learning outcomes, every assignment serves at least one of them. */
export const assignmentWithoutOutcome = defineRule({
  code: 'assignment-without-outcome',
  severity: 'warning',
  scope: 'programme',
  description: {
    en: 'An assignment serves no learning outcome, in a programme that states outcomes.',
    da: 'En opgave tjener intet læringsmål, i et program, der har læringsmål.',
    sv: 'En uppgift tjänar inget lärandemål, i ett program som har lärandemål.',
  },
  messages: {
    'assignment-without-outcome': {
      en: 'This assignment serves no learning outcome. Say which it practises with `outcomes: [{example}]`.',
      da: 'Denne opgave tjener intet læringsmål. Skriv, hvilke den øver, med `outcomes: [{example}]`.',
      sv: 'Den här uppgiften tjänar inget lärandemål. Skriv vilka den övar med `outcomes: [{example}]`.',
    },
  },
  check(programme, report) {
    const first = alignmentOf(programme).outcomes.keys().next();
    // Without outcomes there is nothing to serve: programme-without-outcomes says so once.
    if (first.done) return;
    for (const assignment of programme.assignments) {
      if (assignment.outcomes.length > 0) continue;
      report({
        file: assignment.file,
        range: (assignment.id ?? assignment.title)?.range ?? assignment.headerRange,
        message: { key: 'assignment-without-outcome', args: { example: first.value } },
      });
    }
  },
});
