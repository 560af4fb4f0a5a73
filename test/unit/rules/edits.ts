import type { Range } from '../../../src/core';

/**
 * Applies LSP text edits to a text. Written apart from the checker's own LineIndex so that a
 * mistake there cannot hide here: lines end at \n or \r\n, and a character past a line's end is
 * an error rather than clamped.
 */
export function applyEdits(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offsetAt = ({ line, character }: { line: number; character: number }): number => {
    const start = lineStarts[line];
    if (start === undefined) throw new Error(`line ${line} is not in the text`);
    const next = lineStarts[line + 1];
    const end = next === undefined ? text.length : text[next - 2] === '\r' ? next - 2 : next - 1;
    if (character > end - start) throw new Error(`character ${character} is past the end of line ${line}`);
    return start + character;
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
