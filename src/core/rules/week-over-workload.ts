import { defineRule } from './rule';
import { hoursMessage, weekMessage } from '../insight/hours';
import { effortMinutes } from '../insight/effort';
import { DEFAULT_WEEKLY_PRACTICE_LIMIT_MINUTES, practiceWeeks } from '../insight/summary';
import type { AssignmentModule } from '../module';
import { assignmentDue, seancesById } from '../schedule';

/**
 * Participants lead beside a full-time job: the practice assignments of one ISO week, their effort
 * spread evenly over the weeks between given and due, should not ask more than a limit (4 h by
 * default, half a day of a 37-hour week; the `weeklyPracticeLimit` setting). The seance days are
 * not counted: the employer gives them. Each week over the limit is reported once, on the `effort`
 * of the assignment that asks the most of it; later weeks where the same one asks the most, in the same report.
 */
export const weekOverWorkload = defineRule({
  code: 'week-over-workload',
  severity: 'warning',
  scope: 'programme',
  description: {
    en: 'The practice assignments of a week ask more time than the weekly limit.',
    da: 'Praksisopgaverne i en uge kræver mere tid end grænsen pr. uge.',
    sv: 'Praktikuppgifterna under en vecka kräver mer tid än gränsen per vecka.',
  },
  messages: {
    'week-over-workload': {
      en: 'In {week}, the practice assignments ask {total} beside the seances, more than the limit of {limit} a week; this assignment asks {share} of it. Give it more weeks or less effort.',
      da: 'I {week} kræver praksisopgaverne {total} ud over seancerne, mere end grænsen på {limit} om ugen; denne opgave kræver {share} af det. Giv den flere uger eller mindre tidsforbrug.',
      sv: 'Under {week} kräver praktikuppgifterna {total} utöver seanserna, mer än gränsen på {limit} i veckan; den här uppgiften kräver {share} av det. Ge den fler veckor eller mindre tidsåtgång.',
    },
    'week-over-workload.more': {
      en: 'In {week} and {more} more week(s), the practice assignments ask up to {total} beside the seances, more than the limit of {limit} a week; this assignment asks {share} of it. Give it more weeks or less effort.',
      da: 'I {week} og {more} uge(r) mere kræver praksisopgaverne op til {total} ud over seancerne, mere end grænsen på {limit} om ugen; denne opgave kræver {share} af det. Giv den flere uger eller mindre tidsforbrug.',
      sv: 'Under {week} och {more} vecka/veckor till kräver praktikuppgifterna upp till {total} utöver seanserna, mer än gränsen på {limit} i veckan; den här uppgiften kräver {share} av det. Ge den fler veckor eller mindre tidsåtgång.',
    },
  },
  check(programme, report) {
    const limit = programme.weeklyPracticeLimit ?? DEFAULT_WEEKLY_PRACTICE_LIMIT_MINUTES;
    const byId = seancesById(programme);
    // Monday → the minutes of the week and, per assignment, its share.
    const weeks = new Map<string, { total: number; shares: { assignment: AssignmentModule; minutes: number }[] }>();
    for (const assignment of programme.assignments) {
      const minutes = effortMinutes(assignment.effort);
      if (minutes === undefined || !assignment.effortRange) continue;
      const given = assignment.given ? byId.get(assignment.given.value)?.date?.value : undefined;
      const mondays = practiceWeeks({ startDate: given, dueDate: assignmentDue(assignment, byId)?.date });
      for (const monday of mondays) {
        let week = weeks.get(monday);
        if (!week) weeks.set(monday, (week = { total: 0, shares: [] }));
        week.total += minutes / mondays.length;
        week.shares.push({ assignment, minutes: minutes / mondays.length });
      }
    }
    // The first week each assignment is the heaviest in, with the weeks after it where it still is.
    const found = new Map<AssignmentModule, { monday: string; total: number; share: number; more: number; last: string }>();
    for (const monday of [...weeks.keys()].sort()) {
      const { total, shares } = weeks.get(monday)!;
      if (total <= limit) continue;
      const heaviest = shares.reduce((a, b) => (b.minutes > a.minutes ? b : a));
      const seen = found.get(heaviest.assignment);
      if (seen) {
        seen.more++;
        seen.total = Math.max(seen.total, total);
      } else {
        found.set(heaviest.assignment, { monday, total, share: heaviest.minutes, more: 0, last: monday });
      }
    }
    for (const [assignment, week] of found) {
      const args = {
        week: weekMessage(week.monday),
        total: hoursMessage(week.total),
        limit: hoursMessage(limit),
        share: hoursMessage(week.share),
      };
      report({
        file: assignment.file,
        range: assignment.effortRange!,
        message:
          week.more === 0 ? { key: 'week-over-workload', args } : { key: 'week-over-workload.more', args: { ...args, more: week.more } },
      });
    }
  },
});
