import { readingCodes, type DescriptionKey } from '../codes';
import type { Texts } from '../messages/catalogue';
import type { CodeInfo } from '../types';
import { rules } from '.';

/** Every problem code the checker can report, with its default severity and description. */
export const problemCodes: readonly CodeInfo[] = [...readingCodes, ...rules].map((info) => ({
  code: info.code,
  severity: info.severity,
  description: `describe.${info.code}` as const,
}));

/** The one-line descriptions of the codes, in the catalogue under `describe.<code>`. */
export const codeDescriptions = Object.fromEntries(
  [...readingCodes, ...rules].map((info) => [`describe.${info.code}`, info.description]),
) as Readonly<Record<DescriptionKey, Texts>>;
