import { writtenDate } from './intl';
import { rules } from './rules';
import { codeDescriptions } from './rules/codes';
import type { MessageKey } from './messages';
import type { Catalogue, Texts } from './messages/catalogue';
import { cliMessages } from './messages/cli';
import { editorMessages } from './messages/editor';
import { exportMessages } from './messages/export';
import { readingMessages } from './messages/reading';
import { words } from './messages/words';
import type { Locale, Message } from './types';

/**
 * Every user-facing text of the core, in English, Danish and Swedish: one catalogue, kept in one
 * file per area (messages/) and, for the rules, in each rule's file, so it is assembled here,
 * above the rules. `{name}` is replaced by the argument `name`; an argument that is itself a
 * message is put into words first, in the same language.
 */
const areas: readonly Catalogue[] = [
  readingMessages,
  ...rules.map((rule) => rule.messages),
  codeDescriptions,
  cliMessages,
  editorMessages,
  words,
  exportMessages,
];
const catalogue: Readonly<Record<MessageKey, Texts>> = Object.assign({}, ...areas);

/** How many keys the areas hold together: more than the catalogue has means a key is in two areas. */
export const AREA_KEY_COUNT = areas.reduce((sum, area) => sum + Object.keys(area).length, 0);

/** Whether the catalogue has a message. */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalogue, key);
}

/** Every key of the catalogue. */
export function messageKeys(): MessageKey[] {
  return Object.keys(catalogue) as MessageKey[];
}

/** Quoted text longer than this (in characters, not UTF-16 units) is cut, ending in `…`. */
export const MAX_QUOTED_LENGTH = 40;

/**
 * Puts a message into words in a language. Unknown keys are returned as they are. An argument
 * quoted alone in backticks is what the user wrote (a value, a key, an id): a long one is cut, so
 * that a pasted page in a date does not become a page-long message.
 */
export function formatMessage(message: Message, locale: Locale = 'en'): string {
  const texts = catalogue[message.key];
  const template = texts ? texts[locale] : message.key;
  return template.replace(/(`?)\{(\w+)\}(`?)/g, (whole, open: string, name: string, close: string) => {
    const value = message.args?.[name];
    if (value === undefined) return whole;
    const text = typeof value !== 'object' ? String(value) : 'day' in value ? writtenDate(locale, value.day) : formatMessage(value, locale);
    return open && close ? `\`${shorten(text)}\`` : `${open}${text}${close}`;
  });
}

function shorten(text: string): string {
  if (text.length <= MAX_QUOTED_LENGTH) return text;
  const characters = Array.from(text);
  return characters.length <= MAX_QUOTED_LENGTH ? text : `${characters.slice(0, MAX_QUOTED_LENGTH - 1).join('')}…`;
}
