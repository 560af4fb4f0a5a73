import type { Range } from '../../../src/core';

/**
 * Applies LSP text edits to a text. Written apart from the checker's own LineIndex so that a
 * mistake there cannot hide here: lines end at \n, \r\n or a lone \r (as in LSP), and a character
 * past a line's end is an error rather than clamped.
 */
export function applyEdits(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\n' && text[i] !== '\r') continue;
    lines.push({ start, end: i });
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length });
  const offsetAt = ({ line, character }: { line: number; character: number }): number => {
    const found = lines[line];
    if (found === undefined) throw new Error(`line ${line} is not in the text`);
    if (character > found.end - found.start) throw new Error(`character ${character} is past the end of line ${line}`);
    return found.start + character;
  };
  const spans = edits
    .map((edit) => ({ start: offsetAt(edit.range.start), end: offsetAt(edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.end > spans[i - 1]!.start) throw new Error('edits overlap');
  }
  let out = text;
  for (const span of spans) out = out.slice(0, span.start) + span.newText + out.slice(span.end);
  return out;
}

/**
 * Applies edits to a file's bytes as an editor does: a byte order mark is not part of the text
 * the edits refer to, and is written back on save.
 */
export function applyEditsToFile(file: string, edits: readonly { range: Range; newText: string }[]): string {
  const bom = file.startsWith('\uFEFF') ? '\uFEFF' : '';
  return bom + applyEdits(file.slice(bom.length), edits);
}
