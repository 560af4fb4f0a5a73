import { assignmentDue, seancesById } from '../schedule';
import type { ProgrammeRule } from './rule';

/** An assignment is due after the seance where it is given. */
export const assignmentDueBeforeGiven: ProgrammeRule = {
  code: 'assignment-due-before-given',
  severity: 'error',
  scope: 'programme',
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
            args: { due: due.date, given: assignment.given!.value, date: given.date.value },
          },
        });
      }
    }
  },
};
