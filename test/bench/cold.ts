/**
 * Cold check of a whole workspace by our checker and by its peers, each run in a fresh process
 * (see cold-worker.ts), with the median of several runs.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { TOOLS, type ColdRun } from './cold-worker';

const WORKER = path.join(__dirname, 'cold-worker.ts');
const REPOSITORY = path.resolve(__dirname, '../..');
const TSX = path.join(REPOSITORY, 'node_modules/tsx/dist/cli.mjs');

export type Tool = keyof typeof TOOLS;
export const TOOL_NAMES = Object.keys(TOOLS) as Tool[];

export interface ColdResult {
  tool: Tool;
  /** Median over the runs: reading and checking every module, the tool already loaded. */
  ms: number;
  perModuleMs: number;
  modules: number;
  problems: number;
  runs: number;
}

/** One cold check in a fresh process. */
export function coldRun(tool: Tool, folder: string): ColdRun {
  const out = execFileSync(process.execPath, [TSX, WORKER, tool, folder], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 2 ** 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ColdRun;
}

/** The median of `runs` cold checks of `folder` by `tool`. */
export function benchCold(tool: Tool, folder: string, runs: number): ColdResult {
  const results = Array.from({ length: runs }, () => coldRun(tool, folder)).sort((a, b) => a.ms - b.ms);
  const median = results[Math.floor((runs - 1) / 2)]!;
  return { tool, ms: median.ms, perModuleMs: median.ms / median.modules, modules: median.modules, problems: median.problems, runs };
}

/** The whole `curriculum check` as a user runs it: a new Node process on the built CLI, start to exit. */
export function benchCliProcess(folder: string, runs: number): { ms: number; runs: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    execFileSync(process.execPath, [path.join(REPOSITORY, 'dist/cli.js'), 'check', folder], { stdio: 'ignore' });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor((runs - 1) / 2)]!, runs };
}
