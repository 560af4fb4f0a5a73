import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import * as fc from 'fast-check';
import { LineIndex, Workspace, type Position, type Problem, type Range } from '../../../src/core';

/**
 * What every robustness test asks of the checker, whatever the input: no exception, no fault
 * hidden in a rule, every range inside its document, and an answer in bounded time. Shared by the
 * corpus and property tests of the core (test/unit/robustness) and of the server (test/protocol).
 */

/**
 * A hang guard, not a benchmark: a check of one input that takes longer than this has hung (or
 * gone quadratic). Generous, so that a busy 2-core machine never trips it on a correct run.
 */
export const HANG_GUARD_MS = 30_000;

/**
 * Runs a synchronous check of the checker; fails if it took longer than the hang guard, or if the
 * checker printed a process warning (on a server's stderr, for every keystroke).
 */
export function guarded<T>(what: string, check: () => T): T {
  const warnings: string[] = [];
  const emitWarning = process.emitWarning;
  process.emitWarning = (warning: string | Error) => void warnings.push(String(warning));
  const start = performance.now();
  let result: T;
  try {
    result = check();
  } finally {
    process.emitWarning = emitWarning;
  }
  const elapsed = performance.now() - start;
  assert.ok(elapsed < HANG_GUARD_MS, `${what} took ${Math.round(elapsed)} ms, over the hang guard of ${HANG_GUARD_MS} ms`);
  assert.deepEqual(warnings, [], `${what} printed process warnings`);
  return result;
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);

/**
 * Fails unless each range lies inside the text (without its byte order mark, as editors show it):
 * lines end at \n, \r\n or a lone \r, a character is at most the length of its line, a range does
 * not start after it ends.
 */
export function assertRangesInside(ranges: readonly { range: Range; what: string }[], text: string): void {
  const lines = new LineIndex(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const check = (position: Position, what: string): void => {
    assert.ok(
      Number.isInteger(position.line) && position.line >= 0 && position.line < lines.lineCount,
      `${what}: line ${position.line} of ${lines.lineCount}`,
    );
    const length = lines.lineEnd(position.line) - lines.lineStart(position.line);
    assert.ok(
      Number.isInteger(position.character) && position.character >= 0 && position.character <= length,
      `${what}: character ${position.character} of a line of ${length}`,
    );
  };
  for (const { range, what } of ranges) {
    check(range.start, what);
    check(range.end, what);
    assert.ok(before(range.start, range.end), `${what}: starts after it ends`);
  }
}

/**
 * Fails unless every range of the problems lies inside their file's text, and every range of
 * their fixes inside the text of the file the fix edits. `textOf` gives a file's text.
 */
export function assertInside(problems: readonly Problem[], textOf: (file: string) => string | undefined): void {
  for (const problem of problems) {
    const text = textOf(problem.file);
    assert.ok(text !== undefined, `${problem.code} is in ${problem.file}, which is not in the workspace`);
    assertRangesInside([{ range: problem.range, what: `${problem.code} at ${JSON.stringify(problem.range)} in ${problem.file}` }], text);
    for (const edit of (problem.fixes ?? []).flatMap((fix) => fix.edits)) {
      const target = textOf(edit.file);
      assert.ok(target !== undefined, `a fix of ${problem.code} edits ${edit.file}, which is not in the workspace`);
      assertRangesInside(
        [{ range: edit.range, what: `a fix of ${problem.code} at ${JSON.stringify(edit.range)} in ${edit.file}` }],
        target,
      );
    }
  }
}

/** A Workspace that records faults of the checker (a rule or the reader that threw) instead of logging them. */
export class WatchedWorkspace extends Workspace {
  readonly faults: unknown[];

  constructor() {
    const faults: unknown[] = [];
    super((error) => faults.push(error));
    this.faults = faults;
  }

  /** Fails on any fault so far, and unless every range of every file's problems is inside its document. */
  assertSound(texts: ReadonlyMap<string, string>): Map<string, Problem[]> {
    const problems = this.problems();
    assert.deepEqual(this.faults.map(String), [], 'the checker met an internal error');
    for (const list of problems.values()) assertInside(list, (file) => texts.get(file));
    return problems;
  }
}

/** The seed of every property run: fixed so that runs repeat, overridden by FC_SEED. */
export const PROPERTY_SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20270311;

/**
 * The number of cases of a property: its default, or FC_RUNS for every property (FC_RUNS=10000
 * for a long hunt).
 */
export function propertyRuns(defaultRuns: number): number {
  return process.env.FC_RUNS ? Number(process.env.FC_RUNS) : defaultRuns;
}

/** Properties passed so far in this process, and the cases they ran, for the summary line. */
export const propertyTally = { properties: 0, cases: 0 };

/** fast-check's parameters for a property: the seed and the number of runs. */
export function propertyParameters(defaultRuns: number): fc.Parameters<unknown> {
  return { seed: PROPERTY_SEED, numRuns: propertyRuns(defaultRuns) };
}

/** Asserts a synchronous property; when it holds, adds its cases to the tally. */
export function assertProperty<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void, defaultRuns: number): void {
  let cases = 0;
  fc.assert(
    fc.property(arbitrary, (value) => {
      cases++;
      predicate(value);
    }),
    propertyParameters(defaultRuns) as fc.Parameters<[T]>,
  );
  propertyTally.properties++;
  propertyTally.cases += cases;
}

/** Asserts an asynchronous property; when it holds, adds its cases to the tally. */
export async function assertAsyncProperty<T>(
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
  defaultRuns: number,
): Promise<void> {
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      cases++;
      await predicate(value);
    }),
    propertyParameters(defaultRuns) as fc.Parameters<[T]>,
  );
  propertyTally.properties++;
  propertyTally.cases += cases;
}
