import { datesBetween, isIsoDate, zonedToUtc } from './dates';
import type { AgendaDay, AssignmentModule, Located, SeanceModule } from './module';
import type { ProgrammeContext } from './programme';

/** When a seance starts and ends, as sortable `YYYY-MM-DDTHH:MM` strings. */
export interface Interval {
  start: string;
  end: string;
}

/** The time a seance takes on one day, and that day (in the seance's own calendar). */
export interface DayInterval extends Interval {
  date: string;
}

/**
 * The times a seance takes, one interval per day, each from that day's own span (see daySpan): a
 * day without a start starts at 00:00, one without an end ends at 24:00. So a seminar of 08:00–21:30
 * on Thursday and 08:30–12:00 on Friday leaves the night and Friday afternoon free, and a seance
 * of several days without day headings still takes the whole time from its start to its end.
 * In UTC when a time zone is given, else in wall-clock time. Empty without a date.
 */
export function seanceDayIntervals(seance: SeanceModule, timeZone?: string): DayInterval[] {
  const first = seance.date?.value;
  if (!first) return [];
  const last = seance.endDate && seance.endDate.value > first ? seance.endDate.value : first;
  return datesBetween(first, last).map((date) => {
    const span = daySpan(seance, date);
    const start = span.start?.value ?? '00:00';
    const end = span.end?.value ?? '24:00';
    if (timeZone) return { date, start: zonedToUtc(date, start, timeZone), end: zonedToUtc(date, end, timeZone) };
    return { date, start: `${date}T${start}`, end: `${date}T${end}` };
  });
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

/** A seance that another overlaps, and the first day they both take place at the same time. */
export interface Overlap {
  seance: SeanceModule;
  date: string;
}

/**
 * For each seance that overlaps another, one seance it overlaps: the earlier one when there is
 * one, with the day of the clash. Each day of a seance counts with its own span. O(n log n) in the
 * days however many overlap, so a role title on hundreds of seances stays cheap; a seance with
 * several clashes shows one, and the next once that one is mended.
 */
export function firstOverlaps(
  seances: readonly SeanceModule[],
  intervalsOf: (seance: SeanceModule) => DayInterval[] = (seance) => seanceDayIntervals(seance),
): Map<SeanceModule, Overlap> {
  const timed = seances
    .flatMap((seance) => intervalsOf(seance).map((interval) => ({ seance, interval })))
    .filter((s) => s.interval.start < s.interval.end)
    .sort((a, b) => (a.interval.start < b.interval.start ? -1 : a.interval.start > b.interval.start ? 1 : 0));
  const found = new Map<SeanceModule, Overlap>();
  // The days of one seance never overlap each other, so the day that ends last so far, or the next
  // day to start, is another seance's whenever it overlaps this one.
  let longest: (typeof timed)[number] | undefined;
  timed.forEach((current, i) => {
    const next = timed[i + 1];
    if (!found.has(current.seance)) {
      if (longest && longest.interval.end > current.interval.start) {
        found.set(current.seance, { seance: longest.seance, date: current.interval.date });
      } else if (next && next.interval.start < current.interval.end) {
        found.set(current.seance, { seance: next.seance, date: current.interval.date });
      }
    }
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
