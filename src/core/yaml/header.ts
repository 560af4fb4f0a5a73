import type { Document, Node } from 'yaml';
import type { LineIndex } from '../lines';
import type { Range } from '../types';
import { findNode, nodeSpan, quotedTextSpan } from './yamlNodes';

/** The parsed YAML header of one file, able to say where each key and value stands. */
export class Header {
  constructor(
    readonly doc: Document,
    /** Offset of the header's first character in the file. */
    readonly offset: number,
    readonly lines: LineIndex,
    /** The range of the opening `---` line. */
    readonly openRange: Range,
    /** Offset where the closing `---` line starts. */
    readonly closeOffset: number,
  ) {}

  /** The range of file offsets given relative to the header. */
  range(start: number, end: number): Range {
    return this.lines.range(this.offset + start, this.offset + end);
  }

  /** The range of a value; of its key when the value is empty; undefined when the path is absent. */
  valueRange(path: readonly (string | number)[]): Range | undefined {
    if (path.length === 0) return this.openRange;
    const found = findNode(this.doc, path);
    if (!found) return undefined;
    const span = nodeSpan(found.node);
    if (span && span.end > span.start) return this.range(span.start, span.end);
    return this.keyRange(path);
  }

  /** The range of the key of a path; for a list item, the item itself. */
  keyRange(path: readonly (string | number)[]): Range | undefined {
    if (path.length === 0) return this.openRange;
    const found = findNode(this.doc, path);
    if (!found) return undefined;
    const span = nodeSpan(found.pair?.key ?? found.node);
    return span ? this.range(span.start, span.end) : undefined;
  }

  /**
   * The range inside the quotes of a quoted value (or, with `'key'`, a quoted key); undefined
   * when it is not quoted. An edit written there keeps the quotes the designer chose.
   */
  quotedRange(path: readonly (string | number)[], part: 'key' | 'value' = 'value'): Range | undefined {
    const found = findNode(this.doc, path);
    const inner = quotedTextSpan(part === 'key' ? found?.pair?.key : found?.node);
    return inner ? this.range(inner.start, inner.end) : undefined;
  }

  /** The node at a path. */
  node(path: readonly (string | number)[]): Node | undefined {
    return findNode(this.doc, path)?.node;
  }

  /** The exact source text of a value node. */
  source(path: readonly (string | number)[]): string | undefined {
    const span = nodeSpan(this.node(path));
    if (!span) return undefined;
    return this.lines.text.slice(this.offset + span.start, this.offset + span.end);
  }
}
