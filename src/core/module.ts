import type { LineIndex } from './lines';
import type { Problem, Range } from './types';
import type { FrontmatterSpan } from './yaml/frontmatter';
import type { Header } from './yaml/header';

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
}

/** One line of a seance's agenda: `- 08:30 Title (format)`. */
export interface AgendaItem {
  /** The day the item is on (a dated sub-heading switches days in a seance of several days). */
  date?: string;
  /** Where that day is written: the date in the sub-heading (absent for the seance's first day). */
  dateRange?: Range;
  /** The start time as HH:MM (also when it was written another way, such as `8.15`). */
  time?: Located<string>;
  /** Whether the line starts with something meant as a time, even one that is not a time of day. */
  timeWritten: boolean;
  /** The end time, when the item gives a span (`08:30–09:00`). */
  end?: Located<string>;
  title: string;
  /** Plenum, groups, break, meal, walk, talk, exercise — when given in parentheses at the end. */
  format?: AgendaFormat;
  /** The whole list item. */
  range: Range;
  /** Offsets of the list item, for edits that move it. */
  offsets: { start: number; end: number };
  /** The index of the list the item is in (items are reordered only inside their list). */
  list: number;
}

export type AgendaFormat = 'plenum' | 'groups' | 'break' | 'meal' | 'walk' | 'talk' | 'exercise';

interface ModuleBase {
  file: string;
  id?: Located<string>;
  title?: Located<string>;
  /** The range of the opening `---` of the header. */
  headerRange: Range;
}

export interface ProgrammeModule extends ModuleBase {
  type: 'programme';
  organisation?: string;
  audience?: string;
  language?: string;
  country?: Located<string>;
  timezone?: string;
  period?: { start?: Located<string>; end?: Located<string> };
  tracks: TrackDeclaration[];
  price?: { amount: number; currency: string; vat?: string };
  contact?: string;
}

export interface SeanceModule extends ModuleBase {
  type: 'seance';
  track?: Located<string>;
  date?: Located<string>;
  endDate?: Located<string>;
  time?: { start?: Located<string>; end?: Located<string> };
  mode?: string;
  location?: string;
  link?: string;
  facilitators: Located<string>[];
  goals: string[];
  agenda: AgendaItem[];
}

export interface AssignmentModule extends ModuleBase {
  type: 'assignment';
  track?: Located<string>;
  given?: Located<string>;
  due?: Located<string>;
  effort?: string;
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
  /**
   * The header as the parser read it, when it got as far as YAML: hover and completion look
   * here rather than reading the YAML again, and so see what the checker saw.
   */
  header?: Header;
  /** The course module the file holds, or undefined when it is not one. */
  module?: CourseModule;
  /** Problems found in this file alone: reading, schema and the file's own rules. */
  problems: Problem[];
}
