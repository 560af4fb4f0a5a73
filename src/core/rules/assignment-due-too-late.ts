import { dayArg } from '../types';
import { defineRule } from './rule';
import type { SeanceModule } from '../module';
import { assignmentDue, seancesById } from '../schedule';

/**
 * An assignment is due at or before the next seance of its track after the one where it is given
 * (homework given at no seance: at or before the track's first seance), or, with no such seance,
 * by the programme's last day. The track is the assignment's own, else that of the seance where
 * it is given, else any seance counts.
 */
export const assignmentDueTooLate = defineRule({
  code: 'assignment-due-too-late',
  severity: 'warning',
  scope: 'programme',
  description: {
    en: 'An assignment is due after the next seance of its track.',
    da: 'Fristen for en opgave ligger efter sporets næste seance.',
    sv: 'Tidsfristen för en uppgift ligger efter spårets nästa seans.',
  },
  messages: {
    'assignment-due-too-late': {
      en: 'The assignment is due on {due}, after the next seance of its track, `{next}` on {date}. Make it due at or before that seance.',
      da: 'Opgaven har frist {due}, efter sporets næste seance, `{next}` {date}. Sæt fristen til den seance eller tidligere.',
      sv: 'Uppgiften har tidsfrist {due}, efter spårets nästa seans, `{next}` {date}. Sätt tidsfristen till den seansen eller tidigare.',
    },
    'assignment-due-too-late.period': {
      en: 'The assignment is due on {due}, after the programme ends on {end}.',
      da: 'Opgaven har frist {due}, efter programmet slutter {end}.',
      sv: 'Uppgiften har tidsfrist {due}, efter att programmet slutar {end}.',
    },
  },
  check(programme, report) {
    const byId = seancesById(programme);
    const dated = programme.seances
      .filter((seance): seance is Dated => !!seance.date)
      .sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0));
    // Each track's dated seances in date order, so that the next one is found by halving, not by a walk.
    const byTrack = new Map<string | undefined, Dated[]>();
    for (const seance of dated) {
      // A seance of several tracks is the next seance of each of them.
      for (const track of seance.tracks.length > 0 ? seance.tracks.map((t) => t.value) : [undefined]) {
        const list = byTrack.get(track);
        if (list) list.push(seance);
        else byTrack.set(track, [seance]);
      }
    }
    for (const assignment of programme.assignments) {
      const due = assignmentDue(assignment, byId);
      if (!due || !assignment.due) continue;
      const given = assignment.given ? byId.get(assignment.given.value) : undefined;
      if (assignment.given && !given?.date) continue;
      const track = assignment.track?.value ?? given?.track?.value;
      const next = nextSeance(track === undefined ? dated : (byTrack.get(track) ?? []), given);
      if (!next) {
        // With no later seance of its track, the programme's last day is the limit.
        const end = programme.programme.period?.end?.value;
        if (end && due.date > end) {
          report({
            file: assignment.file,
            range: assignment.due.range,
            message: { key: 'assignment-due-too-late.period', args: { due: dayArg(due.date), end: dayArg(end) } },
          });
        }
        continue;
      }
      if (due.date <= next.date.value) continue;
      report({
        file: assignment.file,
        range: assignment.due.range,
        message: {
          key: 'assignment-due-too-late',
          args: { due: dayArg(due.date), next: next.id?.value ?? '?', date: dayArg(next.date.value) },
        },
      });
    }
  },
});

type Dated = SeanceModule & { date: NonNullable<SeanceModule['date']> };

/**
 * The first seance of a list in date order that comes after the one where an assignment is given
 * (the first of all, for homework): the first later date, found by halving the list.
 */
function nextSeance(seances: readonly Dated[], given: SeanceModule | undefined): Dated | undefined {
  const after = given?.date?.value;
  if (after === undefined) return seances.find((seance) => seance !== given);
  let low = 0;
  let high = seances.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (seances[mid]!.date.value > after) high = mid;
    else low = mid + 1;
  }
  return seances[low];
}
