import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/** A node of the header found by its path, with the key/value pair that holds it. */
export interface FoundNode {
  node?: Node;
  pair?: Pair<Node, Node | null>;
}

/** Finds the node at a path of keys and list indexes (`['tracks', 0, 'id']`). */
export function findNode(doc: Document, path: readonly (string | number)[]): FoundNode | undefined {
  let node: Node | null | undefined = doc.contents;
  let pair: Pair<Node, Node | null> | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      pair = keysOf(node).get(String(segment));
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

/**
 * The pairs of a mapping by key (the first, of a key written twice), built once per mapping: a
 * header of 40,000 keys with an error at each is then mapped in one pass, not one pass an error.
 * The header's document is not changed after it is read, so the index stays true.
 */
function keysOf(map: YAMLMap): Map<string, Pair<Node, Node | null>> {
  let keys = indexes.get(map);
  if (!keys) {
    keys = new Map();
    for (const item of map.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const key = String(item.key.value);
      if (!keys.has(key)) keys.set(key, item as Pair<Node, Node | null>);
    }
    indexes.set(map, keys);
  }
  return keys;
}

const indexes = new WeakMap<YAMLMap, Map<string, Pair<Node, Node | null>>>();

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
