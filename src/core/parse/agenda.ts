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
 */
export function parseAgenda(file: string, lines: LineIndex, firstDate: string | undefined): AgendaResult {
  const text = lines.text;
  const tree = markdown.parse(text) as Root;
  const items: AgendaItem[] = [];
  const problems: Problem[] = [];
  let depth = 0;
  let date = firstDate;
  let dateRange: Range | undefined;
  let listIndex = 0;
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'heading') {
      const title = headingText(node);
      if (depth > 0 && node.depth <= depth) depth = 0;
      if (depth === 0 && AGENDA_HEADINGS.test(title)) {
        depth = node.depth;
        date = firstDate;
        dateRange = undefined;
      } else if (depth > 0) {
        const day = /\d{4}-\d{2}-\d{2}/.exec(title)?.[0];
        if (day && isIsoDate(day)) {
          date = day;
          const start = node.position?.start.offset ?? 0;
          const at = text.indexOf(day, start);
          dateRange = at >= 0 ? lines.range(at, at + day.length) : undefined;
        }
      }
      continue;
    }
    if (depth > 0 && node.type === 'list') {
      readList(file, lines, node, { date, dateRange }, listIndex++, items, problems);
    }
  }
  return { items, problems };
}

function readList(
  file: string,
  lines: LineIndex,
  list: List,
  day: { date?: string; dateRange?: Range },
  listIndex: number,
  items: AgendaItem[],
  problems: Problem[],
): void {
  const text = lines.text;
  for (const listItem of list.children as ListItem[]) {
    const start = listItem.position?.start.offset;
    const end = listItem.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const paragraph = listItem.children[0];
    const contentStart = paragraph?.position?.start.offset ?? end;
    const firstLineEnd = lines.lineEnd(lines.positionAt(contentStart).line);
    const line = text.slice(contentStart, Math.min(firstLineEnd, paragraph?.position?.end.offset ?? end));
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
