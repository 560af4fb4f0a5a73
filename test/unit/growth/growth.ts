/**
 * How the cost of some work grows with its input: the CPU time at a size n and at 2n, as a
 * ratio. Work that grows in proportion to its input doubles (a ratio near 2); work that grows
 * with the square of it quadruples. The ratio, never a fixed time, is what the growth tests
 * assert, so that a slow or busy machine does not fail them.
 */
import { readFileSync } from 'node:fs';

/** The ratio a doubling may cost: 2 for linear work, with room for noise; a square gives 4. */
export const MAX_RATIO = 3;

/** CPU milliseconds of this process so far (all its threads: the garbage collector's work counts too). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * CPU milliseconds of another process's main thread (the language server), from Linux's
 * schedstat: the time the thread ran, in nanoseconds, unaffected by other processes on the
 * machine. Elsewhere, undefined (the caller then falls back to wall-clock time).
 */
export function processCpuMs(pid: number): number | undefined {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

/** Runs `work` and returns what it cost, by `clock`. */
async function cost(work: () => unknown, clock: () => number): Promise<number> {
  const start = clock();
  await work();
  return clock() - start;
}

export interface Growth {
  n: number;
  /** The least cost of the runs at n and at 2n, in milliseconds. */
  small: number;
  large: number;
  ratio: number;
}

export interface GrowthOptions {
  /** Runs per size; the least cost counts (the run least disturbed by the machine). */
  runs?: number;
  /** The clock: this process's CPU time unless given (the server's CPU time over the protocol). */
  clock?: () => number;
}

/**
 * The cost of `make(2n)`'s work over that of `make(n)`'s, after a run of each to warm up. `make`
 * builds the input (not measured) and returns the work on it. When the first measurement exceeds
 * MAX_RATIO it is taken again (RETRIES times), so that a disturbed run does not fail a test.
 */
export async function growth(n: number, make: (n: number) => () => unknown, options: GrowthOptions = {}): Promise<Growth> {
  const runs = options.runs ?? 5;
  const clock = options.clock ?? cpuMs;
  // A run of a few milliseconds is mostly noise (a collection, a context switch): the size grows
  // until the smaller run costs MIN_MS, so that the ratio measures the work.
  let small = make(n);
  await small(); // the first run also compiles: it says nothing of the size
  for (let doublings = 0; doublings < MAX_DOUBLINGS && (await cost(small, clock)) < MIN_MS; doublings++) {
    n *= 2;
    small = make(n);
  }
  const large = make(2 * n);
  await small();
  await large();
  const measure = async (): Promise<Growth> => {
    let a = Infinity;
    let b = Infinity;
    for (let i = 0; i < runs; i++) {
      a = Math.min(a, await cost(small, clock));
      b = Math.min(b, await cost(large, clock));
    }
    return { n, small: a, large: b, ratio: b / Math.max(a, 0.001) };
  };
  // A busy machine can disturb a whole measurement (the garbage collector, another process on
  // the same core): work that truly grows faster than its input exceeds the ratio every time.
  let measured = await measure();
  for (let retry = 0; retry < RETRIES && measured.ratio >= MAX_RATIO; retry++) measured = await measure();
  return measured;
}

/** How many times a measurement over MAX_RATIO is taken again before it counts. */
const RETRIES = 3;

/** The least cost, in milliseconds, of the work at the smaller size; a cheaper size is doubled. */
const MIN_MS = 25;

/** How many times a size may be doubled to cost MIN_MS. */
const MAX_DOUBLINGS = 4;

/** A line for the test log: the sizes, the costs and the ratio. */
export function describeGrowth(what: string, g: Growth): string {
  return `${what}: n=${g.n} ${g.small.toFixed(1)} ms, 2n ${g.large.toFixed(1)} ms, ratio ${g.ratio.toFixed(2)}`;
}
