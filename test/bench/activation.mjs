#!/usr/bin/env node
// Size and start: the sizes of the production bundles, and how long the extension takes to
// activate in a real VS Code (the VS Code server from npm in headless Chromium, as the integration
// tests use; see test/vscode/vscode-server.mjs).
//
//   node test/bench/activation.mjs [--runs N] [--warmup N] [--dist FOLDER] [--json]
//
// --dist measures bundles built before (`node esbuild.mjs --production --bench --outdir FOLDER`, say
// from another commit) instead of building the working tree's: two builds compared under the same load.
//
// What is measured. The production bundles are built into a temporary extension folder (dist/ is
// left alone) and that folder is opened as the extension in development, on a fresh copy of
// samples/ each run, each run in a new window (so a new extension host). The extension activates
// by itself (workspaceContains:**/programme.md); then test/bench/activation-probe.ts reads:
// - `activation`: VS Code's own figure, the one "Developer: Show Running Extensions" shows:
//   codeLoadingTime (require() of dist/extension.js: read, compile, evaluate) + activateCallTime
//   (the call of activate() until it returns). The language server starts after activate()
//   returns and is not in it.
// - `parts`: those two apart, and the extension's own stamps: `bundleEvaluate` from the first to
//   the last line of the bundle (its modules evaluating; part of load code, which also reads and
//   compiles the file) and `activateCall` (the call of activate() itself); each also as CPU time
//   of the extension host process (`…Cpu`), which a busy machine inflates much less than the
//   wall-clock figures: compare builds on it.
// The first `warmup` runs (default 1: the server's first window also warms the disk cache and
// the extension host's own code) are not counted.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureIngredients, REPOSITORY, startServer } from '../vscode/vscode-server.mjs';

/** How long one window may take to start, activate and report, before the benchmark gives up. */
const RUN_LIMIT_MS = 120_000;
const MARK = 'CURRICULUM_ACTIVATION ';

/**
 * Activation time of the extension in a real VS Code (ms) and the sizes of the production bundles
 * (bytes; the webview's is its script and stylesheet together).
 */
export async function benchActivation({ runs, warmup = 1, dist }) {
  if (!(runs >= 1)) throw new Error('benchActivation needs at least one run.');
  ensureIngredients();
  const temporary = mkdtempSync(join(tmpdir(), 'curriculum-studio-bench-'));
  let server;
  let browser;
  try {
    const extension = await productionExtension(join(temporary, 'extension'), dist);
    const bundles = bundleSizes(join(extension, 'dist'));
    server = await startServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    const samples = [];
    for (let run = 0; run < warmup + runs; run++) {
      const sample = await activateOnce(server, browser, extension, join(temporary, `workspace-${run}`));
      if (run >= warmup) samples.push(sample);
    }
    const pick = (key) => stats(samples.map((sample) => sample[key]));
    return {
      activation: stats(samples.map((sample) => sample.loadCode + sample.callActivate)),
      bundles,
      parts: {
        loadCode: pick('loadCode'),
        callActivate: pick('callActivate'),
        bundleEvaluate: pick('evaluateMs'),
        bundleEvaluateCpu: pick('evaluateCpuMs'),
        activateCall: pick('activateMs'),
        activateCallCpu: pick('activateCpuMs'),
      },
    };
  } finally {
    await browser?.close().catch(() => undefined);
    server?.stop();
    if (server) rmSync(server.data, { recursive: true, force: true });
    rmSync(temporary, { recursive: true, force: true });
  }
}

/** An extension folder as the VSIX has it: package.json, translations and the production bundles. */
async function productionExtension(folder, dist) {
  mkdirSync(folder, { recursive: true });
  if (dist) {
    cpSync(dist, join(folder, 'dist'), { recursive: true });
  } else {
    // --bench: the production build with the stamps of bundleEvaluate (about 300 bytes more than the shipped bundle).
    const build = spawnSync(process.execPath, ['esbuild.mjs', '--production', '--bench', '--outdir', join(folder, 'dist')], {
      cwd: REPOSITORY,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('The production build failed (node esbuild.mjs --production --bench).');
  }
  for (const name of readdirSync(REPOSITORY).filter((file) => /^package(\.nls.*)?\.json$/.test(file))) {
    cpSync(join(REPOSITORY, name), join(folder, name));
  }
  cpSync(join(REPOSITORY, 'src/extension/l10n'), join(folder, 'src/extension/l10n'), { recursive: true });
  cpSync(join(REPOSITORY, 'schemas'), join(folder, 'schemas'), { recursive: true });
  // Inside the extension's folder, so that its require('vscode') is answered.
  await esbuild.build({
    entryPoints: [join(REPOSITORY, 'test/bench/activation-probe.ts')],
    outfile: join(folder, 'activation-probe.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });
  return folder;
}

function bundleSizes(dist) {
  const size = (file) => statSync(join(dist, file)).size;
  return {
    extension: size('extension.js'),
    server: size('server.js'),
    cli: size('cli.js'),
    webview: size('webview/timeline.js') + size('webview/timeline.css'),
  };
}

/** Opens a new window on a fresh copy of samples/ and returns what the probe reported. */
async function activateOnce(server, browser, extension, workspace) {
  cpSync(join(REPOSITORY, 'samples'), workspace, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    let report;
    const lines = [];
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const text = Array.isArray(args) ? args.map(String).join(' ') : String(args);
      lines.push(text);
      if (text.startsWith(MARK)) report = JSON.parse(text.slice(MARK.length));
    });
    const exited = new Promise((resolve) => void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code))));
    let timer;
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`No activation report within ${RUN_LIMIT_MS / 1000} s.`)), RUN_LIMIT_MS);
    });
    await page.goto(
      server.workbenchUrl(workspace, { extensionDevelopmentPath: extension, extensionTestsPath: join(extension, 'activation-probe.js') }),
    );
    const code = await Promise.race([exited, limit]).finally(() => clearTimeout(timer));
    if (code !== 0 || !report) throw new Error(`The activation probe failed (exit ${code}):\n${lines.slice(-20).join('\n')}`);
    if (!report.activeAtStart || !String(report.event).startsWith('workspaceContains:')) {
      throw new Error(`The extension was not activated by its workspaceContains event at start: ${JSON.stringify(report)}`);
    }
    return report;
  } finally {
    await context.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}

/** p50, p95 (nearest rank) and max of milliseconds, to 0.1 ms. */
function stats(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  const rank = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (value) => (value === undefined ? NaN : Math.round(value * 10) / 10);
  return { p50: round(rank(50)), p95: round(rank(95)), max: round(sorted.at(-1)), runs: sorted.length };
}

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--dist');
  const dist = at === -1 ? undefined : process.argv[at + 1];
  const result = await benchActivation({ runs: option('--runs', 10), warmup: option('--warmup', 1), dist });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`; // 1 KB = 1000 bytes, as in the README
    console.log('\nBundles (production, minified):');
    for (const [name, bytes] of Object.entries(result.bundles)) console.log(`  ${name.padEnd(10)} ${kb(bytes).padStart(10)}`);
    console.log(`\nActivation in VS Code, ms (${result.activation.runs} runs):     p50    p95    max`);
    const row = (label, s) => console.log(`  ${label.padEnd(40)} ${[s.p50, s.p95, s.max].map((v) => String(v).padStart(6)).join(' ')}`);
    row('activation (load code + call activate)', result.activation);
    row('  load code (VS Code)', result.parts.loadCode);
    row('  call activate (VS Code)', result.parts.callActivate);
    row('  bundle evaluation (own stamp)', result.parts.bundleEvaluate);
    row('    its CPU time', result.parts.bundleEvaluateCpu);
    row('  activate() call (own stamp)', result.parts.activateCall);
    row('    its CPU time', result.parts.activateCallCpu);
  }
}
