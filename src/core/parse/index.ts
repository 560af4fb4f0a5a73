import { Composer, isMap, type Alias, isScalar, isSeq, Parser, visit, YAMLParseError, type CST, type Document, type Scalar, type YAMLError } from 'yaml';
import { isIsoDate } from '../dates';
import { replaceFix } from '../fixes';
import { LineIndex, withoutBom } from '../lines';
import {
  MODULE_TYPES,
  type AssignmentModule,
  type CourseModule,
  type Located,
  type ModuleType,
  type ParsedFile,
  type ProgrammeModule,
  type SeanceModule,
  type TrackDeclaration,
} from '../module';
import type { PracticeAssignment as AssignmentHeader } from '../schema/generated/assignment';
import type { Programme as ProgrammeHeader } from '../schema/generated/programme';
import type { Seance as SeanceHeader } from '../schema/generated/seance';
import { validateHeader, type HeaderValidators } from '../schema/validate';
import { closest } from '../suggest';
import type { ProblemCode } from '../codes';
import type { MessageKey } from '../messages';
import type { Message, Problem, Range } from '../types';
import { parseAgenda } from './agenda';
import { findFrontmatter } from '../yaml/frontmatter';
import { Header } from '../yaml/header';

/** Aliases expanded beyond this count are treated as an attack on memory (a "billion laughs"). */
const MAX_ALIAS_COUNT = 100;

/**
 * Lists and groups nested deeper than this (the header itself counts as one) are refused before
 * the YAML reader recurses into them: its call stack would run out at a depth, and so at a place,
 * that depends on the machine.
 */
export const MAX_NESTING = 100;

/**
 * Reads one Markdown file: its header, the course module it holds and the problems of the file
 * alone. Never throws: whatever the input, the answer is a ParsedFile whose ranges are inside it.
 */
export function parseFile(file: string, input: string, validators?: HeaderValidators): ParsedFile {
  const text = withoutBom(input);
  const lines = new LineIndex(text);
  const problems: Problem[] = [];
  const span = findFrontmatter(text);
  const result: ParsedFile = span ? { file, text, lines, frontmatter: span, problems } : { file, text, lines, problems };
  const at = (code: ProblemCode, range: Range, message: Message, severity: Problem['severity'] = 'error'): void => {
    problems.push({ file, code, severity, range, message });
  };

  // A NUL byte or a replacement character (what invalid UTF-8 decodes to) means the file is not text.
  // eslint-disable-next-line no-control-regex
  const binary = /[\u0000\uFFFD]/.exec(text);
  if (binary) {
    at('not-text', lines.range(binary.index, binary.index + 1), { key: 'not-text' });
    return result;
  }
  if (text.trim() === '') {
    at('empty-file', lines.range(0, text.length), { key: 'empty-file' }, 'information');
    return result;
  }
  if (!span) return result;
  const openRange = lines.range(span.open.start, span.open.end);
  if (!span.close) {
    at('frontmatter-unterminated', openRange, { key: 'frontmatter-unterminated' });
    return result;
  }

  // yaml does not take a lone CR as a line break, as YAML 1.2 does; \n in its place keeps every offset.
  const yamlText = text.slice(span.content.start, span.content.end).replace(/\r(?!\n)/g, '\n');
  const tokens = [...new Parser().parse(yamlText)];
  const deep = tooDeep(tokens);
  if (deep !== undefined) {
    const start = span.content.start + deep;
    at('yaml-syntax', lines.range(start, start + 1), { key: 'yaml.too-deep' });
    return result;
  }
  const doc = composeDocument(tokens, yamlText.length);
  const header = new Header(doc, span.content.start, lines, openRange, span.close.start);
  result.header = header;
  for (const error of firstErrorPerLine(doc.errors, (offset) => header.lines.positionAt(header.offset + offset).line)) {
    problems.push(yamlProblem(file, error, header, span.content.end - span.content.start));
  }

  let data: unknown;
  try {
    data = firstKeysWin(doc).toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    const unresolved = unresolvedAlias(doc);
    if (unresolved?.range) {
      at('yaml-syntax', header.range(unresolved.range[0], unresolved.range[1]), {
        key: 'yaml.unknown-alias',
        args: { alias: `*${unresolved.source}`, anchor: `&${unresolved.source}` },
      });
    } else {
      at('yaml-syntax', firstAliasRange(doc, header) ?? openRange, { key: 'yaml.aliases' });
    }
    return result;
  }
  if (!isMap(doc.contents) || typeof data !== 'object' || data === null) return result;
  const typeValue = (data as Record<string, unknown>).type;
  if (typeof typeValue !== 'string') return result;
  if (!(MODULE_TYPES as readonly string[]).includes(typeValue)) {
    const suggestion = closest(typeValue, MODULE_TYPES);
    if (suggestion) {
      const range = header.valueRange(['type'])!;
      problems.push({
        file,
        code: 'invalid-value',
        severity: 'error',
        range,
        message: {
          key: 'invalid-value.enum-suggest',
          args: { key: 'type', values: MODULE_TYPES.join(', '), suggestion },
        },
        fixes: [replaceFix(file, header.quotedRange(['type']) ?? range, suggestion)],
      });
    }
    return result;
  }
  const type = typeValue as ModuleType;
  // A header that is not valid YAML gets no schema problems (they would only echo the syntax
  // error), but its values are checked all the same: the rules must never see a value the schema refuses.
  const schema = validateHeader(file, type, data, header, validators);
  if (doc.errors.length === 0) problems.push(...schema.problems);
  const reader = new FieldReader<ProgrammeHeader | SeanceHeader | AssignmentHeader>(header, schema.badPaths);
  result.module = readModule(file, type, reader, header, lines, problems, span.close.end);
  return result;
}

function readModule(
  file: string,
  type: ModuleType,
  reader: FieldReader<ProgrammeHeader | SeanceHeader | AssignmentHeader>,
  header: Header,
  lines: LineIndex,
  problems: Problem[],
  bodyStart: number,
): CourseModule {
  const base = { file, id: reader.string(['id']), title: reader.string(['title']), headerRange: header.openRange };
  switch (type) {
    case 'programme': {
      const read = reader as FieldReader<ProgrammeHeader>;
      const tracks: TrackDeclaration[] = [];
      const node = header.node(['tracks']);
      const count = isSeq(node) ? node.items.length : 0;
      for (let i = 0; i < count; i++) {
        const id = read.string(['tracks', i, 'id']);
        if (!id) continue;
        tracks.push({
          id,
          title: read.string(['tracks', i, 'title'])?.value,
          description: read.string(['tracks', i, 'description'])?.value,
          range: header.valueRange(['tracks', i])!,
        });
      }
      const amount = read.number(['price', 'amount']);
      const currency = read.string(['price', 'currency'])?.value;
      const programme: ProgrammeModule = {
        ...base,
        type,
        organisation: read.string(['organisation'])?.value,
        audience: read.string(['audience'])?.value,
        language: read.string(['language'])?.value,
        country: read.string(['country']),
        timezone: read.string(['timezone'])?.value,
        period: { start: read.date(['period', 'start']), end: read.date(['period', 'end']) },
        tracks,
        price:
          amount !== undefined && currency
            ? { amount, currency, vat: read.string(['price', 'vat'])?.value }
            : undefined,
        contact: read.string(['contact'])?.value,
      };
      return programme;
    }
    case 'seance': {
      const read = reader as FieldReader<SeanceHeader>;
      const date = read.date(['date']);
      const endDate = read.date(['end-date']);
      const agenda = parseAgenda(file, lines, date?.value, bodyStart, false, endDate?.value);
      problems.push(...agenda.problems);
      const seance: SeanceModule = {
        ...base,
        type,
        track: read.string(['track']),
        date,
        endDate,
        time: { start: read.string(['time', 'start']), end: read.string(['time', 'end']) },
        mode: read.string(['mode'])?.value,
        location: read.string(['location'])?.value,
        link: read.string(['link'])?.value,
        facilitators: read.strings(['facilitators']),
        goals: read.strings(['goals']).map((g) => g.value),
        agenda: agenda.items,
        days: agenda.days,
      };
      return seance;
    }
    case 'assignment': {
      const read = reader as FieldReader<AssignmentHeader>;
      const due = read.string(['due']);
      if (due && /^\d{4}-\d{2}-\d{2}$/.test(due.value) && !isIsoDate(due.value)) {
        problems.push({
          file,
          code: 'invalid-date',
          severity: 'error',
          range: due.range,
          message: { key: 'invalid-date', args: { key: 'due', value: due.value } },
        });
      }
      const assignment: AssignmentModule = {
        ...base,
        type,
        track: read.string(['track']),
        given: read.string(['given']),
        due,
        effort: read.string(['effort'])?.value,
      };
      return assignment;
    }
  }
}

/**
 * The paths of keys and list indexes into a header type generated from its JSON Schema
 * (`['tracks', number, 'id']`): reading a key the schema does not have is a compile error.
 */
type HeaderPath<T> = T extends readonly (infer Item)[]
  ? [number] | [number, ...HeaderPath<Item>]
  : T extends object
    ? { [K in keyof T & string]-?: [K] | [K, ...HeaderPath<NonNullable<T[K]>>] }[keyof T & string]
    : never;

/** Reads typed values from the header, skipping any value the schema found wrong. */
class FieldReader<T> {
  constructor(
    private readonly header: Header,
    private readonly badPaths: Set<string>,
  ) {}

  private scalar(path: readonly (string | number)[]): { value: unknown; range: Range; textRange?: Range } | undefined {
    if (this.badPaths.has('/' + path.join('/'))) return undefined;
    const node = this.header.node(path);
    if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
    const range = this.header.valueRange(path)!;
    const textRange = this.header.quotedRange(path);
    return textRange ? { value: node.value, range, textRange } : { value: node.value, range };
  }

  string(path: HeaderPath<T>): Located<string> | undefined {
    return this.stringAt(path);
  }

  private stringAt(path: readonly (string | number)[]): Located<string> | undefined {
    const s = this.scalar(path);
    return s && typeof s.value === 'string' ? s as Located<string> : undefined;
  }

  number(path: HeaderPath<T>): number | undefined {
    const s = this.scalar(path);
    return s && typeof s.value === 'number' ? s.value : undefined;
  }

  date(path: HeaderPath<T>): Located<string> | undefined {
    const s = this.string(path);
    return s && isIsoDate(s.value) ? s : undefined;
  }

  strings(path: HeaderPath<T>): Located<string>[] {
    const node = this.header.node(path);
    if (!isSeq(node)) return [];
    const out: Located<string>[] = [];
    for (let i = 0; i < node.items.length; i++) {
      const s = this.stringAt([...path, i]);
      if (s) out.push(s);
    }
    return out;
  }
}

function yamlProblem(file: string, error: YAMLError, header: Header, contentLength: number): Problem {
  const start = Math.min(error.pos[0], contentLength);
  const end = Math.max(start, Math.min(error.pos[1], contentLength));
  const range = header.range(start, end);
  if (error.code === 'DUPLICATE_KEY') {
    // yaml points at the first character of the repeated key; report the whole key.
    const key = keyStartingAt(header.doc, error.pos[0]);
    const span = key?.range ? { start: key.range[0], end: key.range[1] } : { start, end };
    return {
      file,
      code: 'duplicate-key',
      severity: 'error',
      range: header.range(span.start, span.end),
      message: { key: 'duplicate-key', args: { key: String(key?.value ?? header.lines.text.slice(header.offset + start, header.offset + end)) } },
    };
  }
  const known: Record<string, MessageKey> = {
    TAB_AS_INDENT: 'yaml.TAB_AS_INDENT',
    BAD_INDENT: 'yaml.BAD_INDENT',
    MISSING_CHAR: 'yaml.MISSING_CHAR',
    MULTILINE_IMPLICIT_KEY: 'yaml.implicit-key',
    BLOCK_AS_IMPLICIT_KEY: 'yaml.implicit-key',
    BAD_SCALAR_START: 'yaml.BAD_SCALAR_START',
    UNEXPECTED_TOKEN: 'yaml.UNEXPECTED_TOKEN',
    BLOCK_IN_FLOW: 'yaml.BLOCK_IN_FLOW',
    BAD_DQ_ESCAPE: 'yaml.BAD_DQ_ESCAPE',
  };
  const message: Message = /call stack|too deep/i.test(error.message)
    ? { key: 'yaml.too-deep' }
    : known[error.code]
      ? { key: known[error.code]! }
      : { key: 'yaml.generic', args: { detail: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '') } };
  return { file, code: 'yaml-syntax', severity: 'error', range, message };
}

/** At most one syntax error a line and a handful in all: a broken line should not bury the rest. */
function firstErrorPerLine(errors: readonly YAMLError[], lineOf: (offset: number) => number): YAMLError[] {
  const out: YAMLError[] = [];
  const lines = new Set<number>();
  for (const error of errors) {
    // The line from the file's line index: counting the line breaks before each error costs a pass an error.
    const line = lineOf(error.pos[0]);
    if (lines.has(line)) continue;
    lines.add(line);
    out.push(error);
    if (out.length === 10) break;
  }
  return out;
}

/** The one YAML document of a header's tokens; a second document is an error, as with `parseDocument`. */
export function composeDocument(tokens: readonly CST.Token[], length: number): Document.Parsed {
  let doc: Document.Parsed | undefined;
  // logLevel 'error': a key that is a list (`[a]: x`) is reported as an unknown key, not printed to stderr as a warning.
  // uniqueKeys false: yaml compares each key with every key before it; duplicateKeys finds the same in one pass.
  for (const next of new Composer({ uniqueKeys: false, logLevel: 'error' }).compose(tokens, true, length)) {
    if (!doc) {
      doc = next;
      duplicateKeys(doc);
    } else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return doc!;
}

/**
 * Adds yaml's DUPLICATE_KEY error (at the same place, in the same order among the other errors)
 * for every key written again in its mapping: keys equal as yaml's `uniqueKeys` compares them (a
 * scalar's value, with ===), found with a set per mapping rather than a search per key.
 */
function duplicateKeys(doc: Document.Parsed): void {
  const found: YAMLParseError[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const value = pair.key.value;
        // NaN !== NaN: yaml never takes two `.nan` keys for the same.
        if (typeof value === 'number' && Number.isNaN(value)) continue;
        if (seen.has(value)) {
          const start = pair.key.range![0];
          found.push(new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        } else seen.add(value);
      }
    },
  });
  if (found.length === 0) return;
  // yaml reports a key as it reads it: after the errors before it, before those after it.
  found.sort((a, b) => a.pos[0] - b.pos[0]);
  const merged: YAMLError[] = [];
  let i = 0;
  for (const error of doc.errors) {
    while (i < found.length && found[i]!.pos[0] < error.pos[0]) merged.push(found[i++]!);
    merged.push(error);
  }
  while (i < found.length) merged.push(found[i++]!);
  doc.errors = merged;
}

/**
 * The header as the schema should see it: of a key written twice, the first counts, as it does
 * for every value read from the header (YAML's own data keeps the last).
 */
function firstKeysWin(doc: Document): Document {
  if (!doc.errors.some((error) => error.code === 'DUPLICATE_KEY')) return doc;
  const copy = doc.clone();
  visit(copy, {
    Map(_key, map) {
      const seen = new Set<string>();
      map.items = map.items.filter((pair) => {
        if (!isScalar(pair.key)) return true;
        const key = String(pair.key.value);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    },
  });
  return copy;
}

/** The offset of the first list or group nested deeper than MAX_NESTING, walking the tokens without recursion. */
function tooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((token) => [token, 0] as [CST.Token, number]).reverse();
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_NESTING) return token.offset;
      for (let i = token.items.length - 1; i >= 0; i--) {
        const item: CST.CollectionItem = token.items[i]!;
        if (item.value) stack.push([item.value, depth + 1]);
        if (item.key) stack.push([item.key, depth + 1]);
      }
    }
  }
  return undefined;
}

function keyStartingAt(doc: Document, offset: number): Scalar | undefined {
  let found: Scalar | undefined;
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = pair.key;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The first alias (`*name`) with no anchor (`&name`) before it: YAML cannot read it, and that is all that is wrong. */
function unresolvedAlias(doc: Document): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function firstAliasRange(doc: Document, header: Header): Range | undefined {
  let range: Range | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) range = header.range(node.range[0], node.range[1]);
      return visit.BREAK;
    },
  });
  return range;
}
