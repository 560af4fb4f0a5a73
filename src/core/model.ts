import * as posix from './paths';
import { countryTimeZone } from './holidays';
import { datesBetween } from './dates';
import type { AgendaFormat, CourseModule, Located, SeanceModule } from './module';
import type { ProgrammeContext } from './programme';
import { assignmentDue, daySpan, seancesById } from './schedule';
import type { Range } from './types';

/** Where an item of the model is written: a file relative to the programme folder, and a range. */
export interface SourceRef {
  file: string;
  range: Range;
}

export interface TrackModel {
  id: string;
  title: string;
  description?: string;
  source: SourceRef;
}

export interface AgendaItemModel {
  date?: string;
  time?: string;
  end?: string;
  title: string;
  format?: AgendaFormat;
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
  track?: string;
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
  given?: string;
  due?: string;
  /** The first day of the assignment: the day of the seance where it is given. */
  startDate?: string;
  /** The day it is due: its due date, or the day of its due seance. */
  dueDate?: string;
  effort?: string;
  source: SourceRef;
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
  source: SourceRef;
  tracks: TrackModel[];
  /** Seances with a date, in date and time order. */
  seances: SeanceModel[];
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
  const seances: SeanceModel[] = context.seances
    .filter((seance) => seance.date)
    .map((seance) => ({
      id: seance.id?.value ?? '',
      title: seance.title?.value ?? seance.id?.value ?? '',
      track: seance.track?.value,
      date: seance.date!.value,
      endDate: seance.endDate?.value,
      time: seance.time?.start || seance.time?.end ? { start: seance.time.start?.value, end: seance.time.end?.value } : undefined,
      days: seanceDays(seance),
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
        description: item.description,
        speaker: item.speaker,
        source: { file: posix.relative(folder, seance.file), range: item.range },
      })),
      source: ref(seance),
    }))
    .sort((a, b) => compare(`${a.date}T${a.time?.start ?? ''}`, `${b.date}T${b.time?.start ?? ''}`) || compare(a.id, b.id));
  const assignments: AssignmentModel[] = context.assignments.map((assignment) => {
    const given = assignment.given ? byId.get(assignment.given.value) : undefined;
    return {
      id: assignment.id?.value ?? '',
      title: assignment.title?.value ?? assignment.id?.value ?? '',
      track: assignment.track?.value ?? given?.track?.value,
      given: assignment.given?.value,
      due: assignment.due?.value,
      startDate: given?.date?.value,
      dueDate: assignmentDue(assignment, byId)?.date,
      effort: assignment.effort,
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
    source: ref(programme),
    tracks: programme.tracks.map((track) => ({
      id: track.id.value,
      title: track.title ?? track.id.value,
      description: track.description,
      source: { file: posix.relative(folder, programme.file), range: track.range },
    })),
    seances,
    assignments,
  };
}

/** The days of a seance of several days, each with its span; undefined for a seance of one day. */
function seanceDays(seance: SeanceModule): SeanceDayModel[] | undefined {
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
