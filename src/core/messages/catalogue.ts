import type { Locale } from '../types';

/** Texts by key, each in English, Danish and Swedish; `{name}` stands for an argument. */
export type Catalogue = Record<string, Record<Locale, string>>;
