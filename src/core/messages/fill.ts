import { writtenDate } from '../intl';
import type { Locale, Message } from '../types';
import type { Texts } from './catalogue';

/** Quoted text longer than this (in characters, not UTF-16 units) is cut, ending in `…`. */
export const MAX_QUOTED_LENGTH = 40;

/**
 * Puts a message into words in a language, with the texts that `lookup` finds (the whole
 * catalogue, or one area of it for a shell that needs no more). Unknown keys are returned as they
 * are. An argument quoted alone in backticks is what the user wrote (a value, a key, an id): a long
 * one is cut, so that a pasted page in a date does not become a page-long message.
 */
export function formatWith(lookup: (key: string) => Texts | undefined, message: Message, locale: Locale): string {
  const texts = lookup(message.key);
  const template = texts ? texts[locale] : message.key;
  return template.replace(/(`?)\{(\w+)\}(`?)/g, (whole, open: string, name: string, close: string) => {
    const value = message.args?.[name];
    if (value === undefined) return whole;
    const text =
      typeof value !== 'object' ? String(value) : 'day' in value ? writtenDate(locale, value.day) : formatWith(lookup, value, locale);
    return open && close ? `\`${shorten(text)}\`` : `${open}${text}${close}`;
  });
}

function shorten(text: string): string {
  if (text.length <= MAX_QUOTED_LENGTH) return text;
  const characters = Array.from(text);
  return characters.length <= MAX_QUOTED_LENGTH ? text : `${characters.slice(0, MAX_QUOTED_LENGTH - 1).join('')}…`;
}
