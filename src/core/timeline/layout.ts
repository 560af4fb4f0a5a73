import { datesBetween, isoWeek, isoWeekday } from '../dates';
import { publicHoliday } from '../holidays';
import type { AssignmentModel, ProgrammeModel, SeanceDayModel, SeanceModel, SourceRef } from '../model';

/** The most serious problem on an item, and its messages, for the marks on the timeline. */
export interface ItemProblems {
  severity: 'error' | 'warning' | 'information' | 'hint';
  messages: string[];
}

export interface SeanceMark {
  id: string;
  title: string;
  date: string;
  endDate?: string;
  time?: { start?: string; end?: string };
  /** Each day of a seance of several days, with its own span. */
  days?: SeanceDayModel[];
  mode?: string;
  /** Days from the first day of the axis to the seance's first day. */
  offset: number;
  /** Days the seance takes (1 for a day). */
  length: number;
  /** The row inside the lane, so that seances on the same days never cover each other. */
  row: number;
  source: SourceRef;
  problems?: ItemProblems;
  /** The mark of a seance of several tracks in the lane of a track after its first. */
  also?: boolean;
}

export interface AssignmentBar {
  id: string;
  title: string;
  given?: string;
  due?: string;
  startDate: string;
  dueDate: string;
  offset: number;
  length: number;
  /** The row inside the lane, so that bars that overlap in time do not cover each other. */
  row: number;
  source: SourceRef;
  problems?: ItemProblems;
}

export interface Lane {
  /** The track id, or '' for seances and assignments that serve the whole programme. */
  id: string;
  title: string;
  /** Which of the theme's chart colours the lane gets (0-based, cycling). */
  colour: number;
  seances: SeanceMark[];
  assignments: AssignmentBar[];
  /** Rows the seances need (at least 1): one more for each seance on days already taken. */
  seanceRows: number;
  /** Rows the assignment bars need. */
  rows: number;
}

export interface TimelineLayout {
  language?: string;
  /** The first and last day of the axis: the programme's period, widened to hold every item. */
  start: string;
  end: string;
  days: number;
  months: { year: number; month: number; offset: number; length: number }[];
  /** ISO weeks (Monday to Sunday) with their number, cut to the axis. */
  weeks: { week: number; offset: number; length: number }[];
  /** Weekends and the public holidays of the programme's country. */
  shaded: { date: string; offset: number; kind: 'weekend' | 'holiday'; name?: string }[];
  /** The offset of today, when today is on the axis. */
  today?: number;
  lanes: Lane[];
}

/**
 * Lays a programme out on a time axis of days: months, ISO weeks, weekends and holidays, and one
 * lane per track with its seances and assignment bars. Pure and JSON-serialisable, so that the
 * webview and the HTML export draw the same thing.
 */
export function layoutTimeline(
  model: ProgrammeModel,
  options: { today?: string; problems?: (source: SourceRef) => ItemProblems | undefined } = {},
): TimelineLayout {
  const dates = [
    ...model.seances.flatMap((s) => [s.date, s.endDate ?? s.date]),
    ...model.assignments.flatMap((a) => [a.startDate, a.dueDate].filter((d): d is string => !!d)),
  ].sort();
  const start = [model.period?.start, dates[0]].filter((d): d is string => !!d).sort()[0] ?? options.today ?? '2000-01-03';
  const end = [model.period?.end, dates[dates.length - 1], start]
    .filter((d): d is string => !!d)
    .sort()
    .pop()!;
  const all = datesBetween(start, end);
  const offsetOf = (date: string): number => daysBetween(start, date);

  const months: TimelineLayout['months'] = [];
  const weeks: TimelineLayout['weeks'] = [];
  const shaded: TimelineLayout['shaded'] = [];
  all.forEach((date, offset) => {
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const lastMonth = months[months.length - 1];
    if (lastMonth && lastMonth.year === year && lastMonth.month === month) lastMonth.length++;
    else months.push({ year, month, offset, length: 1 });
    const weekday = isoWeekday(date);
    const lastWeek = weeks[weeks.length - 1];
    if (lastWeek && weekday !== 1) lastWeek.length++;
    else weeks.push({ week: isoWeek(date), offset, length: 1 });
    const holiday = model.country ? publicHoliday(model.country, date, model.language) : undefined;
    if (holiday) shaded.push({ date, offset, kind: 'holiday', name: holiday });
    else if (weekday >= 6) shaded.push({ date, offset, kind: 'weekend' });
  });

  const lanes: Lane[] = model.tracks.map((track, i) => ({
    id: track.id,
    title: track.title,
    colour: i,
    seances: [],
    assignments: [],
    seanceRows: 1,
    rows: 0,
  }));
  const laneOf = (track: string | undefined): Lane => {
    let lane = lanes.find((l) => l.id === (track ?? ''));
    if (!lane) {
      // Items of the whole programme, or of a track the programme does not declare, get a lane of their own.
      lane = { id: track ?? '', title: track ?? '', colour: lanes.length, seances: [], assignments: [], seanceRows: 1, rows: 0 };
      lanes.push(lane);
    }
    return lane;
  };
  for (const seance of model.seances) {
    // A seance of several tracks stands in the lane of each, so that every track's lane shows its days.
    const mark = seanceMark(seance, offsetOf, options.problems);
    const tracks = seance.tracks ?? [seance.track];
    laneOf(tracks[0]).seances.push(mark);
    for (const track of tracks.slice(1)) laneOf(track).seances.push({ ...mark, also: true });
  }
  for (const assignment of model.assignments) {
    const bar = assignmentBar(assignment, start, offsetOf, options.problems);
    if (bar) laneOf(assignment.track).assignments.push(bar);
  }
  for (const lane of lanes) {
    // Seances keep their order of date and time (the earlier on top); longer bars go first.
    lane.seanceRows = Math.max(
      1,
      stackRows(lane.seances, (a, b) => a.offset - b.offset),
    );
    lane.rows = stackRows(lane.assignments, (a, b) => a.offset - b.offset || b.length - a.length);
  }

  const today = options.today && options.today >= start && options.today <= end ? offsetOf(options.today) : undefined;
  return { language: model.language, start, end, days: all.length, months, weeks, shaded, today, lanes };
}

function seanceMark(
  seance: SeanceModel,
  offsetOf: (date: string) => number,
  problems: ((source: SourceRef) => ItemProblems | undefined) | undefined,
): SeanceMark {
  const last = seance.endDate && seance.endDate > seance.date ? seance.endDate : seance.date;
  const mark: SeanceMark = {
    id: seance.id,
    title: seance.title,
    date: seance.date,
    endDate: seance.endDate,
    time: seance.time,
    ...(seance.days ? { days: seance.days } : {}),
    mode: seance.mode,
    offset: offsetOf(seance.date),
    length: offsetOf(last) - offsetOf(seance.date) + 1,
    row: 0,
    source: seance.source,
  };
  const found = problems?.(seance.source);
  if (found) mark.problems = found;
  return mark;
}

function assignmentBar(
  assignment: AssignmentModel,
  axisStart: string,
  offsetOf: (date: string) => number,
  problems: ((source: SourceRef) => ItemProblems | undefined) | undefined,
): AssignmentBar | undefined {
  const dueDate = assignment.dueDate;
  if (!dueDate) return undefined;
  // Homework given at no seance starts with the programme.
  const startDate =
    assignment.startDate && assignment.startDate <= dueDate ? assignment.startDate : dueDate < axisStart ? dueDate : axisStart;
  const bar: AssignmentBar = {
    id: assignment.id,
    title: assignment.title,
    given: assignment.given,
    due: assignment.due,
    startDate,
    dueDate,
    offset: offsetOf(startDate),
    length: offsetOf(dueDate) - offsetOf(startDate) + 1,
    row: 0,
    source: assignment.source,
  };
  const found = problems?.(assignment.source);
  if (found) bar.problems = found;
  return bar;
}

/**
 * Gives each item the first row where it shares no day with an earlier one; returns the rows
 * used. The rows are as many as items share one day, so for a programme this stays linear.
 */
function stackRows<T extends AssignmentBar | SeanceMark>(bars: T[], order: (a: T, b: T) => number): number {
  const rowEnds: number[] = [];
  for (const bar of [...bars].sort(order)) {
    let row = rowEnds.findIndex((end) => end < bar.offset);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = bar.offset + bar.length - 1;
    bar.row = row;
  }
  return rowEnds.length;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
