/** The YAML of a header read safely: too deep nesting refused, duplicate keys found in one pass, its syntax problems put in words. */
import { Composer, isScalar, visit, YAMLParseError, type Alias, type CST, type Document, type Scalar, type YAMLError } from 'yaml';
import type { MessageKey } from '../messages';
import type { Message, Problem, Range } from '../types';
import type { Header } from '../yaml/header';

/** Aliases expanded beyond this count are treated as an attack on memory (a "billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

/**
 * Lists and groups nested deeper than this (the header itself counts as one) are refused before
 * the YAML reader recurses into them: its call stack would run out at a depth, and so at a place,
 * that depends on the machine.
 */
export const MAX_NESTING = 100;

export function yamlProblem(file: string, error: YAMLError, header: Header, contentLength: number): Problem {
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
      message: {
        key: 'duplicate-key',
        args: { key: String(key?.value ?? header.lines.text.slice(header.offset + start, header.offset + end)) },
      },
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
export function firstErrorPerLine(errors: readonly YAMLError[], lineOf: (offset: number) => number): YAMLError[] {
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
export function firstKeysWin(doc: Document): Document {
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
export function tooDeep(tokens: readonly CST.Token[]): number | undefined {
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
export function unresolvedAlias(doc: Document): Alias | undefined {
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

export function firstAliasRange(doc: Document, header: Header): Range | undefined {
  let range: Range | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) range = header.range(node.range[0], node.range[1]);
      return visit.BREAK;
    },
  });
  return range;
}
