import { isIsoDate, zonedToUtc } from './dates';
import type { AgendaDay, AssignmentModule, Located, SeanceModule } from './module';
import type { ProgrammeContext } from './programme';

/** When a seance starts and ends, as sortable `YYYY-MM-DDTHH:MM` strings. */
export interface Interval {
  start: string;
  end: string;
}

/**
 * The time a seance takes: from its start time on its first day to its end time on its last day;
 * a seance without times takes the whole day. In UTC when a time zone is given (to compare
 * seances of programmes in different countries), else in wall-clock time. Undefined without a date.
 */
export function seanceInterval(seance: SeanceModule, timeZone?: string): Interval | undefined {
  if (!seance.date) return undefined;
  const last = seance.endDate && seance.endDate.value > seance.date.value ? seance.endDate.value : seance.date.value;
  const start = seance.time?.start?.value ?? '00:00';
  const end = seance.time?.end?.value ?? '24:00';
  if (timeZone) return { start: zonedToUtc(seance.date.value, start, timeZone), end: zonedToUtc(last, end, timeZone) };
  return { start: `${seance.date.value}T${start}`, end: `${last}T${end}` };
}

/** The start and end of one day of a seance. */
export interface DaySpan {
  start?: Located<string>;
  end?: Located<string>;
}

/**
 * The time span of one day of a seance: what its day heading gives (`### Torsdag 2027-10-28, kl.
 * 8–21.30`; `heading` first, else any heading of that date), else the header's start on the first
 * day and its end on the last. A day between the first and the last has neither from the header.
 */
export function daySpan(seance: SeanceModule, date: string | undefined, heading?: AgendaDay): DaySpan {
  const first = seance.date?.value;
  const last = seance.endDate && first && seance.endDate.value > first ? seance.endDate.value : first;
  const own = heading?.time ?? seance.days.find((day) => day.date === date && day.time)?.time;
  const onFirst = date === undefined || date === first;
  const onLast = date === undefined || date === last;
  const start = own?.start ?? (onFirst ? seance.time?.start : undefined);
  const end = own?.end ?? (onLast ? seance.time?.end : undefined);
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/**
 * For each seance that overlaps another, one seance it overlaps: the earlier one when there is
 * one. O(n log n) however many overlap, so a role title on hundreds of seances stays cheap; a
 * seance with several clashes shows one, and the next once that one is mended.
 */
export function firstOverlaps(
  seances: readonly SeanceModule[],
  intervalOf: (seance: SeanceModule) => Interval | undefined = (seance) => seanceInterval(seance),
): Map<SeanceModule, SeanceModule> {
  const timed = seances
    .map((seance) => ({ seance, interval: intervalOf(seance) }))
    .filter((s): s is { seance: SeanceModule; interval: Interval } => s.interval !== undefined && s.interval.start < s.interval.end)
    .sort((a, b) => (a.interval.start < b.interval.start ? -1 : a.interval.start > b.interval.start ? 1 : 0));
  const found = new Map<SeanceModule, SeanceModule>();
  let longest: (typeof timed)[number] | undefined;
  timed.forEach((current, i) => {
    const next = timed[i + 1];
    if (longest && longest.interval.end > current.interval.start) found.set(current.seance, longest.seance);
    else if (next && next.interval.start < current.interval.end) found.set(current.seance, next.seance);
    if (!longest || current.interval.end > longest.interval.end) longest = current;
  });
  return found;
}

/** The seances of a programme by id (the first one, when an id is used twice). */
export function seancesById(programme: ProgrammeContext): Map<string, SeanceModule> {
  const map = new Map<string, SeanceModule>();
  for (const seance of programme.seances) {
    if (seance.id && !map.has(seance.id.value)) map.set(seance.id.value, seance);
  }
  return map;
}

/** When an assignment is due: the date of its `due` seance, or its `due` date. */
export function assignmentDue(
  assignment: AssignmentModule,
  byId: ReadonlyMap<string, SeanceModule>,
): { date: string; seance?: SeanceModule } | undefined {
  const due = assignment.due?.value;
  if (!due) return undefined;
  if (isIsoDate(due)) return { date: due };
  const seance = byId.get(due);
  return seance?.date ? { date: seance.date.value, seance } : undefined;
}
