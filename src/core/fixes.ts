import type { Fix, Range } from './types';

/** A fix that replaces the text of a range. */
export function replaceFix(file: string, range: Range, text: string): Fix {
  return { title: { key: 'fix.replace', args: { text } }, edits: [{ file, range, newText: text }] };
}

/** The `fixes` property of a report: present only when there is a fix. */
export function fixesOf(fix: Fix | undefined): { fixes?: Fix[] } {
  return fix ? { fixes: [fix] } : {};
}
