/** Where the YAML header of a Markdown file is, as offsets into the text. */
export interface FrontmatterSpan {
  /** The opening `---` line, without its line break. */
  open: { start: number; end: number };
  /** The YAML between the fences. */
  content: { start: number; end: number };
  /** The closing `---` line, or undefined when the header is never closed. */
  close?: { start: number; end: number };
}

const FENCE = /^---[ \t]*$/;

/**
 * Finds the header the way remark-frontmatter does: a `---` line at the very start and the next
 * `---` line. Only the header is scanned, so modules whose body no rule needs are never parsed
 * as Markdown (see the README's Performance section).
 */
export function findFrontmatter(text: string): FrontmatterSpan | undefined {
  const firstEnd = lineEnd(text, 0);
  if (!FENCE.test(text.slice(0, firstEnd))) return undefined;
  const open = { start: 0, end: firstEnd };
  const contentStart = nextLine(text, firstEnd);
  let lineStart = contentStart;
  while (lineStart < text.length) {
    const end = lineEnd(text, lineStart);
    if (FENCE.test(text.slice(lineStart, end))) {
      return { open, content: { start: contentStart, end: lineStart }, close: { start: lineStart, end } };
    }
    lineStart = nextLine(text, end);
  }
  return { open, content: { start: contentStart, end: text.length } };
}

function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

function nextLine(text: string, end: number): number {
  if (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) return end + 2;
  return Math.min(text.length, end + 1);
}
