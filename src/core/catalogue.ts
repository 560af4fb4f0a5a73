import { rules } from './rules';
import { codeDescriptions } from './rules/codes';
import type { MessageKey } from './messages';
import type { Catalogue, Texts } from './messages/catalogue';
import { cliMessages } from './messages/cli';
import { editorMessages } from './messages/editor';
import { exportMessages } from './messages/export';
import { readingMessages } from './messages/reading';
import { formatWith } from './messages/fill';
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

export { MAX_QUOTED_LENGTH } from './messages/fill';

/** Puts a message into words in a language, from the whole catalogue (see formatWith). */
export function formatMessage(message: Message, locale: Locale = 'en'): string {
  return formatWith((key) => (Object.hasOwn(catalogue, key) ? catalogue[key as MessageKey] : undefined), message, locale);
}
