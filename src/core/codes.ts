import type { Texts } from './messages/catalogue';
import type { Severity } from './types';

/**
 * Codes reported while reading a file and checking its header against the schema: they are no
 * rule, so their severities and descriptions are here (their messages are in messages/reading.ts).
 * Plain data at the bottom of the core, so that the schema and the reader can name their codes.
 */
export const readingCodes = [
  {
    code: 'not-text',
    severity: 'error',
    description: {
      en: 'The file holds bytes that are not UTF-8 text.',
      da: 'Filen indeholder bytes, der ikke er UTF-8-tekst.',
      sv: 'Filen innehåller byte som inte är UTF-8-text.',
    },
  },
  {
    code: 'empty-file',
    severity: 'information',
    description: {
      en: 'A Markdown file is empty.',
      da: 'En Markdown-fil er tom.',
      sv: 'En Markdown-fil är tom.',
    },
  },
  {
    code: 'frontmatter-unterminated',
    severity: 'error',
    description: {
      en: 'The header is opened with `---` but never closed.',
      da: 'Hovedet åbnes med `---`, men lukkes aldrig.',
      sv: 'Huvudet öppnas med `---` men stängs aldrig.',
    },
  },
  {
    code: 'yaml-syntax',
    severity: 'error',
    description: {
      en: 'The header is not valid YAML (tabs, indentation, quotes, brackets, aliases).',
      da: 'Hovedet er ikke gyldig YAML (tabulatorer, indrykning, anførselstegn, parenteser, aliasser).',
      sv: 'Huvudet är inte giltig YAML (tabbar, indrag, citattecken, parenteser, alias).',
    },
  },
  {
    code: 'duplicate-key',
    severity: 'error',
    description: {
      en: 'A key appears twice at the same level of the header.',
      da: 'En nøgle står to gange på samme niveau i hovedet.',
      sv: 'En nyckel står två gånger på samma nivå i huvudet.',
    },
  },
  {
    code: 'missing-key',
    severity: 'error',
    description: {
      en: 'A required key is missing from the header.',
      da: 'En påkrævet nøgle mangler i hovedet.',
      sv: 'En obligatorisk nyckel saknas i huvudet.',
    },
  },
  {
    code: 'unknown-key',
    severity: 'warning',
    description: {
      en: 'The header has a key the module type does not use (often a typo).',
      da: 'Hovedet har en nøgle, som modultypen ikke bruger (ofte en slåfejl).',
      sv: 'Huvudet har en nyckel som modultypen inte använder (ofta ett stavfel).',
    },
  },
  {
    code: 'wrong-type',
    severity: 'error',
    description: {
      en: 'A value has the wrong kind: text, number, list or group of keys.',
      da: 'En værdi er af den forkerte slags: tekst, tal, liste eller gruppe af nøgler.',
      sv: 'Ett värde är av fel slag: text, tal, lista eller grupp av nycklar.',
    },
  },
  {
    code: 'invalid-value',
    severity: 'error',
    description: {
      en: 'A value is not one of the allowed ones or not written the allowed way.',
      da: 'En værdi er ikke en af de tilladte eller ikke skrevet på den tilladte måde.',
      sv: 'Ett värde är inte ett av de tillåtna eller inte skrivet på det tillåtna sättet.',
    },
  },
  {
    code: 'invalid-date',
    severity: 'error',
    description: {
      en: 'A date is not a real date written year-month-day (2027-02-30 is not).',
      da: 'En dato er ikke en rigtig dato skrevet år-måned-dag (2027-02-30 er ikke).',
      sv: 'Ett datum är inte ett riktigt datum skrivet år-månad-dag (2027-02-30 är inte det).',
    },
  },
  {
    code: 'invalid-time',
    severity: 'error',
    description: {
      en: 'A time is not written hours:minutes on the 24-hour clock (8.15 becomes 08:15).',
      da: 'Et klokkeslæt er ikke skrevet timer:minutter på 24-timersuret (8.15 bliver 08:15).',
      sv: 'En tid är inte skriven timmar:minuter på 24-timmarsklockan (8.15 blir 08:15).',
    },
  },
] as const satisfies readonly { code: string; severity: Severity; description: Texts }[];

/** A code reported while reading a file or checking its header. */
export type ReadingCode = (typeof readingCodes)[number]['code'];

/**
 * The problem codes by who declares them: the reading codes here, the rules' codes added by the
 * rules layer (`declare module '../codes'` in rules/index.ts). So the code type knows every code,
 * and a misspelled one does not compile, while this layer knows no rule.
 */
export interface ProblemCodeSets {
  reading: ReadingCode;
}

/** Every problem code the checker can report: a misspelled one does not compile. */
export type ProblemCode = ProblemCodeSets[keyof ProblemCodeSets];

/** The catalogue key of a code's one-line description. */
export type DescriptionKey = `describe.${ProblemCode}`;
