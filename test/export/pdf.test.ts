/**
 * The printable document in headless Chromium: each sample printed to an A4 PDF, its pages
 * counted, and its layout checked in print emulation for clipped text and content off the page.
 * The exports and PDFs are written to test-results/exports/ to look at.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ProgrammeModel } from '../../src/core';
import { programmeToHtml, programmeToIcs } from '../../src/core/export';
import { layoutTimeline } from '../../src/core/timeline/layout';
import { modelOf, samplesFolder } from '../unit/export/helpers';
import { hostileModel, PAYLOADS } from '../unit/export/hostile';

const SAMPLES = [
  'fremtidens-lederuddannelse',
  'faxe-leder-og-laeringsakademi',
  'varde-lederseminar',
  'soroe-temadag-feedback',
  'kommunens-ledarstig',
];
const results = path.join(__dirname, '../../test-results/exports');

/**
 * The little of the page's DOM the checks use. The project's type-check has no DOM library (the
 * core runs in Node), so the functions run in the page take these from `globalThis` instead.
 */
interface PageElement {
  tagName: string;
  className: string;
  textContent: string | null;
  outerHTML: string;
  childNodes: Iterable<{ nodeType: number; textContent: string | null }>;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  getBoundingClientRect(): { left: number; right: number; width: number };
  closest(selector: string): unknown;
  querySelectorAll(selector: string): Iterable<PageElement>;
  getAttributeNames(): string[];
}
interface PageGlobals {
  document: {
    title: string;
    documentElement: { clientWidth: number };
    body: { textContent: string | null };
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): Iterable<PageElement>;
  };
  getComputedStyle(element: PageElement): { display: string; overflowY: string };
}

/** CSS pixels (96 per inch) of a length in millimetres. */
const px = (mm: number): number => Math.round((mm / 25.4) * 96);
/** The width inside the page margins: A4 portrait 210 − 2 × 15 mm, A4 landscape 297 − 2 × 12 mm (the document's @page rules). */
const PORTRAIT_MM = 180;
const LANDSCAPE_MM = 273;

const render = (model: ProgrammeModel): string => programmeToHtml(model, layoutTimeline(model));

/** The pages of a PDF and their sizes in points, from its `/Type /Page` objects and `/MediaBox`es. */
function pdfPages(pdf: Buffer): { count: number; landscape: boolean[] } {
  const text = pdf.toString('latin1');
  const count = text.match(/\/Type\s*\/Page(?![A-Za-z])/gu)?.length ?? 0;
  const landscape = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/gu)].map(
    (m) => Number(m[3]) - Number(m[1]) > Number(m[4]) - Number(m[2]),
  );
  return { count, landscape };
}

/**
 * What sits wrongly in part of the printed page: an element with its own text whose content is
 * wider than its box (clipped or spilling), or any element outside the page width.
 */
async function layoutFaults(page: Page, selector: string): Promise<string[]> {
  // No named functions inside: the test's compiler would wrap them in a helper the page does not have.
  return page.evaluate((selector) => {
    const { document, getComputedStyle } = globalThis as unknown as PageGlobals;
    const TEXT_NODE = 3;
    const faults: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const root of document.querySelectorAll(selector)) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const style = getComputedStyle(el);
        // Screen-reader-only text is clipped on purpose.
        if (style.display === 'none' || el.closest('.sr')) continue;
        const box = el.getBoundingClientRect();
        const name = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
        if (box.width > 0 && (box.left < -1 || box.right > width + 1))
          faults.push(`outside the page (${Math.round(box.left)}–${Math.round(box.right)} of ${width}px): ${name}`);
        const ownText = [...el.childNodes].some((node) => node.nodeType === TEXT_NODE && (node.textContent ?? '').trim() !== '');
        if (!ownText || style.display === 'inline') continue;
        if (el.scrollWidth > el.clientWidth + 1) faults.push(`text wider than its box (${el.scrollWidth} > ${el.clientWidth}px): ${name}`);
        if (style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1) faults.push(`text taller than its box: ${name}`);
      }
    }
    return faults;
  }, selector);
}

describe('export: the printable document in Chromium', () => {
  let browser: Browser;

  before(async () => {
    mkdirSync(results, { recursive: true });
    browser = await chromium.launch({
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
  });

  after(async () => {
    await browser?.close();
  });

  /** A page with the document loaded; any request, dialog or page error fails the test. */
  async function open(html: string, viewportMm = PORTRAIT_MM): Promise<{ page: Page; events: string[] }> {
    const page = await browser.newPage({ viewport: { width: px(viewportMm), height: px(265) } });
    const events: string[] = [];
    page.on('request', (request) => events.push(`request ${request.url()}`));
    page.on('dialog', (dialog) => {
      events.push(`dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => events.push(`error ${error.message}`));
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return { page, events };
  }

  for (const sample of SAMPLES) {
    describe(sample, () => {
      const model = modelOf(path.join(samplesFolder, sample));
      const html = render(model);

      // The text participants read (the bodies of programme, seances and assignments, and what is
      // written under agenda items) is printed too: a page holds about 2,000 of its characters
      // once headings, lists and unbroken seances are laid out.
      const bodyChars =
        (model.body?.length ?? 0) +
        [...model.seances, ...model.assignments].reduce((sum, module) => sum + (module.body?.length ?? 0), 0) +
        model.seances.reduce((sum, seance) => sum + seance.agenda.reduce((n, item) => n + (item.description?.length ?? 0), 0), 0);
      const budget = 3 + model.seances.length + Math.ceil(bodyChars / 2000);
      it(`prints on at most 3 + one page per seance (${model.seances.length}) + its body text (${bodyChars} characters): overview, the timeline on one landscape page, seances, assignments`, async () => {
        const { page, events } = await open(html);
        try {
          // preferCSSPageSize: the document's own @page rules decide, so the timeline gets its landscape page.
          const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
          writeFileSync(path.join(results, `${sample}.pdf`), pdf);
          writeFileSync(path.join(results, `${sample}.html`), html);
          writeFileSync(path.join(results, `${sample}.ics`), programmeToIcs(model));
          const { count, landscape } = pdfPages(pdf);
          assert.ok(count >= 3, `${count} pages`);
          assert.ok(count <= budget, `${count} pages for ${model.seances.length} seance(s) and ${bodyChars} characters of body text`);
          assert.equal(landscape.length, count);
          // The overview first (portrait, one page or more with the programme's text), then the
          // whole timeline on one landscape page, the rest portrait.
          const timelinePage = landscape.indexOf(true);
          assert.ok(timelinePage >= 1, `the timeline is on page ${timelinePage + 1}`);
          assert.deepEqual(
            landscape,
            landscape.map((_, i) => i === timelinePage),
          );
          assert.deepEqual(events, []);
        } finally {
          await page.close();
        }
      });

      it('clips no text and puts nothing outside the page width, portrait and landscape parts alike', async () => {
        const portrait = await open(html, PORTRAIT_MM);
        const landscape = await open(html, LANDSCAPE_MM);
        try {
          assert.deepEqual(await layoutFaults(portrait.page, 'header.overview, section.seances, section.assignments'), []);
          assert.deepEqual(await layoutFaults(landscape.page, 'section.timeline-page'), []);
        } finally {
          await portrait.page.close();
          await landscape.page.close();
        }
      });
    });
  }

  it('shows hostile text as text: no element, script, dialog or request comes from the input', async () => {
    const model = hostileModel(modelOf(path.join(samplesFolder, 'fremtidens-lederuddannelse')));
    const { page, events } = await open(render(model));
    try {
      const found = await page.evaluate(() => {
        const { document } = globalThis as unknown as PageGlobals;
        return {
          title: document.title,
          h1: document.querySelector('h1')?.textContent,
          foreign: [...document.querySelectorAll('script, img, svg, iframe, math, object, embed, link, base, form, [style*="url("]')].map(
            (el) => el.outerHTML,
          ),
          handlers: [...document.querySelectorAll('*')].flatMap((el) =>
            el.getAttributeNames().filter((attribute) => attribute.startsWith('on')),
          ),
          text: document.body.textContent ?? '',
        };
      });
      assert.equal(found.title, model.title);
      assert.equal(found.h1, model.title);
      assert.deepEqual(found.foreign, []);
      assert.deepEqual(found.handlers, []);
      for (const payload of PAYLOADS) assert.ok(found.text.includes(payload), payload);
      assert.deepEqual(events, []);
    } finally {
      await page.close();
    }
  });
});
