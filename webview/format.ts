/** Dates and times in words, in the programme's language, through Intl (no date library in the page). */
import type { Locale } from '../src/core/types';
import { dayFormat, dayInstant } from '../src/core/intl';

const supported = new Map<string, boolean>();

/** A BCP 47 tag Intl accepts: the programme's language, else the interface's. */
export function dateLanguage(language: string | undefined, fallback: Locale): string {
  if (!language) return fallback;
  let ok = supported.get(language);
  if (ok === undefined) {
    try {
      ok = Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0;
    } catch {
      // Not a well-formed language tag: fall back.
      ok = false;
    }
    supported.set(language, ok);
  }
  return ok ? language : fallback;
}

/** "marts 2027", or without the year "marts", or "mar." when short. */
export function monthName(language: string, year: number, month: number, width: 'full' | 'long' | 'short' = 'full'): string {
  const options: Intl.DateTimeFormatOptions = width === 'full' ? { month: 'long', year: 'numeric' } : { month: width };
  return dayFormat(language, options).format(Date.UTC(year, month - 1, 1));
}

/** "torsdag 11. marts 2027". */
export function longDate(language: string, date: string): string {
  if (Number.isNaN(dayInstant(date))) return date;
  return dayFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(dayInstant(date));
}

/** "11. mar. 2027". */
export function shortDate(language: string, date: string): string {
  if (Number.isNaN(dayInstant(date))) return date;
  return dayFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }).format(dayInstant(date));
}

/** "tors." */
export function weekdayName(language: string, date: string): string {
  return dayFormat(language, { weekday: 'short' }).format(dayInstant(date));
}

/** "08:30–15:30", "08:30", or '' for no time. */
export function timeSpan(time: { start?: string; end?: string } | undefined): string {
  if (!time) return '';
  if (time.start && time.end) return `${time.start}–${time.end}`;
  return time.start ?? (time.end ? `–${time.end}` : '');
}

/** The date a number of days after another (ISO strings). */
export function addDays(date: string, days: number): string {
  const d = new Date(dayInstant(date));
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
