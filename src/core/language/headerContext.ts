import type { LineIndex } from '../lines';
import type { ParsedFile } from '../module';
import type { Position, Range } from '../types';

/** What the cursor is on in a module header, for completion and hover. */
export type HeaderContext =
  | { kind: 'key'; path: (string | number)[]; prefix: string; range: Range; siblings: string[] }
  | { kind: 'value'; path: (string | number)[]; prefix: string; range: Range };

const KEY_LINE = /^(\s*)(- +)?([\w-]+):(?:[ \t]+(.*))?$/;

/**
 * Works out from the lines of the header (so that it also works in a header that does not parse
 * yet) whether the cursor is where a key or a value goes, and under which keys. Block mappings,
 * block lists of mappings (`tracks:`) and one-line flow mappings (`time: { start: … }`) are
 * understood. The header is where the parse of the current text found it.
 */
export function headerContextAt(parsed: Pick<ParsedFile, 'lines' | 'frontmatter'>, position: Position): HeaderContext | undefined {
  const { lines, frontmatter: span } = parsed;
  const text = lines.text;
  if (!span) return undefined;
  const offset = lines.offsetAt(position);
  const end = span.close?.start ?? text.length;
  if (offset < span.content.start || offset > end) return undefined;
  const lineStart = lines.lineStart(position.line);
  const before = text.slice(lineStart, offset);
  // A completion replaces the word being typed: the prefix and the rest of the word after the cursor.
  const rest = /^[\w.:-]*/.exec(text.slice(offset, lines.lineEnd(position.line)))![0].replace(/:$/, '');
  const rangeOf = (prefix: string): Range => ({
    start: { line: position.line, character: position.character - prefix.length },
    end: { line: position.line, character: position.character + rest.length },
  });

  // Inside a one-line flow mapping: `time: { start: "08:30", en|` or a list item `- { id: a, ti|`
  const flow = /^(\s*)(- +)?(?:([\w-]+):\s*)?\{([^}]*)$/.exec(before);
  if (flow && (flow[3] !== undefined || flow[2] !== undefined)) {
    const parents = parentPath(lines, span.content.start, position.line, before);
    if (flow[3] !== undefined) parents.push(flow[3]);
    const inside = flow[4]!;
    const segment = inside.slice(inside.lastIndexOf(',') + 1);
    const pair = /^\s*([\w-]+):\s*(["']?)([^"']*)$/.exec(segment);
    if (pair) return { kind: 'value', path: [...parents, pair[1]!], prefix: pair[3]!, range: rangeOf(pair[3]!) };
    const keyPrefix = /([\w-]*)$/.exec(segment)![1]!;
    const siblings = [...('{' + inside).matchAll(/[{,]\s*([\w-]+):/g)].map((m) => m[1]!);
    return { kind: 'key', path: parents, prefix: keyPrefix, range: rangeOf(keyPrefix), siblings };
  }

  // A value after `key: `
  const value = /^(\s*)(- +)?([\w-]+):[ \t]+(["']?)([^"'{[]*)$/.exec(before);
  if (value) {
    const parents = parentPath(lines, span.content.start, position.line, before);
    return { kind: 'value', path: [...parents, value[3]!], prefix: value[5]!, range: rangeOf(value[5]!) };
  }

  // A key being written at the start of a line (or after `- ` in a list of mappings)
  const key = /^(\s*)(- +)?([\w-]*)$/.exec(before);
  if (key) {
    const indent = key[1]!.length + (key[2]?.length ?? 0);
    const parents = parentPath(lines, span.content.start, position.line, before);
    return {
      kind: 'key',
      path: parents,
      prefix: key[3]!,
      range: rangeOf(key[3]!),
      siblings: siblingKeys(lines, span.content.start, end, position.line, indent),
    };
  }
  return undefined;
}

/**
 * The keys and list indexes above a line: each earlier line with less indentation that opens a
 * block (`key:` with nothing after it) is a parent, and a `- ` item that holds the line adds
 * its index.
 */
function parentPath(lines: LineIndex, headerStart: number, line: number, lineText: string): (string | number)[] {
  const firstLine = lines.positionAt(headerStart).line;
  const own = /^(\s*)(- +)?/.exec(lineText)!;
  const path: (string | number)[] = [];
  let limit = own[0].length;
  if (own[2]) {
    path.unshift(itemIndex(lines, firstLine, line, own[1]!.length));
    limit = own[1]!.length;
  }
  for (let l = line - 1; l >= firstLine && limit > 0; l--) {
    const text = lineAt(lines, l);
    if (text.trim() === '' || text.trim().startsWith('#')) continue;
    const lead = /^(\s*)(- +)?/.exec(text)!;
    const indent = lead[1]!.length;
    if (lead[2] && indent < limit && lead[0].length <= limit) {
      path.unshift(itemIndex(lines, firstLine, l, indent));
      limit = indent;
    } else if (!lead[2] && indent < limit) {
      const parent = /^\s*([\w-]+):\s*(#.*)?$/.exec(text);
      if (!parent) return path;
      path.unshift(parent[1]!);
      limit = indent;
    }
  }
  return path;
}

/** The index of the list item that starts on a line: how many items of its list come before it. */
function itemIndex(lines: LineIndex, firstLine: number, line: number, dashIndent: number): number {
  let count = 0;
  for (let l = line - 1; l >= firstLine; l--) {
    const text = lineAt(lines, l);
    if (text.trim() === '') continue;
    const lead = /^(\s*)(- +)?/.exec(text)!;
    if (lead[1]!.length < dashIndent) break;
    if (lead[2] && lead[1]!.length === dashIndent) count++;
  }
  return count;
}

function lineAt(lines: LineIndex, line: number): string {
  return lines.text.slice(lines.lineStart(line), lines.lineEnd(line));
}

/**
 * The keys already written at the same indentation in the same block (or the same list item),
 * so that completion does not offer them again.
 */
function siblingKeys(lines: LineIndex, headerStart: number, headerEnd: number, line: number, indent: number): string[] {
  const keys: string[] = [];
  const firstLine = lines.positionAt(headerStart).line;
  const lastLine = lines.positionAt(headerEnd).line;
  const ownIsItem = /^\s*- /.test(lineAt(lines, line));
  for (const direction of [-1, 1]) {
    for (let l = line + direction; l >= firstLine && l < lastLine; l += direction) {
      const text = lineAt(lines, l);
      if (text.trim() === '') continue;
      const lead = /^(\s*)(- +)?/.exec(text)!;
      if (lead[0].length < indent) break;
      const isItem = lead[2] !== undefined;
      // A new `- ` item at this column starts another item: its keys are not siblings.
      if (isItem && lead[0].length === indent && (direction === 1 || ownIsItem)) break;
      const m = KEY_LINE.exec(text);
      if (m && lead[0].length === indent) keys.push(m[3]!);
      if (isItem && lead[0].length === indent) break;
    }
  }
  return keys;
}
