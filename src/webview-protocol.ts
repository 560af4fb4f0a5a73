/**
 * The messages between the extension and the timeline webview, typed once and imported by both
 * sides, with validators for the side that receives them: a webview trusts nothing it is sent, and
 * the extension trusts nothing a webview says.
 */
import type { ProgrammeModel, SourceRef } from './core/model';
import type { TimelineLayout } from './core/timeline/layout';
import type { Locale } from './core/types';

/** A programme of the workspace, for the picker. */
export interface ProgrammeChoice {
  uri: string;
  title: string;
}

/** Draws a programme: sent after `ready` and again after every change (the view keeps its state). */
export interface ShowMessage {
  type: 'show';
  layout: TimelineLayout;
  model: ProgrammeModel;
  programmes: ProgrammeChoice[];
  /** The uri of the shown programme (one of `programmes`). */
  current: string;
  /** The language of the interface (VS Code's); dates follow the programme's language. */
  locale: Locale;
}

/** The cursor moved in a module: the webview marks the item written there. */
export interface HighlightMessage {
  type: 'highlight';
  /** The file relative to the programme folder (as in SourceRef) and a 0-based line. */
  source: { file: string; line: number };
}

export type ToWebview = ShowMessage | HighlightMessage;

export type FromWebview =
  /** The page has loaded and listens: send `show`. */
  | { type: 'ready' }
  /** Open the file of an item at its range. */
  | { type: 'reveal'; source: SourceRef }
  /** Show another programme. */
  | { type: 'pick'; uri: string }
  | { type: 'export'; format: 'ics' | 'html' };

// A tiny structural checker: enough to reject what would break the view, without a schema library
// in the webview bundle.
type Check = (x: unknown) => boolean;

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str: Check = (x) => typeof x === 'string';
const count: Check = (x) => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 100_000;
const num: Check = (x) => typeof x === 'number' && Number.isFinite(x);
const isoDate: Check = (x) => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);
const opt =
  (check: Check): Check =>
  (x) =>
    x === undefined || check(x);
const oneOf =
  (...values: unknown[]): Check =>
  (x) =>
    values.includes(x);
// Plain loops: a show of 500 items has some 30,000 values to check, and every() with
// Object.entries() per object took 15 ms of the webview's first render.
const list =
  (check: Check, max = 10_000): Check =>
  (x) => {
    if (!Array.isArray(x) || x.length > max) return false;
    for (let i = 0; i < x.length; i++) if (!check(x[i])) return false;
    return true;
  };
const shape = (fields: Record<string, Check>): Check => {
  const checks = Object.entries(fields);
  return (x) => {
    if (!isRecord(x)) return false;
    for (const [key, check] of checks) if (!check(x[key])) return false;
    return true;
  };
};

const severity = oneOf('error', 'warning', 'information', 'hint');
const position = shape({ line: count, character: count });
const range = shape({ start: position, end: position });
const sourceRef = shape({ file: str, range });
const timeSpan = opt(shape({ start: opt(str), end: opt(str) }));
const itemProblems = opt(shape({ severity, messages: list(str) }));

const layout = shape({
  language: opt(str),
  start: isoDate,
  end: isoDate,
  // The core caps an axis at five years.
  days: (x) => count(x) && (x as number) >= 1 && (x as number) <= 366 * 5 + 1,
  months: list(shape({ year: count, month: count, offset: count, length: count })),
  weeks: list(shape({ week: count, offset: count, length: count })),
  shaded: list(shape({ date: isoDate, offset: count, kind: oneOf('weekend', 'holiday'), name: opt(str) })),
  today: opt(count),
  lanes: list(
    shape({
      id: str,
      title: str,
      colour: count,
      seanceRows: count,
      rows: count,
      seances: list(
        shape({
          id: str,
          title: str,
          date: isoDate,
          endDate: opt(str),
          time: timeSpan,
          days: opt(list(shape({ date: isoDate, start: opt(str), end: opt(str) }), 400)),
          mode: opt(str),
          offset: count,
          length: count,
          row: count,
          source: sourceRef,
          problems: itemProblems,
          also: opt((x) => x === true),
        }),
      ),
      assignments: list(
        shape({
          id: str,
          title: str,
          given: opt(str),
          due: opt(str),
          startDate: isoDate,
          dueDate: isoDate,
          offset: count,
          length: count,
          row: count,
          source: sourceRef,
          problems: itemProblems,
        }),
      ),
    }),
    1000,
  ),
});

const model = shape({
  id: opt(str),
  title: opt(str),
  organisation: opt(str),
  audience: opt(str),
  language: opt(str),
  country: opt(str),
  timezone: opt(str),
  period: opt(shape({ start: opt(str), end: opt(str) })),
  price: opt(shape({ amount: num, currency: str, vat: opt(str) })),
  contact: opt(str),
  aims: opt(list(str)),
  participants: opt(shape({ count: opt(count), who: opt(str) })),
  website: opt(str),
  registration: opt(shape({ opens: opt(isoDate), closes: opt(isoDate) })),
  evaluation: opt(
    shape({
      questions: list(shape({ question: str, agree: opt(num), start: opt(num), end: opt(num) })),
      responseRate: opt(shape({ start: opt(num), end: opt(num) })),
    }),
  ),
  body: opt(str),
  source: sourceRef,
  tracks: list(shape({ id: str, title: str, description: opt(str), source: sourceRef })),
  seances: list(
    shape({
      id: str,
      title: str,
      track: opt(str),
      tracks: opt(list(str)),
      optional: opt((x) => typeof x === 'boolean'),
      condition: opt(str),
      body: opt(str),
      date: str,
      endDate: opt(str),
      time: timeSpan,
      days: opt(list(shape({ date: str, start: opt(str), end: opt(str) }))),
      mode: opt(str),
      location: opt(str),
      link: opt(str),
      facilitators: list(str),
      goals: list(str),
      agenda: list(
        shape({
          date: opt(str),
          time: opt(str),
          end: opt(str),
          title: str,
          format: opt(str),
          description: opt(str),
          speaker: opt(str),
          source: sourceRef,
        }),
      ),
      source: sourceRef,
    }),
  ),
  assignments: list(
    shape({
      id: str,
      title: str,
      track: opt(str),
      given: opt(str),
      due: opt(str),
      startDate: opt(str),
      dueDate: opt(str),
      effort: opt(str),
      body: opt(str),
      source: sourceRef,
    }),
  ),
  unscheduled: opt(
    list(
      shape({
        id: str,
        title: str,
        track: opt(str),
        tracks: opt(list(str)),
        optional: opt((x) => typeof x === 'boolean'),
        condition: opt(str),
        source: sourceRef,
      }),
    ),
  ),
});

const show = shape({
  type: oneOf('show'),
  layout,
  model,
  programmes: list(shape({ uri: str, title: str }), 1000),
  current: str,
  locale: oneOf('en', 'da', 'sv'),
});

const highlight = shape({ type: oneOf('highlight'), source: shape({ file: str, line: count }) });

/** Whether a message received by the webview is one the extension sends, whole and well-formed. */
export function isToWebview(x: unknown): x is ToWebview {
  if (!isRecord(x)) return false;
  if (x.type === 'show') return show(x);
  if (x.type === 'highlight') return highlight(x);
  return false;
}

/** Whether a message received by the extension is one the webview sends. */
export function isFromWebview(x: unknown): x is FromWebview {
  if (!isRecord(x)) return false;
  switch (x.type) {
    case 'ready':
      return true;
    case 'reveal':
      return sourceRef(x.source);
    case 'pick':
      return str(x.uri);
    case 'export':
      return oneOf('ics', 'html')(x.format);
    default:
      return false;
  }
}
