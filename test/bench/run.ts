/**
 * `npm run bench`: generates workspaces of 100, 1,000 and 10,000 modules and measures, side by
 * side, the cold check against its peers, typing in the language server, its memory, the timeline
 * and the bundles' size and start. Prints a table and writes bench/results.json.
 *
 *   npm run bench                  the full run (about 15 minutes on a 2-core machine)
 *   npm run bench -- --smoke       100 modules and one run of each part: the run in `npm test`
 *   npm run bench -- --only cold   one part: cold, typing, timeline, start
 *
 * Timings are not tests: nothing here fails on a time. It fails when a tool did not check what it
 * was given — a module count or a problem count that differs from what the generator made.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import * as path from 'node:path';
import { benchCliProcess, benchCold, TOOL_NAMES, type ColdResult } from './cold';
import { writeWorkspace } from './generate';
import { benchTyping, type TypingBench } from './typing';
import type { ActivationResult } from './activation.mjs';
import { benchTimeline, type TimelineBench } from './timeline';

const REPOSITORY = path.resolve(__dirname, '../..');
const smoke = process.argv.includes('--smoke');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const wants = (part: string): boolean => only === undefined || only === part;

const SIZES = smoke ? [100] : [100, 1000, 10000];
const COLD_RUNS = (modules: number): number => (smoke ? 1 : modules >= 10000 ? 1 : 3);
const TYPING_SIZES = smoke ? [100] : [1000, 10000];
const EDITS = smoke ? 8 : 200;
const ACTIVATION_RUNS = smoke ? 1 : 10;
const TIMELINE_RUNS = smoke ? 1 : 20;

/** What each goal of the issue is, to print next to the figures. */
const GOALS = {
  coldVsYamlLanguageServer: 'ratio ≤ 1.0 at 1,000 modules',
  coldVsRemarkLint: 'at least 3× faster at 1,000 modules',
  typing1k: 'p95 ≤ 5 ms at 1,000 modules',
  typing10k: 'p95 ≤ 20 ms at 10,000 modules',
  memory1k: '≤ 150 MB RSS at 1,000 modules',
  timelineFirst: 'first render ≤ 100 ms for 500 items',
  timelineUpdate: 'update ≤ 30 ms for 500 items',
  activation: 'activation ≤ 100 ms',
  extensionBundle: 'extension bundle ≤ 150 KB',
  serverBundle: 'server bundle ≤ 1.5 MB',
};

interface Results {
  date: string;
  machine: { cpus: number; model: string; node: string };
  smoke: boolean;
  cold: { modules: number; tools: ColdResult[]; cliProcessMs: number }[];
  typing: TypingBench[];
  timeline?: TimelineBench;
  start?: ActivationResult;
  goals: typeof GOALS;
}

const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

/** A copy of the workspace with an unknown key in every seance: every tool must find them all. */
function brokenCopy(files: Map<string, string>, folder: string): number {
  let broken = 0;
  for (const [relative, text] of files) {
    const full = path.join(folder, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    const isSeance = relative.includes('/seancer/');
    if (isSeance) broken++;
    writeFileSync(full, isSeance ? text.replace('\nmode:', '\ncolour: blue\nmode:') : text);
  }
  return broken;
}

function assertChecked(result: ColdResult, modules: number, problems: number | 'some'): void {
  const wrongProblems = problems === 'some' ? result.problems < 1 : result.problems !== problems;
  if (result.modules !== modules || wrongProblems) {
    throw new Error(
      `${result.tool} checked ${result.modules} of ${modules} modules and found ${result.problems} problems, expected ${problems}: its figures would not compare.`,
    );
  }
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'curriculum-bench-'));
  const results: Results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', node: process.version },
    smoke,
    cold: [],
    typing: [],
    goals: GOALS,
  };
  try {
    const folders = new Map<number, string>();
    for (const modules of new Set([...SIZES, ...TYPING_SIZES])) {
      const folder = path.join(scratch, String(modules));
      const files = writeWorkspace(folder, modules);
      folders.set(modules, folder);
      if (modules === SIZES[0]) {
        // Each tool must find every broken seance of the smallest workspace, or it checks nothing.
        const brokenFolder = path.join(scratch, `${modules}-broken`);
        const broken = brokenCopy(files, brokenFolder);
        for (const tool of wants('cold') ? TOOL_NAMES : []) {
          const result = benchCold(tool, brokenFolder, 1);
          assertChecked(result, modules, tool === 'ours' || tool === 'floor' ? broken : 'some');
        }
      }
    }

    if (wants('cold')) {
      for (const modules of SIZES) {
        const folder = folders.get(modules)!;
        const tools: ColdResult[] = [];
        for (const tool of TOOL_NAMES) {
          // remark-lint-frontmatter-schema compiles the schema again for every file: 10,000 take minutes.
          if (tool === 'remark-lint-frontmatter-schema' && modules > 1000) continue;
          const result = benchCold(tool, folder, COLD_RUNS(modules));
          assertChecked(result, modules, 0);
          tools.push(result);
          process.stderr.write(`cold ${modules} ${tool}: ${fmt(result.ms)} ms\n`);
        }
        const cliProcessMs = benchCliProcess(folder, COLD_RUNS(modules)).ms;
        results.cold.push({ modules, tools, cliProcessMs });
      }
    }

    if (wants('typing')) {
      for (const modules of TYPING_SIZES) {
        const result = await benchTyping(folders.get(modules)!, modules, EDITS);
        results.typing.push(result);
        process.stderr.write(`typing ${modules}: p95 ${fmt(result.editedFile.p95)} ms\n`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  if (wants('timeline')) {
    results.timeline = await benchTimeline({ runs: TIMELINE_RUNS });
    process.stderr.write(`timeline: first render p50 ${fmt(results.timeline.firstRender.p50)} ms\n`);
  }

  if (wants('start')) {
    // An ES module with top-level await (its own command line): imported, not required.
    const { benchActivation } = await import('./activation.mjs');
    results.start = await benchActivation({ runs: ACTIVATION_RUNS });
    process.stderr.write(`activation: p50 ${fmt(results.start.activation.p50)} ms\n`);
  }

  print(results);
  const out = path.join(REPOSITORY, 'bench', smoke ? 'results-smoke.json' : 'results.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(`\nWritten to ${path.relative(process.cwd(), out)}\n`);
}

function print(results: Results): void {
  const lines: string[] = [];
  lines.push(
    `Curriculum Studio benchmark — ${results.date}, ${results.machine.cpus} × ${results.machine.model}, Node ${results.machine.node}`,
  );
  if (results.cold.length > 0) {
    lines.push('', '1. Cold check of the whole workspace (median; the tool loaded, reading and checking every module)');
    const ours = (row: Results['cold'][number]): ColdResult => row.tools.find((t) => t.tool === 'ours')!;
    const rows = [['modules', 'tool', 'total ms', 'ms/module', 'ours ÷ tool']];
    for (const row of results.cold) {
      for (const tool of row.tools) {
        rows.push([String(row.modules), tool.tool, fmt(tool.ms), fmt(tool.perModuleMs), (ours(row).ms / tool.ms).toFixed(2)]);
      }
      rows.push([String(row.modules), 'ours, `curriculum check` process', fmt(row.cliProcessMs), fmt(row.cliProcessMs / row.modules), '']);
      if (!row.tools.some((t) => t.tool === 'remark-lint-frontmatter-schema'))
        rows.push([String(row.modules), 'remark-lint-frontmatter-schema', 'not run', '', '']);
    }
    lines.push(table(rows));
    lines.push(
      `Goals: against yaml-language-server ${GOALS.coldVsYamlLanguageServer}; against remark-lint-frontmatter-schema ${GOALS.coldVsRemarkLint}.`,
    );
  }
  if (results.typing.length > 0) {
    lines.push('', '2. Typing: didChange → publishDiagnostics, debounce subtracted (ms)');
    const rows = [
      [
        'modules',
        'edits',
        'file p50',
        'file p95',
        'file max',
        'affected p50',
        'affected p95',
        'affected max',
        'round trip p50/p95',
        'load ms',
      ],
    ];
    for (const t of results.typing) {
      rows.push([
        String(t.modules),
        String(t.edits),
        fmt(t.editedFile.p50),
        fmt(t.editedFile.p95),
        fmt(t.editedFile.max),
        fmt(t.affectedFiles.p50),
        fmt(t.affectedFiles.p95),
        fmt(t.affectedFiles.max),
        `${fmt(t.roundTrip.p50)}/${fmt(t.roundTrip.p95)}`,
        fmt(t.loadMs),
      ]);
    }
    lines.push(table(rows));
    lines.push('Round trip: a request that checks nothing (document symbols), there and back: the pipe and JSON-RPC.');
    lines.push(`Goals: ${GOALS.typing1k}; ${GOALS.typing10k}.`);
    lines.push('', '3. Memory of the language server with the workspace loaded (after a full GC)');
    const memory = [['modules', 'RSS MB', 'heap used MB']];
    for (const t of results.typing) memory.push([String(t.modules), t.memory.rssMB.toFixed(0), t.memory.heapUsedMB.toFixed(0)]);
    lines.push(table(memory));
    lines.push(`Goal: ${GOALS.memory1k}.`);
  }
  if (results.timeline) {
    const { items, firstRender, update } = results.timeline;
    lines.push('', `4. Timeline in headless Chromium, a programme of ${items} items (ms)`);
    lines.push(
      table([
        ['', 'p50', 'p95', 'max', 'runs'],
        ['first render', fmt(firstRender.p50), fmt(firstRender.p95), fmt(firstRender.max), String(firstRender.runs)],
        ['update, one seance moved', fmt(update.p50), fmt(update.p95), fmt(update.max), String(update.runs)],
      ]),
    );
    lines.push(`Goals: ${GOALS.timelineFirst}; ${GOALS.timelineUpdate}.`);
  }
  if (results.start) {
    const { activation, bundles, parts } = results.start;
    lines.push('', '5. Size and start (production bundles; activation in the real VS Code, as "Show Running Extensions" reports it)');
    const kb = (bytes: number): string => `${(bytes / 1000).toFixed(0)} KB`;
    lines.push(
      table([
        ['extension', 'server', 'CLI', 'webview'],
        [kb(bundles.extension), kb(bundles.server), kb(bundles.cli), kb(bundles.webview)],
      ]),
    );
    lines.push(
      table([
        ['', 'p50 ms', 'p95 ms', 'max ms', 'runs'],
        ['activation', fmt(activation.p50), fmt(activation.p95), fmt(activation.max), String(activation.runs)],
        [
          '  of it: bundle evaluated (CPU)',
          fmt(parts.bundleEvaluateCpu.p50),
          fmt(parts.bundleEvaluateCpu.p95),
          fmt(parts.bundleEvaluateCpu.max),
          String(parts.bundleEvaluateCpu.runs),
        ],
        [
          '  of it: activate() (CPU)',
          fmt(parts.activateCallCpu.p50),
          fmt(parts.activateCallCpu.p95),
          fmt(parts.activateCallCpu.max),
          String(parts.activateCallCpu.runs),
        ],
      ]),
    );
    lines.push(`Goals: ${GOALS.activation}; ${GOALS.extensionBundle}; ${GOALS.serverBundle}.`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
