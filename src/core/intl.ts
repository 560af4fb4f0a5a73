/**
 * Dates and times in words, in a programme's language, through Intl (no date library): the one
 * place that says how a date looks, shared by the exports and the timeline webview (which bundles
 * this module, so it imports nothing but dates.ts).
 */
import { isIsoDate } from './dates';
import type { Locale } from './types';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A cached Intl date format for calendar days: days are formatted at UTC midnight (see
 * `dayInstant`), so that no time zone shifts the day.
 */
export function dayFormat(
  language: string,
  options: Pick<Intl.DateTimeFormatOptions, 'weekday' | 'day' | 'month' | 'year'>,
): Intl.DateTimeFormat {
  // The four fields, not JSON.stringify: the timeline formats dates for each of hundreds of items.
  const key = `${language}|${options.weekday}|${options.day}|${options.month}|${options.year}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    formats.set(key, found);
  }
  return found;
}

/** The instant of a date's UTC midnight (NaN for a malformed date). */
export function dayInstant(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

const supported = new Map<string, boolean>();

/** The language of dates: the programme's language when Intl knows it (`nb`, `fi` too), else the fallback. */
export function dateLanguage(language: string | undefined, fallback: Locale): string {
  if (!language) return fallback;
  let ok = supported.get(language);
  if (ok === undefined) {
    try {
      ok = Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0;
    } catch {
      // Not a well-formed language tag: dates follow the fallback.
      ok = false;
    }
    supported.set(language, ok);
  }
  return ok ? language : fallback;
}

/** "torsdag 30. oktober 2025"; a date that is not a real date is shown as written. */
export function longDate(language: string, date: string): string {
  return isIsoDate(date)
    ? dayFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(dayInstant(date))
    : date;
}

/**
 * A date as people write it inside a sentence, in an interface language: "Thursday 30 October 2014",
 * "torsdag den 30. oktober 2014", "torsdag 30 oktober 2014". Built from Intl's names of the weekday
 * and month, not from its pattern: Node's ICU writes English the American way ("Thursday, October
 * 30, 2014"), and the Danish "den" depends on the ICU version. A date that is not a real date is
 * shown as written.
 */
export function writtenDate(locale: Locale, date: string): string {
  if (!isIsoDate(date)) return date;
  const parts = dayFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(dayInstant(date));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const [weekday, day, month, year] = [part('weekday'), String(Number(date.slice(8, 10))), part('month'), part('year')];
  if (locale === 'da') return `${weekday} den ${day}. ${month} ${year}`;
  return `${weekday} ${day} ${month} ${year}`;
}

/** "30. okt. 2025". */
export function shortDate(language: string, date: string): string {
  return isIsoDate(date) ? dayFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }).format(dayInstant(date)) : date;
}

/** "30. okt.", for keys where the year is plain from the context. */
export function dayMonth(language: string, date: string): string {
  return isIsoDate(date) ? dayFormat(language, { day: 'numeric', month: 'short' }).format(dayInstant(date)) : date;
}

/** "tors." */
export function weekdayName(language: string, date: string): string {
  return dayFormat(language, { weekday: 'short' }).format(dayInstant(date));
}

/** "oktober 2025" in full, "oktober" long, "okt." short. */
export function monthName(language: string, year: number, month: number, width: 'full' | 'long' | 'short' = 'full'): string {
  const options: Intl.DateTimeFormatOptions = width === 'full' ? { month: 'long', year: 'numeric' } : { month: width };
  return dayFormat(language, options).format(Date.UTC(year, month - 1, 1));
}

/** "11. jan. 2027 – 25. jun. 2027", one date, or '' for none. */
export function dateSpan(language: string, start: string | undefined, end: string | undefined, long = false): string {
  const show = long ? longDate : shortDate;
  if (start && end && end !== start) return `${show(language, start)} – ${show(language, end)}`;
  return start || end ? show(language, (start ?? end)!) : '';
}

/** "08:30–15:30", "08:30", or '' for no time. */
export function timeSpan(time: { start?: string; end?: string } | undefined): string {
  if (!time) return '';
  if (time.start && time.end) return `${time.start}–${time.end}`;
  return time.start ?? (time.end ? `–${time.end}` : '');
}
