import type { Locale } from '../types';

/** One text in English, Danish and Swedish; `{name}` stands for an argument. */
export type Texts = Readonly<Record<Locale, string>>;

/** Texts by key. */
export type Catalogue = Readonly<Record<string, Texts>>;
