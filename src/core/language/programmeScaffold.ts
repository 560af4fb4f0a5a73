import { posix } from 'node:path';
import { addDays, isoWeekday } from '../dates';
import { formatMessage } from '../messages';
import type { Locale } from '../types';

// Kept apart from scaffold.ts, which needs the holiday data: the extension creates a programme
// without loading it (see the README's bundle sizes).

/** A new module: where it goes and its text. */
export interface Scaffold {
  file: string;
  text: string;
}

/**
 * A file-name and id friendly form of a title: `Feedback i ledelseskæden` → `feedback-i-ledelseskaeden`.
 * Danish and Norwegian spell æ, ø, å out as ae, oe, aa; Swedish drops the marks (å → a).
 */
export function slug(title: string, language?: string): string {
  const lower = title.toLowerCase();
  const spelled = language === 'sv' || language === 'fi' ? lower : lower.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
  return spelled
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '') || 'module';
}

/** A new programme's `programme.md`: half a year from the next Monday, one track to rename. */
export function scaffoldProgramme(options: { title: string; language: Locale; today: string }): Scaffold {
  const t = (key: string): string => formatMessage({ key: `scaffold.${key}` }, options.language);
  let start = addDays(options.today, 1);
  while (isoWeekday(start) !== 1) start = addDays(start, 1);
  const end = addDays(start, 7 * 26 - 3);
  const id = slug(options.title, options.language);
  return {
    file: posix.join(id, 'programme.md'),
    text:
      `---\ntype: programme\nid: ${id}\ntitle: ${yamlText(options.title)}\nlanguage: ${options.language}\n` +
      `period: { start: ${start}, end: ${end} }\ntracks:\n  - { id: ${slug(t('first-track'), options.language)}, title: ${t('first-track')} }\n---\n` +
      `## ${t('purpose')}\n\n## ${t('audience')}\n`,
  };
}

export /** A title as a YAML value: plain when that is safe, else in double quotes. */
function yamlText(text: string): string {
  return /^[\p{L}\p{N}][^:#\n"'{}[\],&*!|>%@`]*$/u.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}
