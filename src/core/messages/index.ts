import type { Locale, Message } from '../types';
import type { Catalogue } from './catalogue';
import { readingMessages } from './reading';
import { ruleMessages } from './rules';
import { codeDescriptions } from './descriptions';
import { cliMessages } from './cli';
import { editorMessages } from './editor';
import { words } from './words';
import { exportMessages } from './export';

/**
 * Every user-facing text of the core, in English, Danish and Swedish: one catalogue, kept in one
 * file per area. `{name}` is replaced by the argument `name`; an argument that is itself a
 * message is put into words first, in the same language.
 */
const areas: readonly Catalogue[] = [readingMessages, ruleMessages, codeDescriptions, cliMessages, editorMessages, words, exportMessages];
const catalogue: Catalogue = Object.assign({}, ...areas);

/** How many keys the areas hold together: more than the catalogue has means a key is in two areas. */
export const AREA_KEY_COUNT = areas.reduce((sum, area) => sum + Object.keys(area).length, 0);

/** Whether the catalogue has a message. */
export function hasMessage(key: string): boolean {
  return key in catalogue;
}

/** Every key of the catalogue. */
export function messageKeys(): string[] {
  return Object.keys(catalogue);
}

/** Puts a message into words in a language. Unknown keys are returned as they are. */
export function formatMessage(message: Message, locale: Locale = 'en'): string {
  const texts = catalogue[message.key];
  const template = texts ? texts[locale] : message.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.args?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? formatMessage(value, locale) : String(value);
  });
}
