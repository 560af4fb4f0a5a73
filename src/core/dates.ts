/** Dates are ISO 8601 strings (`2027-03-11`); they compare correctly as strings. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a real calendar date written year-month-day. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** The number of days in a month of a year (February knows leap years). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** ISO weekday: 1 is Monday, 7 is Sunday (Zeller's congruence: no Date object on the hot path). */
export function isoWeekday(date: string): number {
  let year = Number(date.slice(0, 4));
  let month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (month < 3) {
    month += 12;
    year -= 1;
  }
  const h = (day + Math.floor((13 * (month + 1)) / 5) + year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400)) % 7;
  // h: 0 Saturday, 1 Sunday, 2 Monday … 6 Friday.
  return ((h + 5) % 7) + 1;
}

/** The date a number of days after (or before) another. */
export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Every date from `start` to `end`, both included. */
export function datesBetween(start: string, end: string): string[] {
  if (start >= end) return start === end ? [start] : [];
  const out: string[] = [];
  for (let d = start; d <= end && out.length < 366 * 5; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The ISO 8601 week number of a date (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(date: string): number {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + 4 - isoWeekday(date));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether a string is a time of day written HH:MM on the 24-hour clock. */
export function isTimeOfDay(value: string): boolean {
  return TIME.test(value);
}

/**
 * The HH:MM form of a time written another common way (`8.15`, `8:15`, `08.15`, `815` is not one),
 * or undefined when it is not a time of day at all.
 */
export function normaliseTime(value: string): string | undefined {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

/** Today on this machine's calendar (not UTC's, which is still yesterday after midnight in the Nordics). */
export function localToday(now = new Date()): string {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Minutes since midnight of an HH:MM time. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

const DAY_MS = 86_400_000;
/** Zone and UTC day → the zone's offset all that day, or null on a day its offset changes. */
const dayOffsets = new Map<string, number | null>();

/** Minutes a time zone is ahead of UTC at an instant (60 for Copenhagen in winter). */
function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  // Most days have one offset from start to end: ask Intl twice a day, not twice a time.
  const day = Math.floor(utcMs / DAY_MS);
  const key = `${timeZone} ${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const start = offsetAt(day * DAY_MS, timeZone);
    offset = start === offsetAt(day * DAY_MS + DAY_MS - 60_000, timeZone) ? start : null;
    dayOffsets.set(key, offset);
  }
  return offset ?? offsetAt(utcMs, timeZone);
}

function offsetAt(utcMs: number, timeZone: string): number {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    zoneFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(utcMs)).map((p) => [p.type, Number(p.value)]));
  return (Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour, parts.minute) - utcMs) / 60_000;
}

/**
 * The UTC instant of a wall-clock date and time in a time zone, as a sortable
 * `YYYY-MM-DDTHH:MMZ`. `24:00` is the end of the day. Uses the platform's time zone data (Intl).
 */
export function zonedToUtc(date: string, time: string, timeZone: string): string {
  const key = `${timeZone} ${date} ${time}`;
  let utc = utcCache.get(key);
  if (utc === undefined) {
    // Intl is slow (microseconds a call) and a workspace repeats the same dates and times often.
    if (utcCache.size > 50_000) utcCache.clear();
    utc = computeZonedToUtc(date, time, timeZone);
    utcCache.set(key, utc);
  }
  return utc;
}

const utcCache = new Map<string, string>();

function computeZonedToUtc(date: string, time: string, timeZone: string): string {
  const local = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
    Number(time.slice(0, 2)),
    Number(time.slice(3, 5)),
  );
  let utc = local;
  // The offset at the guessed instant can differ from the one at the true instant near a DST change.
  for (let i = 0; i < 2; i++) utc = local - zoneOffsetMinutes(utc, timeZone) * 60_000;
  return `${new Date(utc).toISOString().slice(0, 16)}Z`;
}
