import * as posix from './paths';
import { alignmentOf } from './alignment';
import { countryTimeZone } from './holidays';
import { datesBetween } from './dates';
import type { AgendaFormat, CourseModule, Located, OutcomeDeclaration, SeanceModule } from './module';
import type { ProgrammeContext } from './programme';
import { assignmentDue, daySpan, seancesById } from './schedule';
import type { Range } from './types';

/** Where an item of the model is written: a file relative to the programme folder, and a range. */
export interface SourceRef {
  file: string;
  range: Range;
}

/** A learning outcome with the seances that address it and the assignments that practise it. */
export interface OutcomeModel {
  id: string;
  text?: string;
  bloom?: string;
  verb?: string;
  /** The track that declares it; absent for the programme's own outcomes. */
  track?: string;
  /** Ids of the seances that address it. */
  seances: string[];
  /** Ids of the assignments that let the leaders practise it at work. */
  assignments: string[];
  source: SourceRef;
}

export interface TrackModel {
  id: string;
  title: string;
  description?: string;
  /** Ids of the track's own learning outcomes (also in the programme's `outcomes`, with their track); absent when none. */
  outcomes?: string[];
  source: SourceRef;
}

export interface AgendaItemModel {
  date?: string;
  time?: string;
  end?: string;
  title: string;
  format?: AgendaFormat;
  /** The word in parentheses at the end of the item, lower-cased (a format or not). */
  formatWord?: string;
  /** The learning type word written in braces at the end of the item (`{practice}`), lower-cased. */
  learningType?: string;
  /** What is written under the item: who talks, what the groups do. */
  description?: string;
  /** Who speaks or leads the item. */
  speaker?: string;
  source: SourceRef;
}

/** One day of a seance of several days, with its own time span. */
export interface SeanceDayModel {
  date: string;
  start?: string;
  end?: string;
}

export interface SeanceModel {
  id: string;
  title: string;
  /** The seance's track, the first one when it serves several. */
  track?: string;
  /** Ids of the learning outcomes the seance addresses; absent when none. */
  outcomes?: string[];
  /** Every track the seance serves, when it serves more than one. */
  tracks?: string[];
  /** A seance participants may skip, or that takes place only if `condition` holds. */
  optional?: boolean;
  condition?: string;
  /** The Markdown below the header without the agenda: purpose, preparation, practical notes. */
  body?: string;
  date: string;
  endDate?: string;
  time?: { start?: string; end?: string };
  /** Each day of a seance of several days, with its span: from its day heading, else the header's start (first day) and end (last day). */
  days?: SeanceDayModel[];
  mode?: string;
  location?: string;
  link?: string;
  facilitators: string[];
  goals: string[];
  agenda: AgendaItemModel[];
  source: SourceRef;
}

export interface AssignmentModel {
  id: string;
  title: string;
  /** The assignment's own track, else that of the seance where it is given. */
  track?: string;
  /** Ids of the learning outcomes the assignment lets the leaders practise; absent when none. */
  outcomes?: string[];
  given?: string;
  due?: string;
  /** The first day of the assignment: the day of the seance where it is given. */
  startDate?: string;
  /** The day it is due: its due date, or the day of its due seance. */
  dueDate?: string;
  effort?: string;
  /** The Markdown below the header: the task and the reflection questions. */
  body?: string;
  source: SourceRef;
}

/** A seance planned without a date yet: shown apart, left out of the calendar. */
export type UnscheduledSeanceModel = Omit<SeanceModel, 'date' | 'endDate' | 'days'>;

/** The tracks a seance (or an unscheduled one) serves: none for one of the whole programme. */
export function seanceTracks(seance: { track?: string; tracks?: string[] }): string[] {
  return seance.tracks ?? (seance.track ? [seance.track] : []);
}

/** One programme as the timeline, the exports and the CLI see it. Plain JSON. */
export interface ProgrammeModel {
  id?: string;
  title?: string;
  organisation?: string;
  audience?: string;
  language?: string;
  country?: string;
  timezone?: string;
  period?: { start?: string; end?: string };
  price?: { amount: number; currency: string; vat?: string };
  contact?: string;
  aims?: string[];
  participants?: { count?: number; who?: string };
  website?: string;
  registration?: { opens?: string; closes?: string };
  /** Evaluation results, shares in per cent. */
  evaluation?: {
    questions: { question: string; agree?: number; start?: number; end?: number }[];
    responseRate?: { start?: number; end?: number };
  };
  /** The Markdown below the programme's header: purpose, target group, price, as participants read it. */
  body?: string;
  source: SourceRef;
  tracks: TrackModel[];
  /** Every learning outcome: the programme's own, then each track's, with what serves it; absent when none. */
  outcomes?: OutcomeModel[];
  /** Seances with a date, in date and time order. */
  seances: SeanceModel[];
  /** Seances planned without a date yet, in file order; absent when there are none. */
  unscheduled?: UnscheduledSeanceModel[];
  assignments: AssignmentModel[];
}

/** Builds the model of a programme from its checked modules. */
export function buildProgrammeModel(context: ProgrammeContext): ProgrammeModel {
  const { programme, folder } = context;
  const ref = (module: CourseModule, at?: Located<string>): SourceRef => ({
    file: posix.relative(folder, module.file),
    range: (at ?? module.title ?? module.id)?.range ?? module.headerRange,
  });
  const byId = seancesById(context);
  const undated = (seance: SeanceModule): UnscheduledSeanceModel => ({
    id: seance.id?.value ?? '',
    title: seance.title?.value ?? seance.id?.value ?? '',
    track: seance.track?.value,
    ...(seance.tracks.length > 1 ? { tracks: seance.tracks.map((track) => track.value) } : {}),
    ...idsOf(seance.outcomes),
    ...(seance.optional ? { optional: true } : {}),
    ...(seance.condition ? { condition: seance.condition } : {}),
    time: seance.time?.start || seance.time?.end ? { start: seance.time.start?.value, end: seance.time.end?.value } : undefined,
    mode: seance.mode,
    location: seance.location,
    link: seance.link,
    facilitators: seance.facilitators.map((f) => f.value),
    goals: seance.goals,
    agenda: seance.agenda.map((item) => ({
      date: item.date,
      time: item.time?.value,
      end: item.end?.value,
      title: item.title,
      format: item.format,
      ...(item.formatWord !== undefined ? { formatWord: item.formatWord } : {}),
      ...(item.learningType ? { learningType: item.learningType.word } : {}),
      description: item.description,
      speaker: item.speaker,
      source: { file: posix.relative(folder, seance.file), range: item.range },
    })),
    ...(seance.body ? { body: seance.body } : {}),
    source: ref(seance),
  });
  const unscheduled = context.seances.filter((seance) => seance.undated).map(undated);
  const seances: SeanceModel[] = context.seances
    .filter((seance) => seance.date)
    .map((seance) => ({
      ...undated(seance),
      date: seance.date!.value,
      endDate: seance.endDate?.value,
      days: seanceDays(seance),
    }))
    .sort((a, b) => compare(`${a.date}T${a.time?.start ?? ''}`, `${b.date}T${b.time?.start ?? ''}`) || compare(a.id, b.id));
  const assignments: AssignmentModel[] = context.assignments.map((assignment) => {
    const given = assignment.given ? byId.get(assignment.given.value) : undefined;
    return {
      id: assignment.id?.value ?? '',
      title: assignment.title?.value ?? assignment.id?.value ?? '',
      track: assignment.track?.value ?? given?.track?.value,
      ...idsOf(assignment.outcomes),
      given: assignment.given?.value,
      due: assignment.due?.value,
      startDate: given?.date?.value,
      dueDate: assignmentDue(assignment, byId)?.date,
      effort: assignment.effort,
      ...(assignment.body ? { body: assignment.body } : {}),
      source: ref(assignment),
    };
  });
  assignments.sort((a, b) => compare(a.dueDate ?? '', b.dueDate ?? '') || compare(a.id, b.id));
  return {
    id: programme.id?.value,
    title: programme.title?.value,
    organisation: programme.organisation,
    audience: programme.audience,
    language: programme.language,
    country: context.country,
    timezone: programme.timezone ?? countryTimeZone(context.country),
    period:
      programme.period?.start || programme.period?.end
        ? { start: programme.period.start?.value, end: programme.period.end?.value }
        : undefined,
    price: programme.price,
    contact: programme.contact,
    ...programme.facts,
    ...(programme.body ? { body: programme.body } : {}),
    source: ref(programme),
    tracks: programme.tracks.map((track) => ({
      id: track.id.value,
      title: track.title ?? track.id.value,
      description: track.description,
      ...idsOf(track.outcomes.map((o) => o.id)),
      source: { file: posix.relative(folder, programme.file), range: track.range },
    })),
    ...outcomesOf(context),
    seances,
    ...(unscheduled.length > 0 ? { unscheduled } : {}),
    assignments,
  };
}

/** `outcomes` with the ids, or nothing when there are none, so that a model without outcomes is as before. */
function idsOf(ids: readonly Located<string>[]): { outcomes?: string[] } {
  return ids.length > 0 ? { outcomes: ids.map((id) => id.value) } : {};
}

function outcomesOf(context: ProgrammeContext): { outcomes?: OutcomeModel[] } {
  const file = posix.relative(context.folder, context.programme.file);
  const outcomes = [...alignmentOf(context).outcomes.values()].map(({ outcome, seances, assignments }) =>
    outcomeModel(outcome, file, seances, assignments),
  );
  return outcomes.length > 0 ? { outcomes } : {};
}

function outcomeModel(
  outcome: OutcomeDeclaration,
  file: string,
  seances: readonly CourseModule[],
  assignments: readonly CourseModule[],
): OutcomeModel {
  return {
    id: outcome.id.value,
    ...(outcome.text ? { text: outcome.text } : {}),
    ...(outcome.bloom ? { bloom: outcome.bloom } : {}),
    ...(outcome.verb ? { verb: outcome.verb } : {}),
    ...(outcome.track ? { track: outcome.track } : {}),
    seances: seances.flatMap((m) => (m.id ? [m.id.value] : [])),
    assignments: assignments.flatMap((m) => (m.id ? [m.id.value] : [])),
    source: { file, range: outcome.range },
  };
}

/** The days of a seance of several days, each with its span; undefined for a seance of one day. */
export function seanceDays(seance: SeanceModule): SeanceDayModel[] | undefined {
  const first = seance.date?.value;
  const last = seance.endDate?.value;
  if (!first || !last || last <= first) return undefined;
  return datesBetween(first, last).map((date) => {
    const span = daySpan(seance, date);
    return { date, ...(span.start ? { start: span.start.value } : {}), ...(span.end ? { end: span.end.value } : {}) };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
