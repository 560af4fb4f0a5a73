import type { LineIndex } from './lines';
import type { Problem, Range } from './types';
import type { FrontmatterSpan } from './yaml/frontmatter';

export type ModuleType = 'programme' | 'seance' | 'assignment';

export const MODULE_TYPES: readonly ModuleType[] = ['programme', 'seance', 'assignment'];

/** A value read from a module, with where it stands. */
export interface Located<T> {
  value: T;
  range: Range;
  /** The range inside the quotes, when the value is quoted: edits write there to keep them. */
  textRange?: Range;
}

/** A track as declared in a programme's `tracks`. */
export interface TrackDeclaration {
  id: Located<string>;
  title?: string;
  description?: string;
  /** The whole `- { id: ..., title: ... }` entry. */
  range: Range;
  /** The track's own learning outcomes, beside the programme's. */
  outcomes: OutcomeDeclaration[];
}

/** A learning outcome as declared in the `outcomes` of a programme or of one of its tracks. */
export interface OutcomeDeclaration {
  id: Located<string>;
  text?: string;
  bloom?: string;
  verb?: string;
  /** The track that declares it; undefined for the programme's own outcomes. */
  track?: string;
  /** The whole `- { id: ..., text: ... }` entry. */
  range: Range;
}

/** One item of a seance's agenda: `- 08:30 Title (format)`, or `- Kl 8.15: Title` and what is written under it. */
export interface AgendaItem {
  /** The day the item is on (a dated sub-heading switches days in a seance of several days). */
  date?: string;
  /** Where that day is written: the date in the sub-heading (absent for the seance's first day). */
  dateRange?: Range;
  /** The start time as HH:MM (also when it was written another way, such as `8.15`). */
  time?: Located<string>;
  /** Whether the line starts with something meant as a time, even one that is not a time of day. */
  timeWritten: boolean;
  /**
   * A time written another way than `08:30` (`Kl 8.15:`, `kl. 9`, `8.30-9.15`): where all of it is,
   * `Kl` and a colon after it included, and the canonical text that can replace it.
   */
  written?: { range: Range; canonical: string };
  /** Where a time would go when the item has none: a lone `Kl`, else an empty range before the title. */
  timeSlot?: { range: Range; clockWord: boolean };
  /** The end time, when the item gives a span (`08:30–09:00`). */
  end?: Located<string>;
  title: string;
  /** Plenum, groups, break, meal, walk, talk, exercise — when given in parentheses at the end. */
  format?: AgendaFormat;
  /** The word in parentheses at the end of the item, lower-cased, whether or not it names a format. */
  formatWord?: string;
  /** A learning type written in braces at the end of the item (`{practice}`): the word, lower-cased, and the mark as written. */
  learningType?: { word: string; written: string };
  /** What is written under the item (who talks, what the groups do), as plain text without indentation. */
  description?: string;
  /** Who speaks or leads the item: a trailing `— Procesleder`, or an `Oplægsholder: …` line under it. */
  speaker?: string;
  /** The whole list item, description included. */
  range: Range;
  /** The item's first line, from its marker: where problems about the item are shown. */
  lineRange: Range;
  /** Offsets of the list item, for edits that move it. */
  offsets: { start: number; end: number };
  /** The index of the list the item is in (items are reordered only inside their list). */
  list: number;
  /** The index of the agenda section (the heading that opens the agenda) the item is in. */
  section: number;
  /** The index in the seance's `days` of the day heading the item is under. */
  day?: number;
}

/** A sub-heading of an agenda that names a day: `### Fredag 2025-10-31`, `### Torsdag d. 30. oktober`, `### Fredag`. */
export interface AgendaDay {
  date: string;
  /** Where the day is written: the date, or the weekday when the heading names only that. */
  range: Range;
  /** The weekday the heading names beside its date, 1 Monday … 7 Sunday, and the word as written. */
  weekday?: { iso: number; word: string; range: Range; languages: readonly ('da' | 'sv' | 'en')[] };
  /** The day's own time span, when the heading gives one (`### Torsdag 2027-10-28, kl. 8–21.30`). */
  time?: { start?: Located<string>; end?: Located<string> };
}

export type AgendaFormat = 'plenum' | 'groups' | 'break' | 'meal' | 'walk' | 'talk' | 'exercise';

interface ModuleBase {
  file: string;
  id?: Located<string>;
  title?: Located<string>;
  /** The range of the opening `---` of the header. */
  headerRange: Range;
  /** The Markdown below the header, trimmed (for a seance, without its agenda sections): what participants read. */
  body?: string;
}

export interface ProgrammeModule extends ModuleBase {
  type: 'programme';
  organisation?: string;
  audience?: string;
  /** What the programme says of itself: its aims, who takes part, its website, registration, evaluation. */
  facts: ProgrammeFacts;
  language?: string;
  country?: Located<string>;
  timezone?: string;
  period?: { start?: Located<string>; end?: Located<string> };
  tracks: TrackDeclaration[];
  /** The programme's own learning outcomes (each track's are on the track). */
  outcomes: OutcomeDeclaration[];
  price?: { amount: number; currency: string; vat?: string };
  contact?: string;
}

/** What a programme says of itself beside its schedule, as written in its header. */
export interface ProgrammeFacts {
  aims?: string[];
  participants?: { count?: number; who?: string };
  website?: string;
  registration?: { opens?: string; closes?: string };
  evaluation?: {
    questions: { question: string; agree?: number; start?: number; end?: number }[];
    responseRate?: { start?: number; end?: number };
  };
}

export interface SeanceModule extends ModuleBase {
  type: 'seance';
  /** The first of the seance's tracks (`track: a`, or the first of `track: [a, b]`). */
  track?: Located<string>;
  /** The ids of the learning outcomes the seance addresses. */
  outcomes: Located<string>[];
  /** Every track the seance serves, in the order written; empty for a seance of the whole programme. */
  tracks: Located<string>[];
  /** A seance participants may skip, or one that takes place only if its condition holds. */
  optional?: boolean;
  /** The condition the seance depends on, in words. */
  condition?: string;
  /** The header has no `date` (nor `end-date`): the seance is planned but not scheduled yet. */
  undated?: boolean;
  date?: Located<string>;
  endDate?: Located<string>;
  time?: { start?: Located<string>; end?: Located<string> };
  mode?: string;
  location?: string;
  link?: string;
  facilitators: Located<string>[];
  goals: string[];
  agenda: AgendaItem[];
  /** The day headings of the agenda, in the order written. */
  days: AgendaDay[];
}

export interface AssignmentModule extends ModuleBase {
  type: 'assignment';
  track?: Located<string>;
  /** The ids of the learning outcomes the assignment lets participants practise. */
  outcomes: Located<string>[];
  given?: Located<string>;
  due?: Located<string>;
  effort?: string;
  /** Where `effort` is written, for problems about the time an assignment takes. */
  effortRange?: Range;
}

export type CourseModule = ProgrammeModule | SeanceModule | AssignmentModule;

/** Everything the checker knows about one Markdown file after reading it once. */
export interface ParsedFile {
  file: string;
  /** The text without a leading byte order mark; every range refers to it. */
  text: string;
  lines: LineIndex;
  /** Where the header is, when the file starts with one (closed or not). */
  frontmatter?: FrontmatterSpan;
  /** The course module the file holds, or undefined when it is not one. */
  module?: CourseModule;
  /** Problems found in this file alone: reading, schema and the file's own rules. */
  problems: Problem[];
}
