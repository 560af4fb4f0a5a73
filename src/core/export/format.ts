/** Words and dates of the exports, in the programme's language (dates in words are in ../intl.ts, shared with the webview). */
import { isTimeOfDay } from '../dates';
import { formatMessage, hasMessage } from '../catalogue';
import type { MessageKey } from '../messages';
import type { ProgrammeModel } from '../model';
import type { AgendaFormat } from '../module';
import { localeOf, type Locale, type Message } from '../types';
import { dateLanguage } from '../intl';

export { dateSpan, dayMonth, longDate, monthName, shortDate, timeSpan } from '../intl';

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
  const locale: Locale = asked ?? localeOf(model.language);
  return { locale, dates: dateLanguage(model.language, locale), say: (key, args) => formatMessage({ key, args }, locale) };
}

/** "08:30" when a time is a real time of day (the model keeps what is written, even `8.15`). */
export function validTime(time: string | undefined): string | undefined {
  return time !== undefined && isTimeOfDay(time) ? time : undefined;
}

/**
 * A link a reader may follow: an `https:` or `http:` address written as one (no space or control
 * character anywhere, so nothing that URL parsing would silently drop), as URL normalises it; else
 * undefined. The checker reports any other link; the exports use this all the same, so that a
 * `javascript:` or `file:` link that reaches them is never written as a link.
 */
export function webAddress(link: string | undefined): string | undefined {
  // eslint-disable-next-line no-control-regex
  if (!link || !/^https?:\/\/[^\s\u0000-\u001F\u007F]+$/iu.test(link)) return undefined;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** "150,00 €" per participant with its VAT, in words. */
export function priceText(language: ExportLanguage, price: NonNullable<ProgrammeModel['price']>): string {
  let amount: string;
  try {
    amount = new Intl.NumberFormat(language.dates, { style: 'currency', currency: price.currency }).format(price.amount);
  } catch {
    amount = `${price.amount} ${price.currency}`;
  }
  const key =
    price.vat === 'excluded' ? 'export.price-excluded' : price.vat === 'included' ? 'export.price-included' : 'export.price-plain';
  return language.say(key, { amount });
}

/** An agenda item's format in words ("grupper"), or '' for none. */
export function formatName(language: ExportLanguage, format: AgendaFormat | undefined): string {
  return format ? language.say(`format.${format}`) : '';
}

/** A seance's mode in words, or '' for none (an unknown mode is shown as written). */
export function modeName(language: ExportLanguage, mode: string | undefined): string {
  if (!mode) return '';
  const key = `mode.${mode}`;
  return hasMessage(key) ? language.say(key) : mode;
}
