import type { List, RootContent } from 'mdast';
import { datesBetween } from '../dates';
import { LineIndex } from '../lines';
import type { AgendaDay, AgendaFormat, AgendaItem, Located } from '../module';
import type { Problem, Range } from '../types';
import { AGENDA_HEADINGS, agendaSections, headingText, markdown, readPlainSection, type ItemSpan } from './agendaScan';
import { clockWordAlone, readWrittenDay, readWrittenTime, timeOfToken } from './nordic';

export { agendaSections } from './agendaScan';

// No prototype: a format written as "(constructor)" or "(toString)" must not find Object's own.
const FORMATS = Object.create(null) as Record<string, AgendaFormat>;
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
    walk.nodes(markdown.parse(text).children, 0);
  } else {
    for (const { start, end } of sections) {
      // Each section ends at a heading that closes the one before, as the whole parse would see it.
      walk.closeSection();
      if (!readPlainSection(text, start, end, walk)) walk.nodes(markdown.parse(text.slice(start, end)).children, start);
    }
  }
  return { items: walk.items, days: walk.days, problems: walk.problems };
}

/** Reads headings and lists in order, keeping track of the agenda heading and the day they are under. */
export class AgendaWalk {
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
    this.problems.push({
      file: this.file,
      code: 'invalid-time',
      severity: 'error',
      range,
      message: { key: 'invalid-time.agenda', args: { value: token } },
    });
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
  const description = kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (description) item.description = description;
}

/** The items of a parsed list, as offsets into the file (the parse began at `base`). */
function itemSpans(list: List, base: number, lines: LineIndex): ItemSpan[] {
  const spans: ItemSpan[] = [];
  for (const listItem of list.children) {
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

/** Whether an agenda section can be read without the Markdown parser (for the tests). */
export function isPlainSection(text: string, section: { start: number; end: number }): boolean {
  return readPlainSection(text, section.start, section.end, new AgendaWalk('', new LineIndex(text), undefined));
}

/**
 * The title after the time: a learning type in braces at the very end (`{practice}`), then a format
 * in parentheses and a speaker after ` — ` come off it, in either order.
 */
function setTitle(item: AgendaItem, rest: string): void {
  let title = withoutLearningType(item, rest.trim());
  title = withoutFormat(item, title);
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
  const word = format?.[1]!.trim().toLowerCase();
  // The word is kept even when it names no format: an organisation may give it a learning type.
  if (word && item.formatWord === undefined) item.formatWord = word;
  const known = word ? FORMATS[word] : undefined;
  if (!format || !known) return text;
  item.format = known;
  return text.slice(0, format.index).trim();
}

/**
 * A learning type written in braces at the end of an item (`{practice}`, `{øvelse}`); the word is
 * read by the insight. Matched from the last `{` on, anchored, with words one space apart: a line of
 * 100,000 spaces or braces costs one pass, not one per position.
 */
const LEARNING_TYPE_MARK = /^\{\s*(\p{L}[\p{L}-]*(?: [\p{L}-]+)*)\s*\}\s*$/u;

function withoutLearningType(item: AgendaItem, text: string): string {
  const open = text.lastIndexOf('{');
  const mark = open < 0 ? null : LEARNING_TYPE_MARK.exec(text.slice(open));
  if (!mark) return text;
  item.learningType = { word: mark[1]!.toLowerCase(), written: mark[0].trim() };
  return text.slice(0, open).trimEnd();
}
