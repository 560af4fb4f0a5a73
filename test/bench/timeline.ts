/**
 * Benchmark of the timeline webview in headless Chromium: the first render of a programme with 500
 * items, and the update after one seance's date changed. Each run opens a fresh page (the harness
 * of the browser tests), posts the `show` message as the extension would, and times from the post
 * to the end of the first frame painted after the page drew it.
 *
 *   npx tsx test/bench/timeline.ts [--runs 10] [--cpu]     (after `npm run build`)
 *
 * --cpu also takes a trace of each render and prints the main thread's CPU time, which a busy
 * machine (other tests, other builds) disturbs far less than the wall-clock times.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { ProgrammeModel } from '../../src/core';
import { layoutTimeline } from '../../src/core/timeline/layout';
import type { ShowMessage } from '../../src/webview-protocol';
import { bigProgramme } from '../webview/big-programme';
import { closeBrowser, hasBrowser, openPage, ROOT, showMessage, type HarnessPage } from '../webview/harness';

export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

/** Milliseconds, over the runs. */
export interface TimelineBench {
  items: number;
  firstRender: Percentiles;
  update: Percentiles;
}

/** One timed `show`, in milliseconds from posting it. */
export interface ShowTiming {
  /** To the end of the page's render (its 'render-end' mark): script, and any layout it forced. */
  script: number;
  /** To the end of the frame after it: style, layout and paint too, but not the wait for that frame. */
  busy: number;
  /** To the end of that frame, waiting for it included. */
  painted: number;
  /**
   * With `cpu`: the CPU time the page's main thread spent from the post to the end of that frame,
   * from a Chromium trace. Far less noisy than the times above when other work shares the machine.
   */
  cpu?: number;
}

const ITEMS = 500;

/** Times the first render and one update of a 500-item programme over `runs` fresh pages (after one untimed warm-up). */
export async function benchTimeline(options: { runs: number }): Promise<TimelineBench> {
  const timings = await timeTimeline(options);
  return {
    items: ITEMS,
    firstRender: percentiles(timings.map((t) => t.first.busy)),
    update: percentiles(timings.map((t) => t.update.busy)),
  };
}

/** The raw timings behind benchTimeline, one per run. */
export async function timeTimeline(options: { runs: number; cpu?: boolean }): Promise<{ first: ShowTiming; update: ShowTiming }[]> {
  if (!existsSync(path.join(ROOT, 'dist/webview/timeline.js'))) throw new Error('benchTimeline: build the webview first (npm run build)');
  const ownBrowser = !hasBrowser();
  const model = bigProgramme(ITEMS);
  const first = showMessage(model, layoutTimeline(model));
  const timings: { first: ShowTiming; update: ShowTiming }[] = [];
  try {
    for (let run = -1; run < options.runs; run++) {
      const timing = await timeFirstAndUpdate(first, movedSeance(model, Math.max(run, 0)), options.cpu ?? false);
      if (run >= 0) timings.push(timing);
    }
  } finally {
    if (ownBrowser) await closeBrowser();
  }
  return timings;
}

/** The programme with one seance (a different one each run) moved to the next day. */
export function movedSeance(model: ProgrammeModel, run: number): ShowMessage {
  const moved = structuredClone(model);
  const seance = moved.seances[(7 + run * 37) % moved.seances.length];
  if (!seance) throw new Error('The programme of the timeline benchmark has no seance to move.');
  const next = new Date(Date.parse(`${seance.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  seance.date = next;
  return showMessage(moved, layoutTimeline(moved));
}

async function timeFirstAndUpdate(
  first: ShowMessage,
  changed: ShowMessage,
  cpu: boolean,
): Promise<{ first: ShowTiming; update: ShowTiming }> {
  const p = await openPage();
  try {
    const time = cpu ? (message: ShowMessage) => traceShow(p, message) : (message: ShowMessage) => timeShow(p, message);
    const timing = { first: await time(first), update: await time(changed) };
    const drawn = await p.page.evaluate(() =>
      performance.getEntriesByName('render', 'measure').map((m) => ((m as PerformanceMeasure).detail as { items: number }).items),
    );
    if (drawn.join() !== `${ITEMS},${ITEMS}`) throw new Error(`benchTimeline: the page drew ${drawn.join(' and ')} items, not ${ITEMS}`);
    return timing;
  } finally {
    await p.page.context().close();
  }
}

/**
 * Posts a `show` inside the page and times it: a MutationObserver sees the render counter change
 * (a microtask at the end of the render), a requestAnimationFrame callback runs at the start of the
 * next frame, and a message posted from it arrives once that frame's style, layout and paint are done.
 */
export async function timeShow(p: HarnessPage, message: ShowMessage): Promise<ShowTiming> {
  return p.page.evaluate(
    (m) =>
      new Promise<ShowTiming>((resolve) => {
        const app = document.getElementById('app')!;
        const before = app.dataset.renders;
        const observer = new MutationObserver(() => {
          if (app.dataset.renders === before) return;
          observer.disconnect();
          const rendered = performance.now();
          requestAnimationFrame(() => {
            const frame = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              const painted = performance.now();
              resolve({ script: rendered - start, busy: rendered - start + (painted - frame), painted: painted - start });
            };
            channel.port2.postMessage(null);
          });
        });
        observer.observe(app, { attributes: true, attributeFilter: ['data-renders'] });
        const start = performance.now();
        window.postMessage(m, '*');
      }),
    message,
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** timeShow under a Chromium trace, adding the main thread's CPU time from the post to the end of the frame after it. */
async function traceShow(p: HarnessPage, message: ShowMessage): Promise<ShowTiming> {
  const browser = p.page.context().browser()!;
  await browser.startTracing(p.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const timing = await timeShow(p, message);
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const main = traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const events = traceEvents.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
  const post = events.find((e) => e.name === 'HandlePostMessage');
  const commit = post && events.find((e) => e.name === 'Commit' && e.ts > post.ts + post.dur!);
  if (!post || !commit) throw new Error('benchTimeline: the trace has no message task, or no frame after it');
  const end = commit.ts + commit.dur!;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ts + e.dur! > post.ts && e.ts < end);
  return { ...timing, cpu: tasks.reduce((sum, e) => sum + (e.tdur ?? e.dur!), 0) / 1000 };
}

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  const round = (x: number): number => Math.round(x * 10) / 10;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1] ?? NaN), runs: sorted.length };
}

if (require.main === module) {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 10;
  const cpu = process.argv.includes('--cpu');
  timeTimeline({ runs, cpu }).then(
    (timings) => {
      const line = (name: string, values: number[]): string => {
        const p = percentiles(values);
        return `${name.padEnd(30)} p50 ${p.p50.toFixed(1).padStart(6)}   p95 ${p.p95.toFixed(1).padStart(6)}   max ${p.max.toFixed(1).padStart(6)}`;
      };
      console.log(`Timeline webview, ${ITEMS} items, headless Chromium, ${runs} runs (ms)`);
      for (const [name, key] of [
        ['first render', 'first'],
        ['update (one seance moved)', 'update'],
      ] as const) {
        console.log(
          line(
            name,
            timings.map((t) => t[key].busy),
          ),
        );
        console.log(
          line(
            '  script (render mark)',
            timings.map((t) => t[key].script),
          ),
        );
        console.log(
          line(
            '  painted (with frame wait)',
            timings.map((t) => t[key].painted),
          ),
        );
        if (cpu)
          console.log(
            line(
              '  main-thread CPU (trace)',
              timings.map((t) => t[key].cpu!),
            ),
          );
      }
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
