import type { DescriptionKey } from '../codes';
import type { cliMessages } from './cli';
import type { editorMessages } from './editor';
import type { exportMessages } from './export';
import type { readingMessages } from './reading';
import type { words } from './words';

/**
 * The catalogue keys by who declares them: the areas of this folder and the codes' descriptions
 * (`describe.<code>`) here, the rules' own messages added by the rules layer (`declare module
 * '../messages'` in rules/index.ts). So the key type knows every key, and a misspelled one does
 * not compile, while this layer knows no rule. The catalogue itself, with the rules' messages, is
 * assembled above the rules, in ../catalogue.ts.
 */
export interface MessageKeySets {
  areas:
    | keyof typeof readingMessages
    | keyof typeof cliMessages
    | keyof typeof editorMessages
    | keyof typeof words
    | keyof typeof exportMessages;
  descriptions: DescriptionKey;
}

/** Every key of the catalogue, as a type: a misspelled key does not compile. */
export type MessageKey = MessageKeySets[keyof MessageKeySets];
