/**
 * Times and days as Nordic programmes write them: `Kl 8.15:`, `kl. 9`, `8.30-9.15`, `9-10`;
 * `Torsdag d. 30. oktober`, `Fredag den 31. oktober`, `Fredag 31/10`, `Lördag 1 november`.
 */
import { isIsoDate, isoWeekday } from '../dates';

/** A time of day as written at the start of an agenda item, with offsets relative to the text read. */
export interface WrittenTime {
  /** The start time token (`8.15`, `9`, `08:30`) and where it begins. */
  start: { token: string; at: number };
  /** The end time token of a span (`9.15` of `8.30-9.15`). */
  end?: { token: string; at: number };
  /** The length of everything that is the time: the `Kl` before it, the span, a colon after it. */
  length: number;
  /** Whether it is written the canonical way: `08:30` or `08:30–09:15`, with nothing around it. */
  canonical: boolean;
}

const CLOCK_WORD = '(?:kl\\.?|klo\\.?|klokken|klockan)';
const TOKEN = '(\\d{1,2}(?:[:.]\\d{2})?)';
const WRITTEN_TIME = new RegExp(`^(?:(${CLOCK_WORD})[ \\t]*)?${TOKEN}(?:([ \\t]*[-–—][ \\t]*)${TOKEN})?(:?)(?=\\s|$)`, 'i');
/** "Kl" with no time after it: the item means to have a time, and the time would go there. */
const CLOCK_ALONE = new RegExp(`^${CLOCK_WORD}(?=\\s|$)`, 'i');

/**
 * Reads the time an agenda item starts with. A bare hour (`9`) counts only after `kl` or in a span
 * (`9-10`), so that `3 grupper` is not read as three o'clock.
 */
export function readWrittenTime(text: string): WrittenTime | undefined {
  const m = WRITTEN_TIME.exec(text);
  if (!m) return undefined;
  const [whole, clock, start, separator, end, colon] = m as unknown as [
    string,
    string | undefined,
    string,
    string | undefined,
    string | undefined,
    string,
  ];
  if (!clock && end === undefined && !/[:.]/.test(start)) return undefined;
  const startAt = whole.indexOf(start, clock ? clock.length : 0);
  const written: WrittenTime = {
    start: { token: start, at: startAt },
    length: whole.length,
    canonical: !clock && colon === '' && /^\d{2}:\d{2}$/.test(start) && (end === undefined || /^\d{2}:\d{2}$/.test(end)),
  };
  if (end !== undefined) written.end = { token: end, at: startAt + start.length + separator!.length };
  return written;
}

/** The length of a lone `Kl` (`kl.`, `klockan`) that an item starts with, when no time follows it. */
export function clockWordAlone(text: string): number | undefined {
  return CLOCK_ALONE.exec(text)?.[0].length;
}

/** The HH:MM form of a time token written `8`, `8.15`, `8:15` or `08:15`; undefined when it is no time of day. */
export function timeOfToken(token: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(token);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export type DayLanguage = 'da' | 'sv' | 'en';

/** Weekday names, Monday first; Norwegian (bokmål) writes them as Danish does. */
export const WEEKDAY_NAMES: Record<DayLanguage, readonly string[]> = {
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};

const WEEKDAYS = new Map<string, { iso: number; languages: DayLanguage[] }>();
for (const language of ['da', 'sv', 'en'] as const) {
  WEEKDAY_NAMES[language].forEach((name, i) => {
    const known = WEEKDAYS.get(name);
    if (known) known.languages.push(language);
    else WEEKDAYS.set(name, { iso: i + 1, languages: [language] });
  });
}

/** Month names and their usual abbreviations in Danish, Norwegian, Swedish and English. */
const MONTHS = new Map<string, number>();
(
  [
    ['januar', 'januari', 'january', 'jan'],
    ['februar', 'februari', 'february', 'feb'],
    ['marts', 'mars', 'march', 'mar'],
    ['april', 'apr'],
    ['maj', 'mai', 'may'],
    ['juni', 'june', 'jun'],
    ['juli', 'july', 'jul'],
    ['august', 'augusti', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'october', 'okt', 'oct'],
    ['november', 'nov'],
    ['december', 'desember', 'dec', 'des'],
  ] as const
).forEach((names, i) => names.forEach((name) => MONTHS.set(name, i + 1)));

/** The day a heading names, with where its parts are (offsets into the heading's text). */
export interface WrittenDay {
  /** The date, ISO; undefined when the heading names only a weekday that is not one of the seance's days. */
  date?: string;
  /** Where the date is written, or the weekday when the heading gives no date. */
  at: number;
  length: number;
  /** The weekday the heading names. */
  weekday?: { iso: number; at: number; word: string; languages: DayLanguage[] };
  /** A time span after the date (`kl. 8–21.30`, `(08:30–12:00)`): the start and end tokens. */
  time?: { start: { token: string; at: number }; end: { token: string; at: number } };
}

const LETTER = /[\p{L}\p{N}]/u;
const WORD_AT_START = /^[\p{L}]+/u;
const ISO_DATE = /(?<![\p{L}\p{N}])(\d{4})-(\d{2})-(\d{2})(?![\p{L}\p{N}])/u;
/** `30. oktober`, `d. 30. oktober`, `den 31. oktober 2014`, `1 november`, `31/10`, `31/10 2014`, `31.10.`, `31.10.2014`. */
const WRITTEN_DATE =
  /(?<![\p{L}\p{N}])(?:(\d{1,2})\.?[ \t]+(\p{L}+)\.?(?:[ \t]+(\d{4}))?(?![\p{L}\p{N}])|(\d{1,2})\/(\d{1,2})(?:[ \t/-](\d{4}))?(?![\p{N}])|(\d{1,2})\.(\d{1,2})\.(\d{4})?(?![\p{N}]))/gu;

/**
 * Reads the day of a heading under an agenda: an ISO date, a date written the Nordic way (the
 * seance's year when it has none), or a weekday alone (`### Fredag`, `### Torsdag formiddag`),
 * which is the day of the seance that has that weekday. Undefined when the heading names no day.
 */
export function readWrittenDay(title: string, seanceDays: readonly string[]): WrittenDay | undefined {
  const year = seanceDays[0]?.slice(0, 4);
  const word = WORD_AT_START.exec(title)?.[0];
  const named = word ? WEEKDAYS.get(word.toLowerCase()) : undefined;
  const weekday = named ? { iso: named.iso, at: 0, word: word!, languages: named.languages } : undefined;
  let day: WrittenDay | undefined;
  const iso = ISO_DATE.exec(title);
  if (iso && isIsoDate(iso[0])) day = { date: iso[0], at: iso.index, length: iso[0].length };
  if (!day && year) {
    for (const m of title.matchAll(WRITTEN_DATE)) {
      let date: string | undefined;
      let at = m.index;
      if (m[1] !== undefined) {
        const month = MONTHS.get(m[2]!.toLowerCase());
        if (month) date = isoOf(m[3] ?? year, month, Number(m[1]));
      } else if (m[4] !== undefined) {
        date = isoOf(m[6] ?? year, Number(m[5]), Number(m[4]));
      } else {
        date = isoOf(m[9] ?? year, Number(m[8]), Number(m[7]));
      }
      if (date) {
        // `d. 30. oktober` and `den 31.` are part of how the date is written.
        const before = /(?:\bden|\bd\.)[ \t]*$/i.exec(title.slice(0, at));
        if (before) at = before.index;
        day = { date, at, length: m.index + m[0].length - at };
        break;
      }
    }
  }
  if (!day) {
    if (!weekday || LETTER.test(title.slice(word!.length, word!.length + 1))) return undefined;
    const date = seanceDays.find((d) => isoWeekday(d) === weekday.iso);
    return { ...(date ? { date } : {}), at: 0, length: word!.length, weekday };
  }
  if (weekday) day.weekday = weekday;
  const span = readSpanAfter(title, day.at + day.length);
  if (span) day.time = span;
  return day;
}

const SPAN = new RegExp(`(?:${CLOCK_WORD}[ \\t]*)?${TOKEN}[ \\t]*[-–—][ \\t]*${TOKEN}(?![\\p{N}])`, 'iu');

function readSpanAfter(title: string, from: number): WrittenDay['time'] {
  const rest = title.slice(from);
  const m = SPAN.exec(rest);
  if (!m) return undefined;
  // The clock word has no digits, and the span ends with its end token.
  const startAt = from + m.index + m[0].search(/\d/);
  const endAt = from + m.index + m[0].length - m[2]!.length;
  return { start: { token: m[1]!, at: startAt }, end: { token: m[2]!, at: endAt } };
}

function isoOf(year: string, month: number, day: number): string | undefined {
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(date) ? date : undefined;
}

/** The name of a weekday in a language, with the first letter capitalised as `like` has it. */
export function weekdayName(iso: number, language: DayLanguage, like: string): string {
  const name = WEEKDAY_NAMES[language][iso - 1]!;
  return like[0] === like[0]!.toUpperCase() ? name[0]!.toUpperCase() + name.slice(1) : name;
}
