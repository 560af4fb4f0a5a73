/** Percentiles of a set of timings, in milliseconds. */
export interface Stats {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

/** p50, p95 (nearest rank) and max of `values`; zeros for an empty set. */
export function stats(values: readonly number[]): Stats {
  if (values.length === 0) return { p50: 0, p95: 0, max: 0, runs: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  return { p50: rank(0.5), p95: rank(0.95), max: sorted[sorted.length - 1]!, runs: sorted.length };
}
