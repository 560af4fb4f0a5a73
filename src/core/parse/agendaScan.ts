/**
 * The line scan of a seance's body: finds the agenda sections without a Markdown parse and reads
 * the plain ones line by line; what it cannot read with certainty is left to the parser.
 */
import type { Heading } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { AgendaWalk } from './agenda';

export const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Headings that open an agenda, in English, Danish and Swedish: the heading starts with one of
 * these words ("Program for dagen" does, "Programmets baggrund" does not).
 */
export const AGENDA_HEADINGS =
  /^(agenda|agendaen|program|programme|programmet|dagsorden|dagsordenen|dagordning|dagordningen|dagens program|tidsplan|tidsplanen|schema|schemat)(?![\p{L}\p{N}])/iu;

/** Where a list item and the text it starts with are, as offsets into the file. */
export interface ItemSpan {
  start: number;
  end: number;
  /** The first line of its text: the item's first block, up to the end of that line. */
  contentStart: number;
  contentEnd: number;
}

/** A line that the scan cannot place without a full parse: it may belong to an HTML block, a list item or a setext heading. */
const UNCERTAIN_LINE = /^(?: {1,3}(?:#{1,6}(?:[ \t]|$)|`{3}|~{3})|[ ]{0,3}<)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const ATX = /^(#{1,6})(?:[ \t]+|$)(.*)$/;
/** Inline markup that makes a heading's text differ from its source. */
const INLINE_MARKUP = /[\\`*_[\]<>&!]/;

/** The lines of `text` from `start` to `end`, each without its line break, with its offset. */
function* linesBetween(text: string, start: number, end: number): Generator<{ line: string; offset: number }> {
  for (let offset = start; offset < end;) {
    const newline = text.indexOf('\n', offset);
    const next = newline < 0 || newline >= end ? end : newline + 1;
    let lineEnd = newline < 0 || newline >= end ? end : newline;
    if (text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    yield { line: text.slice(offset, lineEnd), offset };
    offset = next;
  }
}

/** The text of an ATX heading line, as a Markdown parse reads it. */
function atxTitle(line: string, atx: RegExpExecArray): string {
  const raw = atx[2]!.replace(/(?:^|[ \t]+)#+[ \t]*$/, '').trim();
  return INLINE_MARKUP.test(raw) ? lineHeadingText(line) : raw;
}

/**
 * The spans of the agenda sections of a body, each from its heading to the next heading of the
 * same or a higher level; undefined when the body needs a full parse to be read right.
 */
export function agendaSections(text: string, bodyStart: number): { start: number; end: number }[] | undefined {
  if (text.indexOf('\r', bodyStart) >= 0 && /\r(?!\n)/.test(text.slice(bodyStart))) return undefined;
  const headings: { offset: number; depth: number; title: string }[] = [];
  let fence: { char: string; length: number } | undefined;
  let previousBlank = true;
  for (const { line, offset: start } of linesBetween(text, bodyStart, text.length)) {
    const blank = line.trim() === '';
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1]![0] === fence.char && m[1]!.length >= fence.length && m[2]!.trim() === '') fence = undefined;
      else if (/^ {1,3}(`{3}|~{3})/.test(line)) return undefined;
    } else if (UNCERTAIN_LINE.test(line) || (!previousBlank && SETEXT_UNDERLINE.test(line))) {
      return undefined;
    } else {
      const open = FENCE.exec(line);
      if (open) {
        if (open[1]![0] === '`' && open[2]!.includes('`')) return undefined;
        fence = { char: open[1]![0]!, length: open[1]!.length };
      } else {
        const atx = ATX.exec(line);
        if (atx) headings.push({ offset: start, depth: atx[1]!.length, title: atxTitle(line, atx) });
      }
    }
    previousBlank = blank || ATX.test(line);
  }
  const sections: { start: number; end: number }[] = [];
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i]!;
    if (!AGENDA_HEADINGS.test(heading.title)) continue;
    let j = i + 1;
    while (j < headings.length && headings[j]!.depth > heading.depth) j++;
    sections.push({ start: heading.offset, end: j < headings.length ? headings[j]!.offset : text.length });
    i = j - 1;
  }
  return sections;
}

const BULLET_ITEM = /^([-*+])( {1,4})(\S.*)$/;
const ORDERED_ITEM = /^(\d{1,9})([.)])( {1,4})(\S.*)$/;
/** A list marker the two patterns above do not read: an empty item, a tab, indented code. */
const OTHER_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** Item text that opens a block of its own (a heading, a quote, a nested list, code). */
const BLOCK_IN_ITEM = /^(?:#{1,6}(?:[ \t]|$)|>|`{3}|~{3}|<|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|([-*_])(?:[ \t]*\1){2,}[ \t]*$)/;

/**
 * Reads an agenda section written the usual way — headings, paragraphs and lists of one-line
 * items, all at the left margin — line by line, as CommonMark would. Returns false, having read
 * nothing, when a line needs the Markdown parser (indented or continued items, quotes, code,
 * setext headings, thematic breaks).
 */
export function readPlainSection(text: string, start: number, end: number, walk: AgendaWalk): boolean {
  type Event = { heading: { depth: number; title: string; offset: number } } | { list: ItemSpan[] };
  const events: Event[] = [];
  let list: { marker: string; spans: ItemSpan[] } | undefined;
  let previous: 'blank' | 'heading' | 'item' | 'paragraph' = 'blank';
  // The item whose text may go on in indented lines below it, over blank lines too.
  let open: ItemSpan | undefined;
  for (const { line, offset: here } of linesBetween(text, start, end)) {
    if (line.trim() === '') {
      previous = 'blank';
      continue;
    }
    if (open && line[0] === ' ') {
      if (!readTextUnderItem(line, open, previous === 'item')) return false;
      open.end = here + line.length;
      previous = 'item';
      continue;
    }
    open = undefined;
    const atx = ATX.exec(line);
    if (atx) {
      list = undefined;
      events.push({ heading: { depth: atx[1]!.length, title: atxTitle(line, atx), offset: here } });
      previous = 'heading';
      continue;
    }
    if (THEMATIC_BREAK.test(line) || /^[ \t>`~<]/.test(line)) return false;
    const bullet = BULLET_ITEM.exec(line);
    const ordered = bullet ? undefined : ORDERED_ITEM.exec(line);
    if (bullet || ordered) {
      const content = (bullet ? bullet[3] : ordered![4])!;
      // An ordered item breaking into a paragraph is one only when it counts from 1: leave it to the parser.
      if (BLOCK_IN_ITEM.test(content) || (ordered && previous === 'paragraph')) return false;
      const marker = bullet ? bullet[1]! : ordered![2]!;
      const contentStart = here + line.length - content.length;
      const span = { start: here, end: here + line.length, contentStart, contentEnd: here + line.length };
      open = span;
      if (list && list.marker === marker) list.spans.push(span);
      else {
        list = { marker, spans: [span] };
        events.push({ list: list.spans });
      }
      previous = 'item';
      continue;
    }
    // A line right after an item continues it; a setext underline makes the paragraph a heading.
    if (OTHER_MARKER.test(line) || previous === 'item') return false;
    if (previous === 'paragraph' && /^(?:=+|-+)[ \t]*$/.test(line)) return false;
    if (previous !== 'paragraph') list = undefined;
    previous = 'paragraph';
  }
  for (const event of events) {
    if ('heading' in event) walk.heading(event.heading.depth, event.heading.title, event.heading.offset);
    else walk.list(event.list);
  }
  return true;
}

/**
 * Whether an indented line is plain text under an item, as CommonMark reads it: a line of the
 * item's paragraph (`inParagraph`: right after it), or after a blank line a paragraph of its own,
 * indented to the item's text but not as code. A line that could open a block of its own (a list,
 * a quote, code, HTML, a heading or its underline) is not: the parser reads the section then.
 */
function readTextUnderItem(line: string, item: ItemSpan, inParagraph: boolean): boolean {
  const indent = /^ */.exec(line)![0].length;
  const rest = line.slice(indent);
  const column = item.contentStart - item.start;
  if (indent < column || (!inParagraph && indent >= column + 4) || rest.includes('\t')) return false;
  return !BLOCK_IN_ITEM.test(rest) && !SETEXT_UNDERLINE.test(rest) && !THEMATIC_BREAK.test(rest) && !/^[>`~<]/.test(rest);
}

/** The text of a heading line with inline markup, as a Markdown parse reads it. */
function lineHeadingText(line: string): string {
  const first = markdown.parse(line).children[0];
  return first?.type === 'heading' ? headingText(first) : '';
}

export function headingText(heading: Heading): string {
  let out = '';
  const visit = (node: { value?: unknown; children?: unknown[] }): void => {
    if (typeof node.value === 'string') out += node.value;
    for (const child of node.children ?? []) visit(child as { value?: unknown; children?: unknown[] });
  };
  visit(heading);
  return out.trim();
}
