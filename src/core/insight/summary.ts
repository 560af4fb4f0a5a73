import { addDays } from '../dates';
import { seanceTracks, type AssignmentModel, type ProgrammeModel, type SeanceModel } from '../model';
import { itemTimes, type ItemTime } from './durations';
import { effortMinutes } from './effort';
import { LEARNING_TYPES, type LearningType, type LearningTypeWords } from './learningTypes';
import { weekKey, weekMonday, weeksFrom } from './weeks';

/** The default limit of practice time a week beside the seances: half a day of a 37-hour working week. */
export const DEFAULT_WEEKLY_PRACTICE_LIMIT_MINUTES = 4 * 60;

/** Minutes by learning type; time whose type is unknown is `unclassified`. */
export type MinutesByType = Record<LearningType | 'unclassified', number>;

/** Time in the room and at work, in minutes. Plain JSON. */
export interface TimeSums {
  /** Minutes in the room: agenda time without breaks and meals. */
  contact: number;
  breaks: number;
  meals: number;
  /** Contact minutes by learning type. */
  byType: MinutesByType;
  /** Minutes of practice assignments at work, between seances (their `effort`). */
  practice: number;
  /** Practice at work as a share of practice and contact together, in per cent (the "70" of 70-20-10). */
  practiceShare: number;
  /** Agenda items whose time cannot be told (no time, or nothing tells when they end). */
  untimedItems: number;
  /** Assignments without an `effort` that can be read. */
  assignmentsWithoutEffort: number;
}

export interface SeanceSummary extends TimeSums {
  id: string;
  title: string;
  track?: string;
  date: string;
  endDate?: string;
}

export interface GroupSummary extends TimeSums {
  /** A track or outcome id; the empty string gathers seances and assignments without a track. */
  id: string;
  title: string;
}

export interface WeekSummary extends TimeSums {
  /** `2027-W03`. */
  week: string;
  /** The Monday of the week. */
  monday: string;
  /** Minutes a participant spends that week: seance time (contact) and practice together. */
  workload: number;
  /** Whether the practice of the week is over the weekly limit. */
  overLimit: boolean;
  /** The assignments whose effort falls in the week, with their minutes in it. */
  assignments: { id: string; minutes: number }[];
}

/** The figures of a programme's learning time, for `curriculum summary`, the hover and views. Plain JSON. */
export interface ProgrammeSummary {
  programme: { id?: string; title?: string; language?: string };
  /** The weekly limit of practice beside the seances, in minutes. */
  weeklyPracticeLimit: number;
  total: TimeSums;
  seances: SeanceSummary[];
  tracks: GroupSummary[];
  /** Per learning outcome, when the caller says which outcomes each seance and assignment serves. */
  outcomes?: GroupSummary[];
  /** Every ISO week from the first seance or assignment to the last, empty weeks included. */
  weeks: WeekSummary[];
}

export interface SummaryOptions {
  /** The organisation's own words for learning types (trusted workspaces only). */
  words?: LearningTypeWords;
  weeklyPracticeLimit?: number;
  /** The learning outcomes a seance or an assignment serves, by their ids; by default those the model states. */
  outcomesOf?: (item: { kind: 'seance'; seance: SeanceModel } | { kind: 'assignment'; assignment: AssignmentModel }) => readonly string[];
  /** Titles of the outcomes, by id; by default the model's outcome texts. */
  outcomeTitles?: ReadonlyMap<string, string>;
}

/** Running sums in exact minutes; rounded once, when they are handed out. */
class Sums {
  contact = 0;
  breaks = 0;
  meals = 0;
  practice = 0;
  untimedItems = 0;
  assignmentsWithoutEffort = 0;
  readonly byType: MinutesByType = emptyByType();

  addItems(items: readonly ItemTime[]): this {
    for (const item of items) {
      if (item.minutes === undefined) {
        this.untimedItems++;
        continue;
      }
      if (item.kind === 'break') this.breaks += item.minutes;
      else if (item.kind === 'meal') this.meals += item.minutes;
      else {
        this.contact += item.minutes;
        this.byType[item.kind] += item.minutes;
      }
    }
    return this;
  }

  done(): TimeSums {
    const byType = emptyByType();
    for (const type of Object.keys(byType) as (keyof MinutesByType)[]) byType[type] = round(this.byType[type]);
    const together = this.practice + this.contact;
    return {
      contact: round(this.contact),
      breaks: round(this.breaks),
      meals: round(this.meals),
      byType,
      practice: round(this.practice),
      practiceShare: together > 0 ? Math.round((100 * this.practice) / together) : 0,
      untimedItems: this.untimedItems,
      assignmentsWithoutEffort: this.assignmentsWithoutEffort,
    };
  }
}

function emptyByType(): MinutesByType {
  return { ...(Object.fromEntries(LEARNING_TYPES.map((type) => [type, 0])) as Record<LearningType, number>), unclassified: 0 };
}

/** Whole minutes (the sums keep fractions of spread effort until here). */
function round(minutes: number): number {
  return Math.round(minutes);
}

/** The sums of a seance's agenda items alone. */
export function seanceSums(items: readonly ItemTime[]): TimeSums {
  return new Sums().addItems(items).done();
}

/**
 * The weeks an assignment's effort is spread over, evenly, with the days they cover: from the day
 * after it is given to the day before it is due (work is done before the seance it is due at). Due
 * the day after it is given or the same day: the due day's week. Not given at a seance (homework
 * before the programme): the fortnight before it is due. No due: the week after it is given. Due
 * before it is given: none.
 */
export function practiceWeeks(assignment: Pick<AssignmentModel, 'startDate' | 'dueDate'>): string[] {
  const { startDate: given, dueDate: due } = assignment;
  // Due before it is given is assignment-due-before-given's to report; no week can be told.
  if ((!given && !due) || (given && due && due < given)) return [];
  let first = given ? addDays(given, 1) : addDays(due!, -14);
  let last = due ? addDays(due, -1) : addDays(given!, 7);
  if (last < first) first = last = due ?? given!;
  return weeksFrom(first, last);
}

/** The minutes of an assignment's effort in each ISO week (by its Monday). */
export function practiceByWeek(assignment: AssignmentModel): Map<string, number> {
  const minutes = effortMinutes(assignment.effort);
  const weeks = practiceWeeks(assignment);
  const spread = new Map<string, number>();
  if (minutes === undefined || weeks.length === 0) return spread;
  for (const monday of weeks) spread.set(monday, minutes / weeks.length);
  return spread;
}

/** The grouping by outcome that the model itself states: each module's `outcomes`, titled by the outcome's text. */
function modelOutcomes(model: ProgrammeModel): Pick<SummaryOptions, 'outcomesOf' | 'outcomeTitles'> {
  return {
    outcomesOf: (item) => (item.kind === 'seance' ? item.seance.outcomes : item.assignment.outcomes) ?? [],
    outcomeTitles: new Map((model.outcomes ?? []).map((outcome) => [outcome.id, outcome.text ?? outcome.id])),
  };
}

/** Sums a programme's time: per seance, track, outcome, ISO week and in all. */
export function summariseProgramme(model: ProgrammeModel, given: SummaryOptions = {}): ProgrammeSummary {
  const options = model.outcomes && !given.outcomesOf ? { ...modelOutcomes(model), ...given } : given;
  const words = options.words ?? {};
  const limit = options.weeklyPracticeLimit ?? DEFAULT_WEEKLY_PRACTICE_LIMIT_MINUTES;
  const total = new Sums();
  const tracks = new Map<string, Sums>(model.tracks.map((track) => [track.id, new Sums()]));
  const outcomes = new Map<string, Sums>();
  const weeks = new Map<string, { sums: Sums; assignments: { id: string; minutes: number }[] }>();
  const week = (monday: string) => {
    let found = weeks.get(monday);
    if (!found) weeks.set(monday, (found = { sums: new Sums(), assignments: [] }));
    return found;
  };
  const group = (map: Map<string, Sums>, id: string): Sums => {
    let found = map.get(id);
    if (!found) map.set(id, (found = new Sums()));
    return found;
  };
  const seances = model.seances.map((seance): SeanceSummary => {
    const items = itemTimes(seance, words);
    const own = new Sums().addItems(items);
    total.addItems(items);
    // A seance of several tracks (a theme day on all four) counts in each of them.
    for (const track of seanceTracks(seance).length > 0 ? seanceTracks(seance) : ['']) group(tracks, track).addItems(items);
    for (const outcome of options.outcomesOf?.({ kind: 'seance', seance }) ?? []) group(outcomes, outcome).addItems(items);
    for (const item of items) week(weekMonday(item.date)).sums.addItems([item]);
    return {
      id: seance.id,
      title: seance.title,
      ...(seance.track ? { track: seance.track } : {}),
      date: seance.date,
      ...(seance.endDate ? { endDate: seance.endDate } : {}),
      ...own.done(),
    };
  });
  for (const assignment of model.assignments) {
    const minutes = effortMinutes(assignment.effort);
    const targets = [total, group(tracks, assignment.track ?? '')];
    for (const outcome of options.outcomesOf?.({ kind: 'assignment', assignment }) ?? []) targets.push(group(outcomes, outcome));
    for (const sums of targets) {
      if (minutes === undefined) sums.assignmentsWithoutEffort++;
      else sums.practice += minutes;
    }
    for (const [monday, share] of practiceByWeek(assignment)) {
      const found = week(monday);
      found.sums.practice += share;
      found.assignments.push({ id: assignment.id, minutes: round(share) });
    }
  }
  const trackTitle = new Map(model.tracks.map((track) => [track.id, track.title]));
  const mondays = [...weeks.keys()].sort();
  const allWeeks = mondays.length === 0 ? [] : weeksFrom(mondays[0]!, mondays[mondays.length - 1]!);
  return {
    programme: { id: model.id, title: model.title, language: model.language },
    weeklyPracticeLimit: limit,
    total: total.done(),
    seances,
    tracks: [...tracks]
      .filter(([id, sums]) => id !== '' || sums.contact + sums.practice + sums.untimedItems + sums.breaks + sums.meals > 0)
      .map(([id, sums]) => ({ id, title: trackTitle.get(id) ?? id, ...sums.done() })),
    ...(options.outcomesOf
      ? {
          outcomes: [...outcomes]
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([id, sums]) => ({ id, title: options.outcomeTitles?.get(id) ?? id, ...sums.done() })),
        }
      : {}),
    weeks: allWeeks.map((monday) => {
      const found = weeks.get(monday) ?? { sums: new Sums(), assignments: [] };
      const sums = found.sums.done();
      return {
        week: weekKey(monday),
        monday,
        ...sums,
        workload: round(found.sums.contact + found.sums.practice),
        overLimit: found.sums.practice > limit,
        assignments: found.assignments,
      };
    }),
  };
}
