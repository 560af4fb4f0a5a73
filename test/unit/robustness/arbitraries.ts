import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';

/**
 * The inputs of the property tests: the sample programmes as they are, mutations of their files as
 * a careless hand or a broken disk makes them, and modules written at random from the pieces a
 * header and an agenda are made of. A mutation is data (where, what), turned into one text edit on
 * the current text, so that the same mutation can be applied to a string in the core's tests and
 * sent as an incremental didChange in the server's.
 */

export const samplesRoot = path.resolve(__dirname, '..', '..', '..', 'samples');

/** A sample programme: its folder and its Markdown files (paths relative to the folder, sorted). */
export interface SampleProgramme {
  name: string;
  folder: string;
  files: { relative: string; text: string }[];
}

function markdownUnder(folder: string, relative = ''): { relative: string; text: string }[] {
  const out: { relative: string; text: string }[] = [];
  for (const name of readdirSync(path.join(folder, relative)).sort()) {
    const child = relative ? `${relative}/${name}` : name;
    if (statSync(path.join(folder, child)).isDirectory()) out.push(...markdownUnder(folder, child));
    else if (name.endsWith('.md')) out.push({ relative: child, text: readFileSync(path.join(folder, child), 'utf8') });
  }
  return out;
}

/** Every sample programme under samples/, read once. */
export const samples: SampleProgramme[] = readdirSync(samplesRoot)
  .filter((name) => statSync(path.join(samplesRoot, name)).isDirectory())
  .sort()
  .map((name) => ({ name, folder: path.join(samplesRoot, name), files: markdownUnder(path.join(samplesRoot, name)) }));

/** A replacement of the characters from `start` to `end` (offsets into the current text) by `newText`. */
export interface TextSplice {
  start: number;
  end: number;
  newText: string;
}

export function applySplice(text: string, splice: TextSplice): string {
  return text.slice(0, splice.start) + splice.newText + text.slice(splice.end);
}

/** Pieces people type into headers and agendas, and the characters that break parsers. */
const TOKENS = [
  '---',
  '---\n',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '  ',
  ':',
  ': ',
  '- ',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '!!binary ',
  '? ',
  '|\n',
  '>-\n',
  '\\',
  '%YAML 1.2\n',
  '...\n',
  'type: seance\n',
  'type: programme\n',
  'type: assignment\n',
  'id: s01-opstart\n',
  'date: 2027-03-11\n',
  'date: 2027-02-30\n',
  'end-date: 2027-03-12\n',
  'time: { start: "08:30", end: "15:30" }\n',
  'track: ',
  'given: ',
  'due: ',
  'facilitators: [Procesleder]\n',
  'titel: ',
  '## Agenda\n',
  '### Fredag 2027-03-12\n',
  '- 08:30 Kaffe (pause)\n',
  '- 8.15 ',
  '- 25:00 ',
  '09:00–10:00 ',
  '(plenum)',
  'æøå',
  'ÆØÅ',
  '😀',
  '\u0301',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\u0085',
  '\ud800',
  '\udfff',
  '\u0000',
  '\ufffd',
];

/** Text to insert: a token, or a few random characters of any plane. */
export const insertion: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
);

/** A key a header may have, and a few it should not. */
const KEYS = [
  'type',
  'id',
  'title',
  'track',
  'tracks',
  'date',
  'end-date',
  'time',
  'start',
  'end',
  'mode',
  'location',
  'link',
  'facilitators',
  'goals',
  'given',
  'due',
  'effort',
  'period',
  'language',
  'country',
  'timezone',
  'organisation',
  'titel',
  'dato',
  'Type',
  '',
];

/** A value as it might stand after a key. */
const SCALARS = [
  'seance',
  'programme',
  'assignment',
  'seminar',
  's01-opstart',
  'S01 Opstart',
  'samskabelse',
  '2027-03-11',
  '2027-02-30',
  '2027-13-01',
  '2027-3-1',
  '"08:30"',
  '08:30',
  '8.15',
  '"25:00"',
  'onsite',
  'online',
  'hybrid',
  '3h',
  '90min',
  'da',
  'sv',
  'DK',
  'Europe/Copenhagen',
  'https://example.org/møde',
  '""',
  "''",
  '~',
  'null',
  'yes',
  '-1',
  '1e309',
  '0x1F',
  '[]',
  '{}',
  '[Procesleder, Konsulent]',
  '{ start: "08:30", end: "15:30" }',
  '{ start: 2027-01-11, end: 2027-06-25 }',
  '[{ id: samskabelse, title: Samskabelse }]',
  '&x 2027-03-11',
  '*x',
  '"Opstart: Ledelse i praksis"',
];

/** One mutation of a text, as data: where (an index taken modulo what there is) and what. */
export type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number }
  | { kind: 'indent-line'; at: number; by: string }
  | { kind: 'dedent-line'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'swap-characters'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert-fence'; at: number }
  | { kind: 'rename-key'; at: number; key: string }
  | { kind: 'replace-value'; at: number; value: string }
  | { kind: 'line-breaks'; to: '\n' | '\r\n' | '\r' }
  | { kind: 'byte-order-mark' };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent-line' as const), at: fc.nat(), by: fc.constantFrom(' ', '  ', '    ', '\t', ' \t') }),
  fc.record({ kind: fc.constant('dedent-line' as const), at: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: insertion }) },
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('swap-characters' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert-fence' as const), at: fc.nat() }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename-key' as const), at: fc.nat(), key: fc.constantFrom(...KEYS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), value: fc.constantFrom(...SCALARS) }) },
  fc.record({ kind: fc.constant('line-breaks' as const), to: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const) }),
  fc.constant({ kind: 'byte-order-mark' as const }),
);

/** The lines of a text: where each starts, where its content ends, and where its break ends. */
function lineSpans(text: string): { start: number; end: number; next: number }[] {
  const spans: { start: number; end: number; next: number }[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    spans.push({ start, end: m.index, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: text.length, next: text.length });
  return spans;
}

/** The one edit that makes a mutation of the text. */
export function spliceFor(text: string, m: Mutation): TextSplice {
  const lines = lineSpans(text);
  const line = 'at' in m ? lines[m.at % lines.length]! : lines[0]!;
  const offset = 'at' in m ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'delete-line':
      return { start: line.start, end: line.next, newText: '' };
    case 'duplicate-line':
      return {
        start: line.start,
        end: line.start,
        newText: text.slice(line.start, line.next === line.end ? line.end : line.next) + (line.next === line.end ? '\n' : ''),
      };
    case 'swap-lines': {
      const index = m.at % lines.length;
      const following = lines[index + 1];
      if (!following) return { start: 0, end: 0, newText: '' };
      const first = text.slice(line.start, line.end);
      const second = text.slice(following.start, following.end);
      return { start: line.start, end: following.end, newText: second + text.slice(line.end, line.next) + first };
    }
    case 'indent-line':
      return { start: line.start, end: line.start, newText: m.by };
    case 'dedent-line': {
      const indent = /^[ \t]*/.exec(text.slice(line.start, line.end))![0].length;
      return { start: line.start, end: line.start + indent, newText: '' };
    }
    case 'insert':
      return { start: offset, end: offset, newText: m.text };
    case 'delete':
      return { start: offset, end: Math.min(text.length, offset + m.length), newText: '' };
    case 'swap-characters':
      return offset + 2 <= text.length
        ? { start: offset, end: offset + 2, newText: text[offset + 1]! + text[offset]! }
        : { start: 0, end: 0, newText: '' };
    case 'truncate':
      return { start: offset, end: text.length, newText: '' };
    case 'insert-fence':
      return { start: line.start, end: line.start, newText: '---\n' };
    case 'rename-key': {
      const key = /^[ \t-]*([^:\r\n]*):/.exec(text.slice(line.start, line.end));
      if (!key) return { start: line.start, end: line.start, newText: `${m.key}: ` };
      const start = line.start + key[0].length - 1 - key[1]!.length;
      return { start, end: start + key[1]!.length, newText: m.key };
    }
    case 'replace-value': {
      const colon = text.slice(line.start, line.end).indexOf(': ');
      if (colon < 0) return { start: line.end, end: line.end, newText: `: ${m.value}` };
      return { start: line.start + colon + 2, end: line.end, newText: m.value };
    }
    case 'line-breaks':
      return { start: 0, end: text.length, newText: text.replace(/\r\n|\r|\n/g, m.to) };
    case 'byte-order-mark':
      return text.startsWith('\ufeff') ? { start: 0, end: 1, newText: '' } : { start: 0, end: 0, newText: '\ufeff' };
  }
}

/** A text after its mutations, one after the other. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce((current, m) => applySplice(current, spliceFor(current, m)), text);
}

const twoDigits = (n: number): string => String(n).padStart(2, '0');

/** A date, mostly real and inside the corpus programme's half year, sometimes not a date at all. */
const dateText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 31 }))
      .map(([m, d]) => `2027-${twoDigits(m)}-${twoDigits(d)}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${y}-${m}-${d}`),
  },
);

const timeText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(fc.integer({ min: 6, max: 20 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${twoDigits(h)}:${twoDigits(m)}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0, max: 99 }), fc.constantFrom(':', '.'), fc.integer({ min: 0, max: 99 }))
      .map(([h, separator, m]) => `${h}${separator}${m}`),
  },
);

const word = fc.constantFrom(
  'Opstart',
  'Feedback',
  'Samskabelse',
  'Ledelse',
  'Frokost',
  'Kaffe',
  'Læring',
  'Borgerperspektiv',
  'Rådhuset',
  'Procesleder',
);
const id = fc.constantFrom('s01-opstart', 's02-feedback', 's03-strategi', 'a01-opgave', 'samskabelse', 'personligt', 'S 01', '');

/** A header value: a scalar of the right kind, of a wrong kind, or a small structure. */
const headerValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...SCALARS),
  dateText,
  timeText.map((t) => `"${t}"`),
  id,
  fc.array(word, { maxLength: 4 }).map((words) => words.join(' ')),
  fc.tuple(timeText, timeText).map(([start, end]) => `{ start: "${start}", end: "${end}" }`),
  fc.tuple(dateText, dateText).map(([start, end]) => `{ start: ${start}, end: ${end} }`),
  fc.array(fc.oneof(word, id), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
  fc.array(fc.tuple(id, word), { maxLength: 3 }).map((tracks) => tracks.map(([i, w]) => `\n  - { id: ${i}, title: ${w} }`).join('')),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** A header line: mostly a key the schemas know, with a value of the right or the wrong kind. */
const headerLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...KEYS), headerValue).map(([key, value]) => `${key}: ${value}`) },
  { weight: 1, arbitrary: fc.constantFrom(...TOKENS) },
);

/** A line of a module's body: agenda headings, agenda items good and bad, day headings, prose. */
const bodyLine: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('## Agenda', '## Program', '## Dagordning', '## Noter', '# Opstart', '### Fredag 2027-03-12', '', '---', '1. Punkt'),
  fc
    .tuple(
      timeText,
      fc.option(timeText, { nil: undefined }),
      fc.array(word, { minLength: 0, maxLength: 3 }),
      fc.option(fc.constantFrom('(pause)', '(plenum)', '(grupper)', '(oplæg)', '(frokost)', '(walk)'), { nil: undefined }),
    )
    .map(([start, end, words, format]) => `- ${start}${end ? `–${end}` : ''} ${words.join(' ')}${format ? ` ${format}` : ''}`),
  fc.array(word, { maxLength: 6 }).map((words) => `- ${words.join(' ')}`),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

/** A module written at random: a type, header lines in any order, a body, line breaks of any kind. */
export const randomModule: fc.Arbitrary<string> = fc
  .record({
    type: fc.constantFrom('seance', 'seance', 'assignment', 'programme', 'workshop', ''),
    header: fc.array(headerLine, { maxLength: 12 }),
    closed: fc.boolean(),
    body: fc.array(bodyLine, { maxLength: 16 }),
    lineBreak: fc.constantFrom('\n', '\n', '\r\n', '\r'),
    byteOrderMark: fc.boolean(),
  })
  .map(({ type, header, closed, body, lineBreak, byteOrderMark }) => {
    const lines = ['---', ...(type ? [`type: ${type}`] : []), ...header, ...(closed ? ['---'] : []), ...body];
    return `${byteOrderMark ? '\ufeff' : ''}${lines.join('\n').replace(/\r\n|\r|\n/g, lineBreak)}\n`;
  });
