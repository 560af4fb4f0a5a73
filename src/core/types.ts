import type { DescriptionKey, ProblemCode } from './codes';
import type { MessageKey } from './messages';

/** A position in a document: 0-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

/** A range in a document, end exclusive, as in LSP. */
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type Locale = 'en' | 'da' | 'sv';

export const LOCALES: readonly Locale[] = ['en', 'da', 'sv'];

/** The interface language for a language tag (`da`, `sv-FI`, `en-US`, a LANG value): English unless Danish or Swedish. */
export function localeOf(tag: string | undefined): Locale {
  const language = (tag ?? '').slice(0, 2).toLowerCase();
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'en';
}

/** A message before it is put into words: a catalogue key and its arguments. */
export interface Message {
  key: MessageKey;
  args?: Record<string, string | number | Message | DayArg>;
}

/** A date in a message, put into words as people write it in the message's language (see `writtenDate`). */
export interface DayArg {
  /** The date, year-month-day. */
  day: string;
}

/** A date for a message's argument, written out in the message's language. */
export function dayArg(date: string): DayArg {
  return { day: date };
}

/** A text replacement in one document. */
export interface TextEdit {
  file: string;
  range: Range;
  newText: string;
}

/** A way to mend a problem, as one or more edits. */
export interface Fix {
  title: Message;
  edits: TextEdit[];
}

/** Something wrong in a module, at an exact place. */
export interface Problem {
  file: string;
  code: ProblemCode;
  severity: Severity;
  range: Range;
  message: Message;
  fixes?: Fix[];
}

/** Describes one problem code for `curriculum rules` and the README. */
export interface CodeInfo {
  code: ProblemCode;
  severity: Severity;
  /** Catalogue key of the one-line description. */
  description: DescriptionKey;
}
