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

/** A day that is no public holiday but that most people have off, by what it is. */
export type DayOffKind = 'christmas-eve' | 'new-years-eve' | 'midsummer-eve' | 'constitution-day';

/** A day off in practice: which day, and from what time on when only the rest of the day is off. */
export interface DayOff {
  kind: DayOffKind;
  /** Off from this time (hours:minutes); absent when the whole day is off. */
  from?: string;
}

const BANK_DAY_KINDS: Record<string, DayOffKind> = { '12-24': 'christmas-eve', '12-31': 'new-years-eve' };

/**
 * Denmark's days off in practice, by hand: date-holidays 3.37 marks Juleaftensdag and Grundlovsdag
 * only as `observance`, together with days that are no day off at all (Fastelavn, Mors Dag), and
 * has no Nytårsaftensdag. Grundlovsdag is a half day: most agreements give the afternoon off, from
 * 12:00 (the state's circular on days off, cirkulære om fridage, and most municipal agreements).
 */
const DANISH_DAYS_OFF: Record<string, DayOff> = {
  '06-05': { kind: 'constitution-day', from: '12:00' },
  '12-24': { kind: 'christmas-eve' },
  '12-31': { kind: 'new-years-eve' },
};

const daysOffCache = new Map<string, Map<string, DayOff>>();

/**
 * The day off in practice on a date in a country, or undefined. Sweden, Finland and Norway from
 * date-holidays, whose `bank` days there are exactly these (3.37: SE and FI midsommarafton,
 * julafton, nyårsafton; NO julaften, and nyttårsaften from 14:00); Denmark from a short list of
 * its own (see DANISH_DAYS_OFF). Sweden's `optional` half days (trettondagsafton,
 * valborgsmässoafton, allhelgonaafton) are left out: many work them in full.
 */
export function dayOff(country: string, date: string): DayOff | undefined {
  if (country === 'DK') return DANISH_DAYS_OFF[date.slice(5)];
  const year = date.slice(0, 4);
  const key = `${country}:${year}`;
  let days = daysOffCache.get(key);
  if (!days) {
    days = new Map();
    if (LANGUAGES[country]) {
      for (const holiday of new Holidays(country, { types: ['bank'] }).getHolidays(Number(year))) {
        if (holiday.type !== 'bank') continue;
        const day = holiday.date.slice(0, 10);
        const kind = BANK_DAY_KINDS[day.slice(5)] ?? (day.slice(5, 7) === '06' ? 'midsummer-eve' : undefined);
        if (!kind) continue;
        const from = holiday.date.slice(11, 16);
        days.set(day, from && from !== '00:00' ? { kind, from } : { kind });
      }
    }
    daysOffCache.set(key, days);
  }
  return days.get(date);
}
