#!/usr/bin/env node
// Runs the integration suite (test/extension, built to out/test/extension) in a real VS Code: the
// VS Code server from npm, opened in headless Chromium, on a temporary copy of samples/. Installs
// what is missing into ~/.cache/curriculum-studio/ first. With --web, then the web-host suite
// (test/web): the extension in the web worker extension host, on the samples in a file system in
// memory. Then, on a fresh copy of samples/mistakes,
// it opens a module as a user would, shows the Problems panel and takes a screenshot.
//
//   node test/vscode/run.mjs                        run the suite, then the screenshot
//   node test/vscode/run.mjs --no-screenshot        only the suites
//   node test/vscode/run.mjs --web                  also the web-host suite (test/web, on memfs:/samples)
//   node test/vscode/run.mjs --web-only             only the web-host suite
//   node test/vscode/run.mjs --update-screenshots   also copy the screenshot to test/screenshots/
//   CURRICULUM_VSCODE_TIMEOUT_MS=…                  time limit after installing (default 10 minutes)
//   CURRICULUM_VSCODE_VERBOSE=1                     also the workbench's own log and the browser's errors
//
// The exit code is the suite's (0 passed); 1 when the screenshot fails, 2 when the run could not
// start, 3 when the time limit is hit.
import { cpSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { build, CHROMIUM, CHROMIUM_ARGS, ensureIngredients, log, REPOSITORY, startServer } from './vscode-server.mjs';

const TIME_LIMIT_MS = Number(process.env.CURRICULUM_VSCODE_TIMEOUT_MS ?? 10 * 60_000);
const TESTS = join(REPOSITORY, 'out/test/extension/index.js');
/** The web-host suite and its file system in memory (test/web), built by esbuild.mjs. */
// Inside the test extension's folder: VS Code runs a test file in the host of the extension that holds it.
const WEB_TESTS = join(REPOSITORY, 'out/test/web/memfs/tests.js');
const MEMFS_EXTENSION = join(REPOSITORY, 'out/test/web/memfs');
const webOnly = process.argv.includes('--web-only');
// Opt-in: mocha now reports from the worker, but the web worker host loads only the memfs test
// extension, not Curriculum Studio itself (the suite's failure lists what it loaded).
const web = webOnly || process.argv.includes('--web');
const RESULTS = join(REPOSITORY, 'test-results');
const SCREENSHOT = 'problems-panel.png';
/** The README's first picture: the timeline beside an editor with a problem underlined. */
const TIMELINE_SCREENSHOT = 'vscode-timeline.png';
const takeScreenshot = !process.argv.includes('--no-screenshot');
const updateScreenshots = process.argv.includes('--update-screenshots');

const VERBOSE = Boolean(process.env.CURRICULUM_VSCODE_VERBOSE);
/** What an offline workbench says on every start; shown with CURRICULUM_VSCODE_VERBOSE=1. */
const WORKBENCH_CHATTER = [
  /^(Resolving|Resolved) connection token/,
  /^Creating a socket/,
  /^\[reconnection-grace-time\]/,
  /^Creation of workbench contribution/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^\[(AgentHost|AccountPolicyGate)[^\]]*\]/,
  /getaddrinfo (ENOTFOUND|EAI_AGAIN)/,
  /authentication provider 'github'/,
];

const started = Date.now();
const temporary = [];
let server;
let browser;

main().then(
  (code) => finish(code),
  (error) => {
    console.error(`[vscode] ${error instanceof Error ? error.message : String(error)}`);
    finish(2);
  },
);

async function main() {
  ensureIngredients();
  build();
  const watchdog = setTimeout(() => {
    console.error(`[vscode] The run took longer than its limit of ${TIME_LIMIT_MS / 1000} s; stopping.`);
    if (server) printExtensionHostLog(server.data);
    finish(3);
  }, TIME_LIMIT_MS);

  server = await startServer();
  log(`VS Code server on ${server.origin}`);
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });

  let code = 0;
  if (!webOnly) {
    code = await runSuite(workspace());
    printExtensionHostLog(server.data, code !== 0);
  }
  // The same VS Code with the extension in the web worker extension host, as in vscode.dev.
  if (code === 0 && web) code = await runSuite('memfs:/samples', { extensionTestsPath: WEB_TESTS, web: true, also: [MEMFS_EXTENSION] });
  let exit = code;
  if (code === 0 && takeScreenshot && !webOnly) {
    try {
      await screenshotProblems(copyOfSamples('mistakes'));
    } catch (error) {
      console.error(`[vscode] The screenshot failed: ${error instanceof Error ? error.message : String(error)}`);
      exit = 1;
    }
  }
  clearTimeout(watchdog);
  return exit;
}

/** A fresh copy of samples/ for the Node-host suite. */
function workspace() {
  return copyOfSamples('samples');
}

/** Opens the workspace with the extension in development and its tests; resolves with the tests' exit code. */
async function runSuite(workspace, options = { extensionTestsPath: TESTS }) {
  const page = await newPage();
  const exited = new Promise((resolve) => {
    void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
  });
  // The extension host's console (the suite's report) and the workbench's own log come here.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = Array.isArray(args) ? format(...args) : String(args);
    if (!VERBOSE && WORKBENCH_CHATTER.some((pattern) => pattern.test(text))) return;
    (type === 'error' ? process.stderr : process.stdout).write(`${text.replace(/\n?$/, '\n')}`);
  });
  log(`running ${relative(REPOSITORY, options.extensionTestsPath)} on ${workspace}${options.web ? ' in the web extension host' : ''}`);
  await page.goto(server.workbenchUrl(workspace, options), { timeout: 120_000 });
  const code = await exited;
  log(`the suite finished with exit code ${code} after ${Math.round((Date.now() - started) / 1000)} s`);
  await page.close();
  return code;
}

/**
 * Opens a module of samples/mistakes as a user would, without the test suite: the extension
 * activates by itself, and the Problems panel shows what the checker found.
 */
async function screenshotProblems(folder) {
  const page = await newPage();
  try {
    await showProblems(page, folder);
  } catch (error) {
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, `failed-${SCREENSHOT}`) }).catch(() => undefined);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n(the page as it was: test-results/failed-${SCREENSHOT})`, {
      cause: error,
    });
  }
  await keepScreenshot(page, SCREENSHOT);
  try {
    await showTimelineBeside(page);
  } catch (error) {
    await page.screenshot({ path: join(RESULTS, `failed-${TIMELINE_SCREENSHOT}`) }).catch(() => undefined);
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n(the page as it was: test-results/failed-${TIMELINE_SCREENSHOT})`,
      { cause: error },
    );
  }
  await keepScreenshot(page, TIMELINE_SCREENSHOT);
  await page.close();
}

/** Saves a screenshot of the page in test-results/, and with --update-screenshots in test/screenshots/. */
async function keepScreenshot(page, name) {
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, name);
  await page.screenshot({ path: file });
  log(`screenshot: ${relative(REPOSITORY, file)}`);
  if (updateScreenshots) {
    const docs = join(REPOSITORY, 'test/screenshots');
    mkdirSync(docs, { recursive: true });
    copyFileSync(file, join(docs, name));
    log(`copied to ${relative(REPOSITORY, join(docs, name))}`);
  }
}

/** With the module's problem underlined, the panel closed, opens the programme's timeline beside it. */
async function showTimelineBeside(page) {
  await page.keyboard.press('Control+J');
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill('>Curriculum Studio: Show Programme Timeline');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Programme Timeline' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  const view = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
  await view.locator('.timeline .lanes .lane-label').first().waitFor({ timeout: 60_000 });
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 30_000 });
  await page.mouse.move(0, 0);
}

async function showProblems(page, folder) {
  await page.goto(server.workbenchUrl(folder), { timeout: 120_000 });
  await page.locator('.monaco-workbench .explorer-folders-view').waitFor({ timeout: 60_000 });

  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('04-seminar-samskabelse');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: '04-seminar-samskabelse.md' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: '04-seminar-samskabelse.md' }).waitFor({ timeout: 30_000 });
  // The Problems panel, narrowed to this module.
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel');
  await problems.locator('.monaco-list-row').first().waitFor({ timeout: 60_000 });
  await page.locator('.panel .viewpane-filter input').fill('**/04-seminar-samskabelse.md');
  // Choosing a problem shows it in the editor: the agenda, where the seminar's mistakes are.
  await problems.locator('.monaco-list-row', { hasText: 'agenda-missing-time' }).first().click();
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 30_000 });
  await page.mouse.move(0, 0);
}

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    if (VERBOSE) console.error(`[browser] ${error.message}`);
  });
  page.on('console', (message) => {
    if (VERBOSE) console.error(`[browser console] ${message.text()}`);
  });
  page.on('response', (response) => {
    if (VERBOSE && response.status() >= 400) console.error(`[browser] ${response.status()} ${response.url()}`);
  });
  return page;
}

/** A copy of samples/ (or one of its folders) in a temporary folder: the tests edit files. */
function copyOfSamples(sample) {
  const parent = mkdtempSync(join(tmpdir(), 'curriculum-studio-workspace-'));
  temporary.push(parent);
  const folder = join(parent, sample);
  cpSync(join(REPOSITORY, sample === 'samples' ? 'samples' : `samples/${sample}`), folder, { recursive: true });
  return folder;
}

/** The extension host's own log and the language client's output channel, from the server's log folder. */
function printExtensionHostLog(data, everything = false) {
  const logs = findFiles(data, (path) => /remoteexthost\.log$|Curriculum Studio\.log$/.test(path));
  for (const file of logs) {
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const shown = everything ? lines : lines.slice(-40);
    console.log(`--- ${relative(data, file)}${shown.length < lines.length ? ` (last ${shown.length} of ${lines.length} lines)` : ''} ---`);
    console.log(shown.join('\n'));
  }
}

function findFiles(folder, wanted) {
  const found = [];
  let names;
  try {
    names = readdirSync(folder);
  } catch {
    return found;
  }
  for (const name of names) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) found.push(...findFiles(path, wanted));
    else if (wanted(path)) found.push(path);
  }
  return found;
}

let finishing = false;
function finish(code) {
  if (finishing) return;
  finishing = true;
  const close = browser ? browser.close().catch(() => undefined) : Promise.resolve();
  const timer = setTimeout(() => done(), 10_000);
  void close.then(() => {
    clearTimeout(timer);
    done();
  });
  function done() {
    server?.stop();
    for (const folder of [...temporary, ...(server && code === 0 ? [server.data] : [])]) rmSync(folder, { recursive: true, force: true });
    if (server && code !== 0) log(`kept the VS Code server's data and logs in ${server.data}`);
    log(`exit ${code} after ${Math.round((Date.now() - started) / 1000)} s`);
    process.exit(code);
  }
}
