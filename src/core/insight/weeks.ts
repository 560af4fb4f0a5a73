import { addDays, isoWeek, isoWeekday } from '../dates';

/** The ISO week of a date as `2027-W03` (the year is the ISO week-year: that of the week's Thursday). */
export function weekKey(date: string): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  return `${thursday.slice(0, 4)}-W${String(isoWeek(date)).padStart(2, '0')}`;
}

/** The Monday of a date's ISO week. */
export function weekMonday(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The Mondays of the ISO weeks from the week of `first` to that of `last`, both included. */
export function weeksFrom(first: string, last: string): string[] {
  const mondays: string[] = [];
  for (let monday = weekMonday(first); monday <= last && mondays.length < 260; monday = addDays(monday, 7)) mondays.push(monday);
  return mondays;
}
