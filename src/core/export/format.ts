/** Words and dates of the exports, in the programme's language, through Intl (no date library). */
import { isIsoDate, isTimeOfDay } from '../dates';
import { formatMessage, type MessageKey } from '../messages';
import type { ProgrammeModel } from '../model';
import type { AgendaFormat } from '../module';
import { localeOf, type Locale, type Message } from '../types';
import { dayFormat, dayInstant } from '../intl';

/** How an export speaks: the catalogue's locale for labels, a BCP 47 tag for dates. */
export interface ExportLanguage {
  locale: Locale;
  /** The programme's language when Intl knows it (`nb`, `fi` too), else the locale. */
  dates: string;
  /** Puts a catalogue message into words in the locale. */
  say(key: MessageKey, args?: Message['args']): string;
}

/** The language of an export: asked for, else the programme's (Danish and Swedish), else English. */
export function exportLanguage(model: ProgrammeModel, asked?: Locale): ExportLanguage {
  const language = model.language;
  const locale: Locale = asked ?? localeOf(language);
  let dates: string = locale;
  if (language) {
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0) dates = language;
    } catch {
      // Not a well-formed language tag: dates follow the labels.
    }
  }
  return { locale, dates, say: (key, args) => formatMessage({ key, args }, locale) };
}

/** "torsdag 30. oktober 2025"; a date that is not a real date is shown as written. */
export function longDate(language: string, date: string): string {
  return isIsoDate(date) ? dayFormat(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(dayInstant(date)) : date;
}

/** "30. okt. 2025". */
export function shortDate(language: string, date: string): string {
  return isIsoDate(date) ? dayFormat(language, { day: 'numeric', month: 'short', year: 'numeric' }).format(dayInstant(date)) : date;
}

/** "30. okt.", for keys where the year is plain from the context. */
export function dayMonth(language: string, date: string): string {
  return isIsoDate(date) ? dayFormat(language, { day: 'numeric', month: 'short' }).format(dayInstant(date)) : date;
}

/** "oktober 2025", or "okt." when short. */
export function monthName(language: string, year: number, month: number, short = false): string {
  return dayFormat(language, short ? { month: 'short' } : { month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, 1));
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

/** "08:30" when a time is a real time of day (the model keeps what is written, even `8.15`). */
export function validTime(time: string | undefined): string | undefined {
  return time !== undefined && isTimeOfDay(time) ? time : undefined;
}

/** "150,00 €" per participant with its VAT, in words. */
export function priceText(language: ExportLanguage, price: NonNullable<ProgrammeModel['price']>): string {
  let amount: string;
  try {
    amount = new Intl.NumberFormat(language.dates, { style: 'currency', currency: price.currency }).format(price.amount);
  } catch {
    amount = `${price.amount} ${price.currency}`;
  }
  const key = price.vat === 'excluded' ? 'export.price-excluded' : price.vat === 'included' ? 'export.price-included' : 'export.price-plain';
  return language.say(key, { amount });
}

const FORMAT_KEYS: Record<AgendaFormat, MessageKey> = {
  plenum: 'export.format.plenum',
  groups: 'export.format.groups',
  break: 'export.format.break',
  meal: 'export.format.meal',
  walk: 'export.format.walk',
  talk: 'export.format.talk',
  exercise: 'export.format.exercise',
};

/** An agenda item's format in words ("grupper"), or '' for none. */
export function formatName(language: ExportLanguage, format: AgendaFormat | undefined): string {
  return format && FORMAT_KEYS[format] ? language.say(FORMAT_KEYS[format]) : '';
}

const MODE_KEYS: Record<string, MessageKey> = {
  onsite: 'export.mode.onsite',
  online: 'export.mode.online',
  hybrid: 'export.mode.hybrid',
};

/** A seance's mode in words, or '' for none (an unknown mode is shown as written). */
export function modeName(language: ExportLanguage, mode: string | undefined): string {
  if (!mode) return '';
  return MODE_KEYS[mode] ? language.say(MODE_KEYS[mode]) : mode;
}
