import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isIsoDate, normaliseTime } from '../dates';
import { fixesOf, replaceFix } from '../fixes';
import type { LineIndex } from '../lines';
import type { AgendaFormat, AgendaItem, Located } from '../module';
import type { Problem, Range } from '../types';

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

const ITEM = /^(\d{1,2}[:.]\d{2})(?:\s*[-–—]\s*(\d{1,2}[:.]\d{2}))?(?=\s|$)\s*(.*)$/;
const TIME_LIKE = /^\d{1,2}[:.]\d{1,2}(?=\s|$)/;

/** The agenda of a seance and the problems found in its times. */
export interface AgendaResult {
  items: AgendaItem[];
  problems: Problem[];
}

/**
 * Reads the agenda of a seance: the lists under a heading such as "Agenda", "Program" or
 * "Dagsorden", up to the next heading of the same level. A deeper heading holding an ISO date
 * (`### Fredag 2025-10-31`) starts the items of that day.
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
): AgendaResult {
  const text = lines.text;
  const walk = new AgendaWalk(file, lines, firstDate);
  const sections = whole ? undefined : agendaSections(text, bodyStart);
  if (sections === undefined) {
    walk.nodes((markdown.parse(text) as Root).children, 0);
  } else {
    for (const { start, end } of sections) {
      // Each section ends at a heading that closes the one before, as the whole parse would see it.
      walk.closeSection();
      walk.nodes((markdown.parse(text.slice(start, end)) as Root).children, start);
    }
  }
  return { items: walk.items, problems: walk.problems };
}

/** Reads headings and lists in order, keeping track of the agenda heading and the day they are under. */
class AgendaWalk {
  readonly items: AgendaItem[] = [];
  readonly problems: Problem[] = [];
  private depth = 0;
  private date: string | undefined;
  private dateRange: Range | undefined;
  private listIndex = 0;

  constructor(
    private readonly file: string,
    private readonly lines: LineIndex,
    private readonly firstDate: string | undefined,
  ) {
    this.date = firstDate;
  }

  /** Leaves the agenda section the walk is in, as a heading of its level or higher does. */
  closeSection(): void {
    this.depth = 0;
  }

  /** Top-level nodes of a parse of the text from `base` on. */
  nodes(children: RootContent[], base: number): void {
    for (const node of children) {
      if (node.type === 'heading') {
        const title = headingText(node);
        if (this.depth > 0 && node.depth <= this.depth) this.depth = 0;
        if (this.depth === 0 && AGENDA_HEADINGS.test(title)) {
          this.depth = node.depth;
          this.date = this.firstDate;
          this.dateRange = undefined;
        } else if (this.depth > 0) {
          const day = /\d{4}-\d{2}-\d{2}/.exec(title)?.[0];
          if (day && isIsoDate(day)) {
            this.date = day;
            const at = this.lines.text.indexOf(day, base + (node.position?.start.offset ?? 0));
            this.dateRange = at >= 0 ? this.lines.range(at, at + day.length) : undefined;
          }
        }
        continue;
      }
      if (this.depth > 0 && node.type === 'list') {
        const day = { date: this.date, dateRange: this.dateRange };
        readList(this.file, this.lines, node, base, day, this.listIndex++, this.items, this.problems);
      }
    }
  }
}

/** A line that the scan cannot place without a full parse: it may belong to an HTML block, a list item or a setext heading. */
const UNCERTAIN_LINE = /^(?: {1,3}(?:#{1,6}(?:[ \t]|$)|`{3}|~{3})|[ ]{0,3}<)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const ATX = /^(#{1,6})(?:[ \t]+|$)(.*)$/;
/** Inline markup that makes a heading's text differ from its source. */
const INLINE_MARKUP = /[\\`*_[\]<>&!]/;

/**
 * The spans of the agenda sections of a body, each from its heading to the next heading of the
 * same or a higher level; undefined when the body needs a full parse to be read right.
 */
export function agendaSections(text: string, bodyStart: number): { start: number; end: number }[] | undefined {
  if (text.indexOf('\r', bodyStart) >= 0 && /\r(?!\n)/.test(text.slice(bodyStart))) return undefined;
  const headings: { offset: number; depth: number; title: string }[] = [];
  let fence: { char: string; length: number } | undefined;
  let previousBlank = true;
  for (let start = bodyStart; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length : newline + 1;
    const line = text.slice(start, newline < 0 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline);
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
        if (atx) {
          const raw = atx[2]!.replace(/(?:^|[ \t]+)#+[ \t]*$/, '').trim();
          headings.push({ offset: start, depth: atx[1]!.length, title: INLINE_MARKUP.test(raw) ? lineHeadingText(line) : raw });
        }
      }
    }
    previousBlank = blank || ATX.test(line);
    start = next;
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

/** The text of a heading line with inline markup, as a Markdown parse reads it. */
function lineHeadingText(line: string): string {
  const first = (markdown.parse(line) as Root).children[0];
  return first?.type === 'heading' ? headingText(first) : '';
}

function readList(
  file: string,
  lines: LineIndex,
  list: List,
  base: number,
  day: { date?: string; dateRange?: Range },
  listIndex: number,
  items: AgendaItem[],
  problems: Problem[],
): void {
  const text = lines.text;
  for (const listItem of list.children as ListItem[]) {
    if (listItem.position?.start.offset === undefined || listItem.position.end.offset === undefined) continue;
    const start = base + listItem.position.start.offset;
    const end = base + listItem.position.end.offset;
    const paragraph = listItem.children[0];
    const paragraphStart = paragraph?.position?.start.offset;
    const paragraphEnd = paragraph?.position?.end.offset;
    const contentStart = paragraphStart === undefined ? end : base + paragraphStart;
    const firstLineEnd = lines.lineEnd(lines.positionAt(contentStart).line);
    const line = text.slice(contentStart, Math.min(firstLineEnd, paragraphEnd === undefined ? end : base + paragraphEnd));
    const item: AgendaItem = {
      title: line.trim(),
      range: lines.range(start, end),
      offsets: { start, end },
      list: listIndex,
      timeWritten: false,
      ...(day.date ? { date: day.date } : {}),
      ...(day.dateRange ? { dateRange: day.dateRange } : {}),
    };
    const m = ITEM.exec(line);
    if (m) {
      item.timeWritten = true;
      const startTime = readTime(file, lines, m[1]!, contentStart, problems);
      if (startTime) item.time = startTime;
      if (m[2]) {
        const endTime = readTime(file, lines, m[2], contentStart + line.indexOf(m[2], m[1]!.length), problems);
        if (endTime) item.end = endTime;
      }
      setTitle(item, m[3] ?? '');
    } else if (TIME_LIKE.test(line)) {
      const token = TIME_LIKE.exec(line)![0];
      item.timeWritten = true;
      readTime(file, lines, token, contentStart, problems);
      setTitle(item, line.slice(token.length).trim());
    }
    items.push(item);
  }
}

/** Reads a time token; a time written another way gets a problem with a fix, and is still used. */
function readTime(
  file: string,
  lines: LineIndex,
  token: string,
  offset: number,
  problems: Problem[],
): Located<string> | undefined {
  const range = lines.range(offset, offset + token.length);
  if (/^\d{2}:\d{2}$/.test(token) && normaliseTime(token) === token) return { value: token, range };
  const fixed = normaliseTime(token);
  problems.push({
    file,
    code: 'invalid-time',
    severity: 'error',
    range,
    message: { key: 'invalid-time.agenda', args: { value: token } },
    ...fixesOf(fixed ? replaceFix(file, range, fixed) : undefined),
  });
  return fixed ? { value: fixed, range } : undefined;
}

function setTitle(item: AgendaItem, rest: string): void {
  const format = /\(([^()]+)\)\s*$/.exec(rest);
  const known = format ? FORMATS[format[1]!.trim().toLowerCase()] : undefined;
  if (format && known) {
    item.format = known;
    item.title = rest.slice(0, format.index).trim();
  } else {
    item.title = rest.trim();
  }
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
