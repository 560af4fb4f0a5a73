import { rules } from './rules';
import type { CodeInfo, Severity } from './types';

/** Codes reported while reading a file and checking its header against the schema. */
const readingCodes: [string, Severity][] = [
  ['not-text', 'error'],
  ['empty-file', 'information'],
  ['frontmatter-unterminated', 'error'],
  ['yaml-syntax', 'error'],
  ['duplicate-key', 'error'],
  ['missing-key', 'error'],
  ['unknown-key', 'warning'],
  ['wrong-type', 'error'],
  ['invalid-value', 'error'],
  ['invalid-date', 'error'],
  ['invalid-time', 'error'],
];

/** Every problem code the checker can report, with its default severity and description. */
export const problemCodes: readonly CodeInfo[] = [
  ...readingCodes.map(([code, severity]) => ({ code, severity, description: `describe.${code}` })),
  ...rules.map((rule) => ({ code: rule.code, severity: rule.severity, description: `describe.${rule.code}` })),
];
