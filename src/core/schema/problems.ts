/** An ajv error of a header put as a problem at the narrowest range, in words, with a fix where one is sure. */
import type { ErrorObject } from 'ajv/dist/2020';
import { Document, isMap } from 'yaml';
import { normaliseTime } from '../dates';
import { replaceFix } from '../fixes';
import type { ModuleType } from '../module';
import type { Header } from '../yaml/header';
import { pointerToPath } from '../yaml/yamlNodes';
import { closest } from '../suggest';
import type { ProblemCode } from '../codes';
import type { MessageKey } from '../messages';
import { readingMessages } from '../messages/reading';
import type { Fix, Message, Problem, Range, Severity } from '../types';

/** What a `pattern` of a shared definition asks for, in words (a link's pattern and format say the same). */
const PATTERN_MESSAGES: Record<string, MessageKey> = {
  id: 'invalid-value.id',
  trackRef: 'invalid-value.id',
  line: 'invalid-value.one-line',
  webAddress: 'invalid-value.uri',
};

export function toProblem(
  file: string,
  type: ModuleType,
  error: ErrorObject,
  header: Header,
  misspelt: ReadonlyMap<string, string>,
): Problem {
  const path = pointerToPath(error.instancePath);
  const key = displayKey(path);
  const valueRange = header.valueRange(path) ?? header.openRange;
  const make = (code: ProblemCode, severity: Severity, range: Range, message: Message, fixes?: Fix[]): Problem =>
    fixes && fixes.length > 0 ? { file, code, severity, range, message, fixes } : { file, code, severity, range, message };
  const replace = (range: Range, text: string): Fix[] => [replaceFix(file, range, text)];
  const def = /\$defs\/(\w+)\//.exec(error.schemaPath)?.[1];
  const source = header.source(path) ?? '';

  // `date: !!timestamp 2027-03-11`: the YAML tag made the value a thing that is not text; say so.
  const tag = error.keyword === 'type' ? writtenTag(header, path) : undefined;
  if (tag) {
    const code = def === 'date' ? 'invalid-date' : def === 'time' ? 'invalid-time' : 'wrong-type';
    return make(code, 'error', { start: tag.range.start, end: valueRange.end }, { key: 'invalid-value.tag', args: { key, tag: tag.text } });
  }
  if ((def === 'time' || def === 'date') && error.keyword === 'type' && unquote(source) === '') {
    return make(def === 'time' ? 'invalid-time' : 'invalid-date', 'error', valueRange, { key: `empty.${def}`, args: { key } });
  }
  if (def === 'time' && (error.keyword === 'type' || error.keyword === 'format')) {
    const fixed = normaliseTime(unquote(source));
    const fixes = fixed ? replace(valueRange, requote(source, fixed)) : undefined;
    return make('invalid-time', 'error', valueRange, { key: 'invalid-time', args: { key, value: unquote(source) } }, fixes);
  }
  if (def === 'date' && (error.keyword === 'type' || error.keyword === 'format')) {
    return make('invalid-date', 'error', valueRange, { key: 'invalid-date', args: { key, value: unquote(source) } });
  }
  switch (error.keyword) {
    case 'required': {
      const missing = String(error.params.missingProperty);
      const near = misspelt.get(`${error.instancePath}/${missing}`);
      if (near) {
        return make('missing-key', 'error', header.keyRange([...path, near]) ?? header.openRange, {
          key: 'missing-key.near',
          args: { key: missing, near },
        });
      }
      const properties = (error.parentSchema?.properties ?? {}) as Record<string, { examples?: unknown[] }>;
      const example = inline(properties[missing]?.examples?.[0] ?? '…');
      if (path.length === 0) {
        return make(
          'missing-key',
          'error',
          header.openRange,
          { key: 'missing-key', args: { key: missing, example } },
          insertKeyFix(file, header, missing, example),
        );
      }
      return make('missing-key', 'error', header.keyRange(path) ?? header.openRange, {
        key: 'missing-key.in',
        args: { parent: key, key: missing, example },
      });
    }
    case 'additionalProperties': {
      const unknown = String(error.params.additionalProperty);
      const keyRange = header.keyRange([...path, unknown]) ?? valueRange;
      const known = Object.keys((error.parentSchema?.properties ?? {}) as object);
      const suggestion = closest(unknown, known);
      if (suggestion) {
        return make(
          'unknown-key',
          'warning',
          keyRange,
          { key: 'unknown-key.suggest', args: { key: unknown, suggestion } },
          replace(header.quotedRange([...path, unknown], 'key') ?? keyRange, suggestion),
        );
      }
      return make('unknown-key', 'warning', keyRange, {
        key: 'unknown-key',
        args: { key: unknown, module: { key: `module.${type}` } },
      });
    }
    case 'type': {
      // split gives at least one string, so the first is always there.
      const expected = String(error.params.type).split(',')[0]!;
      return make('wrong-type', 'error', valueRange, {
        key: 'wrong-type',
        args: { key, expected: expectedWord(expected) },
      });
    }
    case 'enum': {
      const values = (error.params.allowedValues as unknown[]).map(String);
      const suggestion = typeof error.data === 'string' ? closest(error.data, values) : undefined;
      const list = values.join(', ');
      if (suggestion) {
        return make(
          'invalid-value',
          'error',
          valueRange,
          { key: 'invalid-value.enum-suggest', args: { key, values: list, suggestion } },
          replace(header.quotedRange(path) ?? valueRange, suggestion),
        );
      }
      return make('invalid-value', 'error', valueRange, { key: 'invalid-value.enum', args: { key, values: list } });
    }
    case 'pattern':
      return make('invalid-value', 'error', valueRange, {
        key: PATTERN_MESSAGES[def ?? ''] ?? (key === 'effort' ? 'invalid-value.effort' : 'invalid-value.generic'),
        args: { key },
      });
    case 'format':
      return make('invalid-value', 'error', valueRange, {
        key: error.params.format === 'uri' ? 'invalid-value.uri' : 'invalid-value.generic',
        args: { key },
      });
    case 'minLength':
      return make('invalid-value', 'error', valueRange, { key: 'invalid-value.empty', args: { key } });
    case 'minItems':
      return make('invalid-value', 'error', valueRange, {
        key: 'invalid-value.min-items',
        args: { key, limit: Number(error.params.limit) },
      });
    case 'minimum':
      return make('invalid-value', 'error', valueRange, {
        key: 'invalid-value.minimum',
        args: { key, limit: Number(error.params.limit) },
      });
    default:
      return make('invalid-value', 'error', valueRange, { key: 'invalid-value.generic', args: { key } });
  }
}

/** The explicit YAML tag of a value (`!!timestamp`) as written before it, with its range. */
function writtenTag(header: Header, path: readonly string[]): { text: string; range: Range } | undefined {
  const node = header.node(path);
  const tag = node && 'tag' in node && typeof node.tag === 'string' ? node.tag : undefined;
  if (!tag || !node?.range) return undefined;
  const text = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
  const start = header.offset + node.range[0];
  const before = header.lines.text.slice(Math.max(header.offset, start - text.length - 200), start);
  const at = before.lastIndexOf(text);
  if (at === -1 || before.slice(at + text.length).trim() !== '') return undefined;
  return { text, range: header.lines.range(start - before.length + at, start - before.length + at + text.length) };
}

/** The key a course designer sees for a path: its keys joined with dots (`time.start`), no list indexes. */
function displayKey(path: readonly string[]): string {
  const keys = path.filter((segment) => !/^\d+$/.test(segment));
  return keys.length > 0 ? keys.join('.') : 'type';
}

/** An example value written as it would stand on one line of YAML. */
function inline(value: unknown): string {
  if (typeof value === 'string') return value;
  return new Document(value).toString({ collectionStyle: 'flow', lineWidth: 0 }).trim();
}

function unquote(source: string): string {
  const m = /^(["'])(.*)\1$/s.exec(source.trim());
  return m ? m[2]! : source.trim();
}

/** Writes a new value in the same quotes as the old one. */
function requote(source: string, value: string): string {
  const quote = source.trim()[0];
  return quote === '"' || quote === "'" ? `${quote}${value}${quote}` : value;
}

/**
 * Adds `key: example` as the last line of the header, indented as its other keys, with the file's
 * own line break. None for a header written as one `{ ... }`, where a line below would break it.
 */
function insertKeyFix(file: string, header: Header, key: string, example: string): Fix[] {
  const root = header.doc.contents;
  if (!isMap(root) || root.flow || !root.range) return [];
  const text = header.lines.text;
  const newline = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
  const indent = ' '.repeat(header.lines.positionAt(header.offset + root.range[0]).character);
  const position = header.lines.positionAt(header.closeOffset);
  return [
    {
      title: { key: 'fix.insert-key', args: { key } },
      edits: [{ file, range: { start: position, end: position }, newText: `${indent}${key}: ${example}${newline}` }],
    },
  ];
}

/** A JSON type in words (`expected.array`), or the type as ajv names it when the catalogue has no words for it. */
function expectedWord(type: string): Message | string {
  const key = `expected.${type}`;
  return isReadingKey(key) ? { key } : type;
}

function isReadingKey(key: string): key is keyof typeof readingMessages {
  return Object.hasOwn(readingMessages, key);
}
