import Holidays from 'date-holidays';
import { addDays, isoWeekday } from './dates';

const LANGUAGES: Record<string, string> = { DK: 'da', SE: 'sv', FI: 'fi', NO: 'no' };
const COUNTRY_OF_LANGUAGE: Record<string, string> = { da: 'DK', sv: 'SE', fi: 'FI', nb: 'NO' };

/** The country of a programme: the one it names, or the one its language belongs to. */
export function programmeCountry(country: string | undefined, language: string | undefined): string | undefined {
  return country ?? (language ? COUNTRY_OF_LANGUAGE[language] : undefined);
}

const cache = new Map<string, Map<string, string>>();

/**
 * The name of the public holiday on a date in a country (DK, SE, FI, NO), in the programme's
 * language where the holiday data has it (else the country's), or undefined on an ordinary day. Days that are only observed (Christmas Eve in
 * Denmark, for example) do not count.
 */
export function publicHoliday(country: string, date: string, language?: string): string | undefined {
  const year = date.slice(0, 4);
  const key = `${country}:${language}:${year}`;
  let days = cache.get(key);
  if (!days) {
    days = new Map();
    const own = LANGUAGES[country];
    if (own) {
      const holidays = new Holidays(country, { languages: [own], types: ['public'] });
      const names = language === 'sv' || language === 'da' || language === 'en' ? language : own;
      for (const holiday of holidays.getHolidays(Number(year), names)) {
        if (holiday.type !== 'public') continue;
        // Two holidays can fall on one day (Norway's 17 May and Whit Monday in 2027): name both.
        const day = holiday.date.slice(0, 10);
        const before = days.get(day);
        days.set(day, before && before !== holiday.name ? `${before} / ${holiday.name}` : holiday.name);
      }
    }
    cache.set(key, days);
  }
  return days.get(date);
}

/** The time zone of a country's seances. */
export function countryTimeZone(country: string | undefined): string | undefined {
  return country ? { DK: 'Europe/Copenhagen', SE: 'Europe/Stockholm', FI: 'Europe/Helsinki', NO: 'Europe/Oslo' }[country] : undefined;
}

/** The last date a programme can have; nothing counts past it (a search would never end). */
export const LAST_DATE = '9999-12-31';

/** A date some days later, but never past {@link LAST_DATE}. */
export function dayAfter(date: string, days = 1): string {
  if (date >= LAST_DATE) return LAST_DATE;
  const next = addDays(date, days);
  return /^\d{4}-/.test(next) && next <= LAST_DATE ? next : LAST_DATE;
}

/**
 * The first day after `after` that is neither a weekend nor a public holiday of the country;
 * {@link LAST_DATE} when the calendar ends first.
 */
export function nextWorkday(after: string, country: string | undefined): string {
  let date = dayAfter(after);
  while (date < LAST_DATE && (isoWeekday(date) >= 6 || (country && publicHoliday(country, date)))) date = dayAfter(date);
  return date;
}
