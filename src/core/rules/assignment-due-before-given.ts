import { dayArg } from '../types';
import { defineRule } from './rule';
import { assignmentDue, seancesById } from '../schedule';

/** An assignment is due after the seance where it is given. */
export const assignmentDueBeforeGiven = defineRule({
  code: 'assignment-due-before-given',
  severity: 'error',
  scope: 'programme',
  description: {
    en: 'An assignment is due before (or at) the seance where it is given.',
    da: 'Fristen for en opgave ligger før (eller ved) den seance, hvor den gives.',
    sv: 'Tidsfristen för en uppgift ligger före (eller vid) den seans där den ges.',
  },
  messages: {
    'assignment-due-before-given': {
      en: 'The assignment is due on {due}, but it is only given at `{given}` on {date}. Make it due at a later seance.',
      da: 'Opgaven har frist {due}, men gives først ved `{given}` {date}. Sæt fristen til en senere seance.',
      sv: 'Uppgiften har tidsfrist {due}, men ges först vid `{given}` {date}. Sätt tidsfristen till en senare seans.',
    },
    'assignment-due-before-given.same': {
      en: 'The assignment is due at the seance where it is given, `{given}`. Make it due at a later seance.',
      da: 'Opgaven har frist ved den samme seance, hvor den gives, `{given}`. Sæt fristen til en senere seance.',
      sv: 'Uppgiften har tidsfrist vid samma seans som den ges, `{given}`. Sätt tidsfristen till en senare seans.',
    },
  },
  check(programme, report) {
    const byId = seancesById(programme);
    for (const assignment of programme.assignments) {
      const given = assignment.given ? byId.get(assignment.given.value) : undefined;
      const due = assignmentDue(assignment, byId);
      if (!given?.date || !due || !assignment.due) continue;
      // Due at the seance where it is given, by naming it or by naming its day.
      if (due.seance === given || (!due.seance && due.date === given.date.value)) {
        report({
          file: assignment.file,
          range: assignment.due.range,
          message: { key: 'assignment-due-before-given.same', args: { given: assignment.given!.value } },
        });
      } else if (due.date < given.date.value) {
        report({
          file: assignment.file,
          range: assignment.due.range,
          message: {
            key: 'assignment-due-before-given',
            args: { due: dayArg(due.date), given: assignment.given!.value, date: dayArg(given.date.value) },
          },
        });
      }
    }
  },
});
