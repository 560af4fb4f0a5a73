/**
 * The candidate closest to a misspelt word, if it is close enough to be what was meant:
 * a few letters off (more for longer words; two swapped letters count as one), or a candidate
 * that contains the word.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = lower.length <= 3 ? 1 : lower.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  let containing: string | undefined;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const other = candidate.toLowerCase();
    const d = editDistance(lower, other);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
    if (lower.length >= 4 && containing === undefined && (other.includes(lower) || lower.includes(other))) {
      containing = candidate;
    }
  }
  return bestDistance <= limit ? best : containing;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** How many different misspelt words one set of candidates suggests for; beyond, no suggestion. */
export const MAX_SUGGESTED_WORDS = 50;

/**
 * `closest` for many words against one set of candidates (every unknown track of a programme
 * against its tracks): each word is compared once, and only the first MAX_SUGGESTED_WORDS
 * different words are compared at all, so that n wrong references to n candidates cost n, not n².
 */
export function suggester(candidates: readonly string[]): (word: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (word) => {
    if (known.has(word)) return known.get(word);
    if (known.size >= MAX_SUGGESTED_WORDS) return undefined;
    const suggestion = closest(word, candidates);
    known.set(word, suggestion);
    return suggestion;
  };
}
