/**
 * The browser harness of the timeline page: real headless Chromium (playwright-core, the system's
 * /usr/bin/chromium), the page served from a fake origin with the exact HTML and Content Security
 * Policy the extension serves, and a fake VS Code host that records what the page posts and saves.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildProgrammeModel, formatMessage, type Locale, type ProgrammeModel, type Severity, type SourceRef } from '../../src/core';
import { layoutTimeline, type ItemProblems, type TimelineLayout } from '../../src/core/timeline/layout';
import { timelineHtml } from '../../src/webview-html';
import type { FromWebview, ShowMessage, ToWebview } from '../../src/webview-protocol';
import { loadFolder } from '../unit/helpers';
import { themeVariables, type ThemeKind } from './themes';

export const ROOT = path.resolve(__dirname, '../..');
export const ORIGIN = 'http://harness.test';
export const SAMPLES = [
  'fremtidens-lederuddannelse',
  'faxe-leder-og-laeringsakademi',
  'varde-lederseminar',
  'soroe-temadag-feedback',
  'kommunens-ledarstig',
] as const;

const NONCE = 'dGVzdC1ub25jZS0xMjM0NQ==';
const FILES: Record<string, { file: string; type: string }> = {
  '/dist/webview/timeline.js': { file: 'dist/webview/timeline.js', type: 'text/javascript' },
  '/dist/webview/timeline.css': { file: 'dist/webview/timeline.css', type: 'text/css' },
};

/** What happened in a page that a test may want to rule out. */
export interface PageLog {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  /** Every URL the page requested. */
  requests: string[];
  /** Requests to anything but the page and its two files, which the harness refused. */
  refused: string[];
}

export interface HarnessPage {
  page: Page;
  log: PageLog;
  /** Sends a message to the page as the extension would, and waits until it has drawn it. */
  send(message: ToWebview | unknown, options?: { drawn?: boolean }): Promise<void>;
  /** Messages the page posted to the extension so far. */
  posted(): Promise<FromWebview[]>;
  /** The state the page last saved with setState. */
  savedState(): Promise<unknown>;
  theme(kind: ThemeKind): Promise<void>;
}

let browser: Browser | undefined;

/** Chromium, started once for the whole run. */
export async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return browser;
}

/** Whether Chromium is running (a benchmark closes it after itself only if it started it). */
export function hasBrowser(): boolean {
  return browser !== undefined;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/**
 * Opens the page in a fresh context: served by page.route, with the fake host installed before any
 * script of the page runs. `state` is what getState() returns, as after a reload of the webview.
 */
export async function openPage(
  options: { theme?: ThemeKind; state?: unknown; viewport?: { width: number; height: number } } = {},
): Promise<HarnessPage> {
  const context: BrowserContext = await (
    await launch()
  ).newContext({ viewport: options.viewport ?? { width: 1280, height: 760 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const log: PageLog = { consoleErrors: [], pageErrors: [], dialogs: [], requests: [], refused: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('dialog', (dialog) => {
    log.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => log.requests.push(request.url()));
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const served = url.origin === ORIGIN ? FILES[url.pathname] : undefined;
    if (url.origin === ORIGIN && url.pathname === '/') {
      const html = timelineHtml({
        cspSource: ORIGIN,
        nonce: NONCE,
        scriptUri: `${ORIGIN}/dist/webview/timeline.js`,
        styleUri: `${ORIGIN}/dist/webview/timeline.css`,
      });
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else if (served) {
      await route.fulfill({ status: 200, contentType: served.type, body: readFileSync(path.join(ROOT, served.file)) });
    } else {
      log.refused.push(route.request().url());
      await route.abort();
    }
  });
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(…)`;
  // functions sent to the page (the fake host, evaluate callbacks) need that helper there too.
  await context.addInitScript({ content: 'window.__name = (target) => target;' });
  await context.addInitScript(fakeHost, {
    state: options.state ?? null,
    theme: options.theme ?? 'dark',
    variables: themeVariables(options.theme ?? 'dark'),
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.__host.posted.some((m) => (m as { type: string }).type === 'ready'));

  return {
    page,
    log,
    async send(message, { drawn = true } = {}) {
      const before = await renders(page);
      await page.evaluate((m) => window.postMessage(m, '*'), message);
      if (drawn) await page.waitForFunction((n) => Number(document.getElementById('app')?.dataset.renders) > n, before);
    },
    posted: () => page.evaluate(() => window.__host.posted as FromWebview[]),
    savedState: () => page.evaluate(() => window.__host.state),
    theme: (kind) => page.evaluate(([k, variables]) => window.__host.applyTheme(k, variables), [kind, themeVariables(kind)] as const),
  };
}

function renders(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.getElementById('app')?.dataset.renders ?? 0));
}

declare global {
  interface Window {
    __host: {
      posted: unknown[];
      state: unknown;
      violations: string[];
      applyTheme(kind: string, variables: Record<string, string>): void;
    };
  }
}

/** Runs in the page before its scripts, as VS Code's webview host would: the API and the theme. */
function fakeHost({ state, theme, variables }: { state: unknown; theme: string; variables: Record<string, string> }): void {
  let acquired = false;
  const host: Window['__host'] = {
    posted: [],
    state,
    violations: [],
    applyTheme(kind, vars) {
      const apply = (): void => {
        document.body.classList.remove('vscode-light', 'vscode-dark', 'vscode-high-contrast');
        document.body.classList.add(`vscode-${kind}`);
        document.body.dataset.vscodeThemeKind = `vscode-${kind}`;
        for (const [name, value] of Object.entries(vars)) document.documentElement.style.setProperty(name, value);
      };
      if (document.body) apply();
      else document.addEventListener('DOMContentLoaded', apply, { once: true });
    },
  };
  window.__host = host;
  (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => {
    if (acquired) throw new Error('acquireVsCodeApi may be called only once');
    acquired = true;
    return {
      postMessage: (message: unknown) => host.posted.push(JSON.parse(JSON.stringify(message))),
      getState: () => host.state,
      setState: (value: unknown) => {
        host.state = JSON.parse(JSON.stringify(value));
      },
    };
  };
  document.addEventListener('securitypolicyviolation', (event) => host.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  host.applyTheme(theme, variables);
}

/** A problem of a sample, put into words, at a place relative to the programme folder. */
export interface SampleProblem {
  source: SourceRef;
  severity: Severity;
  code: string;
  message: string;
}

/** A sample programme as the extension would show it: model, layout with problems on items. */
export function sampleProgramme(
  sample: string,
  options: { today?: string } = {},
): { model: ProgrammeModel; layout: TimelineLayout; problems: SampleProblem[] } {
  const workspace = loadFolder(path.join(ROOT, 'samples', sample));
  const [context] = workspace.programmeContexts();
  if (!context) throw new Error(`samples/${sample} holds no programme.`);
  const model = buildProgrammeModel(context);
  const problems: SampleProblem[] = [];
  for (const [file, list] of workspace.problems()) {
    for (const problem of list) {
      problems.push({
        source: { file: path.relative(context.folder, file).split(path.sep).join('/'), range: problem.range },
        severity: problem.severity,
        code: problem.code,
        message: formatMessage(problem.message, 'en'),
      });
    }
  }
  const layout = layoutTimeline(model, { today: options.today, problems: (source) => itemProblems(problems, source) });
  return { model, layout, problems };
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The problems of an item's file, as the extension gives them to the layout. */
export function itemProblems(problems: SampleProblem[], source: SourceRef): ItemProblems | undefined {
  const mine = problems.filter((p) => p.source.file === source.file);
  const [severity] = mine.map((p) => p.severity).sort((a, b) => RANK[a] - RANK[b]);
  return severity ? { severity, messages: mine.map((p) => p.message) } : undefined;
}

/** A `show` message of a model. */
export function showMessage(model: ProgrammeModel, layout: TimelineLayout, options: { locale?: Locale } = {}): ShowMessage {
  return {
    type: 'show',
    layout,
    model,
    programmes: [{ uri: 'file:///work/programme.md', title: model.title ?? '' }],
    current: 'file:///work/programme.md',
    locale: options.locale ?? 'en',
  };
}

/** A `show` message of a sample programme. */
export function sampleShow(sample: string, options: { locale?: Locale; today?: string } = {}): ShowMessage {
  const { model, layout } = sampleProgramme(sample, options);
  return showMessage(model, layout, { locale: options.locale });
}
