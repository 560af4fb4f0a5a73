import { stringify } from 'yaml';
import { addDays, isoWeekday } from '../dates';
import { slug } from '../language/scaffold';
import type { MessageKey } from '../messages';
import type { Catalogue } from '../messages/catalogue';
import { cliMessages } from '../messages/cli';
import { formatWith } from '../messages/fill';
import { clockWordAlone, readWrittenDay, readWrittenTime, timeOfToken } from '../parse/nordic';
import type { Locale, Message } from '../types';
import type { SourceParagraph } from './paragraphs';

/** A file of the imported programme folder: its path inside the folder (with `/`) and its text. */
export interface ImportedFile {
  path: string;
  content: string;
}

/** What the importer could not tell from the source and left for the designer, in the file it concerns. */
export interface ImportNote {
  file: string;
  message: Message;
}

/** A programme folder made from a text: its files and the guesses left open in them. */
export interface ImportResult {
  files: ImportedFile[];
  notes: ImportNote[];
  language: Locale;
}

/** An agenda item as read: its canonical time (or none), its title, and the paragraphs under it. */
interface ImportedItem {
  start?: string;
  end?: string;
  /** A `Kl` with no time after it: kept as written, so the checker shows the missing time. */
  clockAlone?: string;
  title: string;
  description: string[];
}

interface ImportedDay {
  heading: string;
  /** The ISO date when the heading gives the year; the month and day (`10-30`) when it does not. */
  date?: string;
  monthDay?: string;
  weekday?: number;
  intro: string[];
  items: ImportedItem[];
}

interface Homework {
  heading: string;
  paragraphs: string[];
  /** How many seances (days) had started when the homework was announced. */
  after: number;
}

const HOMEWORK =
  /^(?:hjemmearbejde|hjemmeopgaver?|lektier?|forberedelse|homework|preparation|hemuppgift(?:er)?|läxa|läxor|förberedelse)\b/i;
const BEFORE_WORDS = /\b(?:før|inden|forud|before|ahead|inför|innan|före)\b/i;
const AGENDA_WORD: Record<Locale, string> = { da: 'Program', sv: 'Program', en: 'Agenda' };
/** A day heading is a short line: a weekday and a date, perhaps a time; a longer line is prose. */
const MAX_HEADING_WORDS = 8;

/**
 * Makes a programme folder from the paragraphs of a programme text (a Word document, a plain text,
 * Markdown): `programme.md` with the text that is neither agenda nor homework as its body, one
 * seance per run of consecutive days with its agenda in canonical lines, and one assignment per
 * homework announced. Nothing is invented: what the text does not say (a year, when homework is
 * due) is left out of the header, with a TODO comment beside it, so that the checker reports it.
 */
export function importProgramme(paragraphs: readonly SourceParagraph[], options: { title?: string; language?: Locale } = {}): ImportResult {
  const language = options.language ?? guessLanguage(paragraphs.map((p) => p.text).join('\n'));
  const body: string[] = [];
  const days: ImportedDay[] = [];
  const homework: Homework[] = [];
  let title = options.title;
  let day: ImportedDay | undefined;
  let item: ImportedItem | undefined;
  let task: Homework | undefined;

  for (const paragraph of paragraphs) {
    const text = paragraph.text.trim();
    if (text === '') continue;
    if (title === undefined) {
      title = text;
      continue;
    }
    const written = dayOf(text);
    if (written) {
      task = undefined;
      item = undefined;
      day = written;
      days.push(written);
      continue;
    }
    if (HOMEWORK.test(text)) {
      item = undefined;
      day = undefined;
      task = { heading: text, paragraphs: [], after: days.length };
      homework.push(task);
      continue;
    }
    const time = readWrittenTime(text);
    const alone = time ? undefined : clockWordAlone(text);
    if (time || (alone !== undefined && day)) {
      if (!day) {
        day = { heading: '', intro: [], items: [] };
        days.push(day);
      }
      task = undefined;
      item = itemOf(text, time, alone);
      day.items.push(item);
      continue;
    }
    if (paragraph.heading !== undefined) {
      // A heading that names no day nor homework ends the agenda: what follows is the programme's text.
      item = undefined;
      day = undefined;
      task = undefined;
      body.push(`${'#'.repeat(Math.min(Math.max(paragraph.heading, 2), 6))} ${text}`);
      continue;
    }
    if (task) task.paragraphs.push(text);
    else if (item) item.description.push(text);
    else if (day) day.intro.push(text);
    else body.push(paragraph.listItem ? `- ${text}` : text);
  }

  const say = (key: MessageKey, args?: Message['args']): Message => (args ? { key, args } : { key });
  const notes: ImportNote[] = [];
  const programmeTitle = title ?? formatMessage({ key: 'import.untitled' }, language);
  const files: ImportedFile[] = [];
  const seanceIds: string[] = [];
  const seanceDates: string[] = [];

  resolveWeekdays(days);
  days.forEach((day, i) => {
    const number = String(i + 1).padStart(2, '0');
    const seanceTitle = days.length === 1 || !day.heading ? programmeTitle : day.heading;
    const name = `${number}-${slug(seanceTitle, language)}`;
    const file = `seances/${name}.md`;
    const id = `s${name}`;
    seanceIds.push(id);
    const header: string[] = ['type: seance', `id: ${yamlValue(id)}`, `title: ${yamlValue(seanceTitle)}`];
    if (day.date) {
      header.push(`date: ${day.date}`);
      seanceDates.push(day.date);
    } else {
      const message = day.monthDay
        ? say('import.todo.year', { day: day.heading, monthDay: day.monthDay })
        : day.heading
          ? say('import.todo.weekday', { day: day.heading })
          : say('import.todo.no-date');
      header.push(todo(message, language));
      notes.push({ file, message });
    }
    const start = day.items.find((x) => x.start)?.start;
    const lastItem = [...day.items].reverse().find((x) => x.start);
    const end = lastItem?.end ?? lastItem?.start;
    if (start && end && end > start) header.push(`time: { start: "${start}", end: "${end}" }`);
    files.push({ path: file, content: module(header, seanceBody(day, language)) });
  });

  homework.forEach((task, i) => {
    const heading = task.heading;
    const short = heading.split(/\s+/).length <= MAX_HEADING_WORDS && !/[.!?]$/.test(heading);
    const assignmentTitle = short ? heading.replace(/:$/, '') : HOMEWORK.exec(heading)![0];
    const paragraphs = short ? task.paragraphs : [heading, ...task.paragraphs];
    const name = `${String(i + 1).padStart(2, '0')}-${slug(assignmentTitle, language)}`;
    const file = `assignments/${name}.md`;
    const header: string[] = ['type: assignment', `id: ${yamlValue(`a${name}`)}`, `title: ${yamlValue(assignmentTitle)}`];
    const next = seanceIds[task.after];
    const given = task.after > 0 ? seanceIds[task.after - 1] : undefined;
    if (next !== undefined) {
      if (given !== undefined) header.push(`given: ${yamlValue(given)}`);
      header.push(`due: ${yamlValue(next)}`);
    } else if (seanceIds[0] !== undefined && BEFORE_WORDS.test([heading, ...task.paragraphs].join(' '))) {
      // Homework printed after the agenda, to be done before the seminar: due at its first seance.
      header.push(`due: ${yamlValue(seanceIds[0])}`);
    } else {
      const message = say('import.todo.due');
      header.push(todo(message, language));
      notes.push({ file, message });
    }
    files.push({ path: file, content: module(header, paragraphs.join('\n\n') + '\n') });
  });

  const programmeHeader: string[] = [
    'type: programme',
    `id: ${yamlValue(slug(programmeTitle, language))}`,
    `title: ${yamlValue(programmeTitle)}`,
    `language: ${language}`,
  ];
  const sorted = [...seanceDates].sort();
  if (sorted.length > 0 && sorted.length === days.length) {
    programmeHeader.push(`period: { start: ${sorted[0]}, end: ${sorted.at(-1)} }`);
  } else {
    const message = say('import.todo.period');
    programmeHeader.push(todo(message, language));
    notes.push({ file: 'programme.md', message });
  }
  files.unshift({ path: 'programme.md', content: module(programmeHeader, joinBlocks(body)) });
  notes.sort((a, b) => files.findIndex((f) => f.path === a.file) - files.findIndex((f) => f.path === b.file));
  return { files, notes, language };
}

/**
 * Gives a day named by its weekday alone (`Fredag`) the date of that weekday after the day before
 * it, when that day has a date; without one, the day stays undated, and says so.
 */
function resolveWeekdays(days: ImportedDay[]): void {
  days.forEach((day, i) => {
    const previous = days[i - 1]?.date;
    if (day.date || day.monthDay || day.weekday === undefined || !previous) return;
    day.date = isoWeekday(previous) === day.weekday ? previous : nextWeekday(previous, day.weekday);
  });
}

function nextWeekday(after: string, weekday: number): string {
  let date = addDays(after, 1);
  while (isoWeekday(date) !== weekday) date = addDays(date, 1);
  return date;
}

/** A paragraph that names a day (`Torsdag d. 30. oktober`, `Fredag 31/10 2025`, `Fredag`), read by the parser's own reader. */
function dayOf(text: string): ImportedDay | undefined {
  if (text.split(/\s+/).length > MAX_HEADING_WORDS || /[.!?,;]$/.test(text) || readWrittenTime(text)) return undefined;
  // A placeholder year (a leap year) to read a date written without one; whether the year was written is checked after.
  const written = readWrittenDay(text, ['2000-01-01']);
  if (!written) return undefined;
  const weekdayFirst = written.weekday !== undefined && written.weekday.at === 0;
  if (!weekdayFirst && written.at > 0) return undefined;
  const day: ImportedDay = { heading: text, intro: [], items: [] };
  if (written.weekday) day.weekday = written.weekday.iso;
  if (written.date && !(written.weekday && written.length === written.weekday.word.length && written.at === 0)) {
    const yearWritten = /\d{4}/.test(text.slice(written.at, written.at + written.length));
    if (yearWritten) day.date = written.date;
    else day.monthDay = written.date.slice(5);
  }
  return day;
}

function itemOf(text: string, time: ReturnType<typeof readWrittenTime>, alone: number | undefined): ImportedItem {
  if (!time) return { clockAlone: text.slice(0, alone), ...titleAndMore(text.slice(alone).trim()) };
  const start = timeOfToken(time.start.token);
  const end = time.end ? timeOfToken(time.end.token) : undefined;
  const rest = titleAndMore(text.slice(time.length).trim());
  if (!start || (time.end && !end)) {
    // Not a time of day (`25.30`): kept as written, for the checker to show.
    return { clockAlone: text.slice(0, time.length), ...rest };
  }
  return { start, ...(end ? { end } : {}), ...rest };
}

/** A long item line (a slide's text run together) keeps its first sentence as the title, the rest as its description. */
function titleAndMore(text: string): { title: string; description: string[] } {
  const sentence = /^(.{10,}?[.!?])\s+(?=\p{Lu})/u.exec(text);
  if (text.length > 80 && sentence) return { title: sentence[1]!, description: [text.slice(sentence[0].length)] };
  return { title: text, description: [] };
}

function seanceBody(day: ImportedDay, language: Locale): string {
  // The day's heading as written is a day heading of the agenda, so the checker reads it as it
  // reads any: a weekday that is not its date's is shown.
  const lines: string[] = [`## ${AGENDA_WORD[language]}`, ''];
  if (day.heading) lines.push(`### ${day.heading}`, '');
  for (const intro of day.intro) lines.push(intro, '');
  for (const item of day.items) lines.push(...itemLines(item));
  return lines.join('\n') + '\n';
}

/** An agenda item in canonical Markdown: `- 08:15 Velkommen`, its paragraphs indented under it. */
function itemLines(item: ImportedItem): string[] {
  const time = item.start ? (item.end ? `${item.start}–${item.end}` : item.start) : item.clockAlone!;
  const lines = [`- ${time} ${item.title}`.trimEnd()];
  item.description.forEach((paragraph, i) => {
    if (i > 0) lines.push('');
    lines.push(`  ${paragraph}`);
  });
  return lines;
}

/**
 * Agenda items, in canonical Markdown, from text written the way programmes are printed (pasted
 * from a Word document or a slide): `Kl 8.15: Velkommen` and the paragraphs under it become
 * `- 08:15 Velkommen` with its description; a day (`Fredag`) becomes a day heading `### Fredag`;
 * a paragraph before the first item stays a paragraph. Nothing is left out.
 */
export function agendaOfText(paragraphs: readonly SourceParagraph[]): string {
  const blocks: string[][] = [];
  let item: ImportedItem | undefined;
  const flush = (): void => {
    if (item) blocks.push(itemLines(item));
    item = undefined;
  };
  for (const paragraph of paragraphs) {
    const text = paragraph.text.trim();
    if (text === '') continue;
    if (dayOf(text)) {
      flush();
      blocks.push(['', `### ${text}`, '']);
      continue;
    }
    const time = readWrittenTime(text);
    const alone = time ? undefined : clockWordAlone(text);
    if (time || alone !== undefined) {
      flush();
      item = itemOf(text, time, alone);
    } else if (item) {
      item.description.push(text);
    } else {
      blocks.push([text, '']);
    }
  }
  flush();
  return (
    blocks
      .flat()
      .join('\n')
      .replace(/^\n+/, '')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/\n*$/, '') + '\n'
  );
}

/** Paragraphs apart by a blank line; the items of one list on consecutive lines. */
function joinBlocks(blocks: readonly string[]): string {
  if (blocks.length === 0) return '';
  return (
    blocks.reduce(
      (text, block, i) => text + (i === 0 ? '' : block.startsWith('- ') && blocks[i - 1]!.startsWith('- ') ? '\n' : '\n\n') + block,
      '',
    ) + '\n'
  );
}

function module(header: string[], body: string): string {
  return `---\n${header.join('\n')}\n---\n${body}`;
}

/** A YAML comment that says what to write; one line, whatever the message holds. */
function todo(message: Message, language: Locale): string {
  return `# ${formatMessage(message, language).replace(/\s+/g, ' ')}`;
}

function yamlValue(text: string): string {
  return stringify(text, { lineWidth: 0, blockQuote: false }).trimEnd();
}

/** Danish, Swedish or English, by the letters and small words a text uses most. */
export function guessLanguage(text: string): Locale {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  const scores: [Locale, number][] = [
    ['da', count(/[æøÆØ]/g) + count(/\b(?:og|ikke|også|af|til|det)\b/gi)],
    ['sv', count(/[äöÄÖ]/g) + count(/\b(?:och|inte|också|av|till|det)\b/gi)],
    ['en', count(/\b(?:the|and|of|to|is)\b/gi)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0]![0];
}

/**
 * The import's own messages, from the command line's area of the catalogue alone: the whole
 * catalogue holds every rule, and the extension, which imports too, would carry them all.
 */
function formatMessage(message: Message, locale: Locale): string {
  const texts: Catalogue = cliMessages;
  return formatWith((key) => (Object.hasOwn(texts, key) ? texts[key] : undefined), message, locale);
}
