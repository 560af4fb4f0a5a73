import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

/** A node of the header found by its path, with the key/value pair that holds it. */
export interface FoundNode {
  node?: Node;
  pair?: Pair<Node, Node | null>;
}

/** Finds the node at a path of keys and list indexes (`['tracks', 0, 'id']`). */
export function findNode(doc: Document, path: readonly (string | number)[]): FoundNode | undefined {
  let node: Node | null | undefined = doc.contents as Node | null;
  let pair: Pair<Node, Node | null> | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      pair = node.items.find(
        (item): item is Pair<Node, Node | null> =>
          isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) return undefined;
      pair = undefined;
      node = item as Node;
    } else {
      return undefined;
    }
  }
  return { node: node ?? undefined, pair };
}

/** Splits an ajv instance path (`/tracks/0/id`) into keys. */
export function pointerToPath(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The offsets a node covers (without trailing comments), or undefined when it has none. */
export function nodeSpan(node: Node | null | undefined): { start: number; end: number } | undefined {
  const r = node?.range;
  if (!r) return undefined;
  return { start: r[0], end: r[1] };
}

/**
 * The offsets of a quoted scalar's text inside its quotes, or undefined when the node is not a
 * quoted scalar: an edit there changes the text and keeps the quotes the designer wrote.
 */
export function quotedTextSpan(node: Node | null | undefined): { start: number; end: number } | undefined {
  const span = nodeSpan(node);
  if (!span || !isScalar(node) || (node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE')) return undefined;
  return span.end - span.start >= 2 ? { start: span.start + 1, end: span.end - 1 } : undefined;
}
