import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { datesBetween } from '../dates';
import { LineIndex } from '../lines';
import type { AgendaDay, AgendaFormat, AgendaItem, Located } from '../module';
import type { Problem, Range } from '../types';
import { clockWordAlone, readWrittenDay, readWrittenTime, timeOfToken } from './nordic';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * Headings that open an agenda, in English, Danish and Swedish: the heading starts with one of
 * these words ("Program for dagen" does, "Programmets baggrund" does not).
 */
const AGENDA_HEADINGS =
  /^(agenda|agendaen|program|programme|programmet|dagsorden|dagsordenen|dagordning|dagordningen|dagens program|tidsplan|tidsplanen|schema|schemat)(?![\p{L}\p{N}])/iu;

const FORMATS: Record<string, AgendaFormat> = {};
for (const [format, words] of Object.entries({
  plenum: ['plenum', 'plenary', 'plenumsdrøftelse', 'fælles', 'gemensamt'],
  groups: ['groups', 'group', 'gruppe', 'grupper', 'gruppearbejde', 'grupp', 'grupparbete'],
  break: ['break', 'pause', 'paus', 'fika'],
  meal: ['meal', 'lunch', 'dinner', 'frokost', 'middag', 'måltid', 'måltider'],
  walk: ['walk', 'gåtur', 'promenad', 'walk and talk', 'walk & talk'],
  talk: ['talk', 'oplæg', 'foredrag', 'föredrag', 'presentation', 'lecture', 'keynote', 'interview'],
  exercise: ['exercise', 'øvelse', 'övning', 'workshop', 'case'],
} as Record<AgendaFormat, string[]>)) {
  for (const word of words) FORMATS[word] = format as AgendaFormat;
}

const TIME_LIKE = /^\d{1,2}[:.]\d{1,2}(?=\s|$)/;
/** A line under an item that says who speaks or leads it. */
const SPEAKER_LINE =
  /^(?:oplægsholder|oplaegsholder|foredragsholder|procesleder|proceslederen|facilitator|ordstyrer|ansvarlig|underviser|talare|föreläsare|föredragshållare|processledare|moderator|ansvarig|speaker|presenter|facilitated by|led by)\s*:\s*(.+)$/i;

/** The agenda of a seance, its day headings and the problems found in its times. */
export interface AgendaResult {
  items: AgendaItem[];
  days: AgendaDay[];
  problems: Problem[];
}

/**
 * Reads the agenda of a seance: the lists under a heading such as "Agenda", "Program" or
 * "Dagsorden", up to the next heading of the same level. A deeper heading naming a day
 * (`### Fredag 2025-10-31`, `### Torsdag d. 30. oktober`, `### Fredag`) starts the items of that day.
 *
 * Only the agenda sections are parsed as Markdown: a line scan of the body finds them, which keeps
 * a long seance cheap to check on every keystroke. A body the scan cannot read with certainty
 * (HTML blocks, setext headings, indented headings or fences, lone CRs) is parsed whole, and so
 * is every body when `whole` is set (the tests compare the two).
 */
export function parseAgenda(
  file: string,
  lines: LineIndex,
  firstDate: string | undefined,
  bodyStart = 0,
  whole = false,
  lastDate?: string,
): AgendaResult {
  const text = lines.text;
  const walk = new AgendaWalk(file, lines, firstDate, lastDate);
  const sections = whole ? undefined : agendaSections(text, bodyStart);
  if (sections === undefined) {
    walk.nodes((markdown.parse(text) as Root).children, 0);
  } else {
    for (const { start, end } of sections) {
      // Each section ends at a heading that closes the one before, as the whole parse would see it.
      walk.closeSection();
      if (!readPlainSection(text, start, end, walk)) walk.nodes((markdown.parse(text.slice(start, end)) as Root).children, start);
    }
  }
  return { items: walk.items, days: walk.days, problems: walk.problems };
}

/** Where a list item and the text it starts with are, as offsets into the file. */
interface ItemSpan {
  start: number;
  end: number;
  /** The first line of its text: the item's first block, up to the end of that line. */
  contentStart: number;
  contentEnd: number;
}

/** Reads headings and lists in order, keeping track of the agenda heading and the day they are under. */
class AgendaWalk {
  readonly items: AgendaItem[] = [];
  readonly days: AgendaDay[] = [];
  readonly problems: Problem[] = [];
  private depth = 0;
  private date: string | undefined;
  private dateRange: Range | undefined;
  private day: number | undefined;
  private listIndex = 0;
  private sectionIndex = -1;
  /** The seance's days, for headings that name a weekday alone (at most a fortnight of them). */
  private readonly seanceDays: string[];

  constructor(
    private readonly file: string,
    private readonly lines: LineIndex,
    private readonly firstDate: string | undefined,
    lastDate?: string,
  ) {
    this.date = firstDate;
    this.seanceDays = !firstDate ? [] : lastDate && lastDate > firstDate ? datesBetween(firstDate, lastDate).slice(0, 14) : [firstDate];
  }

  /** Leaves the agenda section the walk is in, as a heading of its level or higher does. */
  closeSection(): void {
    this.depth = 0;
  }

  /** A heading of `depth` with its text, starting at `offset`. */
  heading(depth: number, title: string, offset: number): void {
    if (this.depth > 0 && depth <= this.depth) this.depth = 0;
    if (this.depth === 0 && AGENDA_HEADINGS.test(title)) {
      this.depth = depth;
      this.sectionIndex++;
      this.date = this.firstDate;
      this.dateRange = undefined;
      this.day = undefined;
    } else if (this.depth > 0) {
      this.dayHeading(title, offset);
    }
  }

  /** A heading inside the agenda: when it names a day, the items after it are on that day. */
  private dayHeading(title: string, offset: number): void {
    const written = readWrittenDay(title, this.seanceDays);
    if (!written?.date) return;
    const { lines } = this;
    // The title is the heading's text; find it in the line to turn its offsets into the file's.
    const lineEnd = lines.lineEnd(lines.positionAt(offset).line);
    const at = lines.text.slice(offset, lineEnd).indexOf(title);
    const located = (from: number, length: number): Range | undefined =>
      at < 0 ? undefined : lines.range(offset + at + from, offset + at + from + length);
    const range = located(written.at, written.length);
    const day: AgendaDay = { date: written.date, range: range ?? lines.range(offset, lineEnd) };
    if (written.weekday && range) {
      const { iso, word, languages } = written.weekday;
      day.weekday = { iso, word, languages, range: located(written.weekday.at, word.length)! };
    }
    if (written.time && range) {
      const time = (token: { token: string; at: number }): Located<string> | undefined => {
        const tokenRange = located(token.at, token.token.length)!;
        const value = timeOfToken(token.token);
        if (!value) this.invalidTime(token.token, tokenRange);
        return value ? { value, range: tokenRange } : undefined;
      };
      day.time = { start: time(written.time.start), end: time(written.time.end) };
    }
    this.date = day.date;
    this.dateRange = day.range;
    this.day = this.days.length;
    this.days.push(day);
  }

  private invalidTime(token: string, range: Range): void {
    this.problems.push({ file: this.file, code: 'invalid-time', severity: 'error', range, message: { key: 'invalid-time.agenda', args: { value: token } } });
  }

  /** A list: its items are agenda items when it is under an agenda heading. */
  list(spans: readonly ItemSpan[]): void {
    if (this.depth === 0) return;
    const listIndex = this.listIndex++;
    for (const span of spans) this.item(span, listIndex);
  }

  /** Top-level nodes of a Markdown parse of the text from `base` on. */
  nodes(children: RootContent[], base: number): void {
    for (const node of children) {
      if (node.type === 'heading') this.heading(node.depth, headingText(node), base + (node.position?.start.offset ?? 0));
      else if (node.type === 'list') this.list(itemSpans(node, base, this.lines));
    }
  }

  private item(span: ItemSpan, listIndex: number): void {
    const { lines } = this;
    const { start, end, contentStart } = span;
    const line = lines.text.slice(contentStart, span.contentEnd);
    const item: AgendaItem = {
      title: line.trim(),
      range: lines.range(start, end),
      lineRange: lines.range(start, Math.max(span.contentEnd, contentStart)),
      offsets: { start, end },
      list: listIndex,
      section: this.sectionIndex,
      timeWritten: false,
      ...(this.date ? { date: this.date } : {}),
      ...(this.dateRange ? { dateRange: this.dateRange } : {}),
      ...(this.day !== undefined ? { day: this.day } : {}),
    };
    const written = readWrittenTime(line);
    if (written) {
      item.timeWritten = true;
      const time = (token: { token: string; at: number }): Located<string> | undefined => {
        const range = lines.range(contentStart + token.at, contentStart + token.at + token.token.length);
        const value = timeOfToken(token.token);
        if (!value) this.invalidTime(token.token, range);
        return value ? { value, range } : undefined;
      };
      const startTime = time(written.start);
      const endTime = written.end ? time(written.end) : undefined;
      if (startTime) item.time = startTime;
      if (endTime) item.end = endTime;
      if (!written.canonical && startTime && (endTime || !written.end)) {
        item.written = {
          range: lines.range(contentStart, contentStart + written.length),
          canonical: endTime ? `${startTime.value}–${endTime.value}` : startTime.value,
        };
      }
      setTitle(item, line.slice(written.length));
    } else if (TIME_LIKE.test(line)) {
      const token = TIME_LIKE.exec(line)![0];
      item.timeWritten = true;
      this.invalidTime(token, lines.range(contentStart, contentStart + token.length));
      setTitle(item, line.slice(token.length));
    } else {
      const clock = clockWordAlone(line);
      item.timeSlot = { range: lines.range(contentStart, contentStart + (clock ?? 0)), clockWord: clock !== undefined };
      if (clock !== undefined) setTitle(item, line.slice(clock));
    }
    if (span.contentEnd < end) describe(item, lines.text.slice(span.contentEnd, end));
    this.items.push(item);
  }
}

/**
 * Gives an item what is written under its first line, without indentation; an `Oplægsholder: …`
 * line among it names who speaks.
 */
function describe(item: AgendaItem, under: string): void {
  const kept: string[] = [];
  for (const raw of under.split(/\r\n?|\n/)) {
    const line = raw.trim();
    const speaker = SPEAKER_LINE.exec(line);
    if (speaker && item.speaker === undefined) item.speaker = speaker[1]!.trim();
    else kept.push(line);
  }
  const description = kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (description) item.description = description;
}

/** The items of a parsed list, as offsets into the file (the parse began at `base`). */
function itemSpans(list: List, base: number, lines: LineIndex): ItemSpan[] {
  const spans: ItemSpan[] = [];
  for (const listItem of list.children as ListItem[]) {
    if (listItem.position?.start.offset === undefined || listItem.position.end.offset === undefined) continue;
    const start = base + listItem.position.start.offset;
    const end = base + listItem.position.end.offset;
    const first = listItem.children[0]?.position;
    const contentStart = first?.start.offset === undefined ? end : base + first.start.offset;
    const firstEnd = first?.end.offset === undefined ? end : base + first.end.offset;
    spans.push({ start, end, contentStart, contentEnd: Math.min(lines.lineEnd(lines.positionAt(contentStart).line), firstEnd) });
  }
  return spans;
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
  for (let offset = start; offset < end; ) {
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
function readPlainSection(text: string, start: number, end: number, walk: AgendaWalk): boolean {
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

/** Whether an agenda section can be read without the Markdown parser (for the tests). */
export function isPlainSection(text: string, section: { start: number; end: number }): boolean {
  return readPlainSection(text, section.start, section.end, new AgendaWalk('', new LineIndex(text), undefined));
}

/** The text of a heading line with inline markup, as a Markdown parse reads it. */
function lineHeadingText(line: string): string {
  const first = (markdown.parse(line) as Root).children[0];
  return first?.type === 'heading' ? headingText(first) : '';
}

/** The title after the time: a format in parentheses and a speaker after ` — ` come off it, in either order. */
function setTitle(item: AgendaItem, rest: string): void {
  let title = withoutFormat(item, rest.trim());
  const speaker = /\s+—\s+([^—]*\S)\s*$/.exec(title);
  if (speaker) {
    item.speaker = withoutFormat(item, speaker[1]!);
    title = withoutFormat(item, title.slice(0, speaker.index));
  }
  item.title = title.trim();
}

function withoutFormat(item: AgendaItem, text: string): string {
  if (item.format) return text;
  const format = /\(([^()]+)\)\s*$/.exec(text);
  const known = format ? FORMATS[format[1]!.trim().toLowerCase()] : undefined;
  if (!format || !known) return text;
  item.format = known;
  return text.slice(0, format.index).trim();
}

function headingText(heading: Heading): string {
  let out = '';
  const visit = (node: { value?: unknown; children?: unknown[] }): void => {
    if (typeof node.value === 'string') out += node.value;
    for (const child of node.children ?? []) visit(child as { value?: unknown; children?: unknown[] });
  };
  visit(heading as unknown as { children: unknown[] });
  return out.trim();
}
