import * as assert from 'node:assert/strict';
import type { ProgrammeModel } from '../../src/core';
import { layoutTimeline } from '../../src/core/timeline/layout';
import type { FromWebview } from '../../src/webview-protocol';
import { openPage, sampleProgramme, sampleShow, showMessage, type HarnessPage } from './harness';

const SAMPLE = 'fremtidens-lederuddannelse';

/** The key of the item that has DOM focus. */
function focusedKey(p: HarnessPage): Promise<string | undefined> {
  return p.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key);
}

function item(p: HarnessPage, key: string) {
  return p.page.locator(`.item[data-key="${key}"]`);
}

async function lastPosted(p: HarnessPage): Promise<FromWebview> {
  const last = (await p.posted()).at(-1);
  if (!last) throw new Error('The page posted nothing.');
  return last;
}

function dayWidth(p: HarnessPage): Promise<number> {
  return p.page.evaluate(() => Number(document.querySelector<HTMLElement>('.timeline')!.dataset.dayWidth));
}

describe('webview: interaction', () => {
  const { model, layout } = sampleProgramme(SAMPLE);
  const source = (id: string) => [...model.seances, ...model.assignments].find((x) => x.id === id)!.source;
  let p: HarnessPage;

  beforeEach(async () => {
    p = await openPage();
    await p.send(showMessage(model, layout));
  });

  afterEach(async () => {
    assert.deepEqual(p.log.pageErrors, []);
    assert.deepEqual(p.log.consoleErrors, []);
    assert.deepEqual(await p.page.evaluate(() => window.__host.violations), [], 'no Content Security Policy violation');
    await p.page.context().close();
  });

  it('says it is ready once, and posts nothing else on its own', async () => {
    assert.deepEqual(await p.posted(), [{ type: 'ready' }]);
  });

  it('posts reveal with the exact source on a click on a seance and on an assignment', async () => {
    await item(p, 'seance:seances/03-forandring.md#s03-forandring').click();
    assert.deepEqual(await lastPosted(p), { type: 'reveal', source: source('s03-forandring') });
    assert.deepEqual(source('s03-forandring'), { file: 'seances/03-forandring.md', range: source('s03-forandring').range });
    await item(p, 'assignment:assignments/03-forandringsplan.md#a03-forandringsplan').click({ position: { x: 5, y: 5 } });
    assert.deepEqual(await lastPosted(p), { type: 'reveal', source: source('a03-forandringsplan') });
  });

  it('posts reveal on Enter on the focused item, and on an agenda item in the details', async () => {
    await item(p, 'seance:seances/02-personligt-lederskab.md#s02-personligt-lederskab').focus();
    await p.page.keyboard.press('Enter');
    assert.deepEqual(await lastPosted(p), { type: 'reveal', source: source('s02-personligt-lederskab') });
    const agenda = model.seances.find((s) => s.id === 's02-personligt-lederskab')!.agenda;
    await p.page.locator('.agenda-item').nth(1).click();
    assert.deepEqual(await lastPosted(p), { type: 'reveal', source: agenda[1]?.source });
  });

  it('moves focus with the arrow keys: in time within a lane, to the nearest item in the next lane', async () => {
    const s02 = 'seance:seances/02-personligt-lederskab.md#s02-personligt-lederskab';
    await item(p, s02).focus();
    const press = async (key: string): Promise<string | undefined> => {
      await p.page.keyboard.press(key);
      return focusedKey(p);
    };
    assert.equal(await press('ArrowRight'), 'assignment:assignments/02-ledelsesgrundlag.md#a02-ledelsesgrundlag');
    assert.equal(await press('ArrowLeft'), s02);
    assert.equal(await press('ArrowLeft'), 'assignment:assignments/01-min-lederudfordring.md#a01-min-lederudfordring');
    assert.equal(
      await press('ArrowLeft'),
      'assignment:assignments/01-min-lederudfordring.md#a01-min-lederudfordring',
      'stays at the start of the lane',
    );
    assert.equal(await press('End'), 'assignment:assignments/02-ledelsesgrundlag.md#a02-ledelsesgrundlag');
    assert.equal(await press('Home'), 'assignment:assignments/01-min-lederudfordring.md#a01-min-lederudfordring');
    await item(p, s02).focus();
    assert.equal(await press('ArrowDown'), 'seance:seances/03-forandring.md#s03-forandring');
    assert.equal(await press('ArrowDown'), 'seance:seances/04-samskabelse.md#s04-samskabelse');
    assert.equal(await press('ArrowUp'), 'assignment:assignments/03-forandringsplan.md#a03-forandringsplan', 'the bar nearest in time');
    // One tab stop in the grid: the focused item.
    const tabStops = await p.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.item[tabindex="0"]')].map((e) => e.dataset.key),
    );
    assert.deepEqual(tabStops, ['assignment:assignments/03-forandringsplan.md#a03-forandringsplan']);
    // The focus is visible: a ring in the theme's focus colour.
    const ring = await p.page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      const focus = getComputedStyle(document.documentElement).getPropertyValue('--vscode-focusBorder').trim();
      return {
        visible: element.matches(':focus-visible'),
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        colour: style.outlineColor,
        focus,
      };
    });
    assert.equal(ring.visible, true);
    assert.equal(ring.style, 'solid');
    assert.ok(ring.width >= 2);
    assert.equal(ring.colour, 'rgb(0, 120, 212)', `outline ${ring.colour}, focusBorder ${ring.focus}`);
    // The details pane follows the focus.
    assert.equal(await p.page.locator('.details-title').textContent(), 'Prøv forandringsplanen af');
  });

  it('hides a lane with the track filter, and shows it again', async () => {
    assert.equal(await p.page.locator('.lane[data-lane="forandring"]').count(), 1);
    await p.page.locator('vscode-checkbox[data-lane="forandring"]').click();
    await p.page.waitForSelector('.lane[data-lane="forandring"]', { state: 'detached' });
    assert.deepEqual(await p.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.lane')].map((l) => l.dataset.lane)), [
      'personligt-lederskab',
      'samskabelse',
      'laering',
      '',
    ]);
    assert.deepEqual(((await p.savedState()) as { hidden: string[] }).hidden, ['forandring']);
    // Arrow keys skip the hidden lane.
    await item(p, 'seance:seances/02-personligt-lederskab.md#s02-personligt-lederskab').focus();
    await p.page.keyboard.press('ArrowDown');
    assert.equal(await focusedKey(p), 'seance:seances/04-samskabelse.md#s04-samskabelse');
    await p.page.locator('vscode-checkbox[data-lane="forandring"]').click();
    await p.page.waitForSelector('.lane[data-lane="forandring"]');
  });

  it('zooms: whole period, month, week change the scale', async () => {
    const period = await dayWidth(p);
    const mark = item(p, 'seance:seances/03-forandring.md#s03-forandring').locator('.mark');
    const widthAt = async () => (await mark.boundingBox())!.width;
    const periodMark = await widthAt();
    await p.page.locator('vscode-radio[value="month"]').click();
    await p.page.waitForFunction((w) => Number(document.querySelector<HTMLElement>('.timeline')?.dataset.dayWidth) > w, period);
    const month = await dayWidth(p);
    await p.page.locator('vscode-radio[value="week"]').click();
    await p.page.waitForFunction((w) => Number(document.querySelector<HTMLElement>('.timeline')?.dataset.dayWidth) > w, month);
    const week = await dayWidth(p);
    assert.ok(period < month && month < week, `${period} < ${month} < ${week}`);
    assert.ok(Math.abs(week / month - 31 / 7) < 0.05, 'a week fills what a month filled');
    assert.ok((await widthAt()) > periodMark * 5);
    // The whole period fits the visible width.
    const fits = await p.page.evaluate(() => {
      const scroll = document.querySelector('.timeline-scroll')!;
      return scroll.scrollWidth <= scroll.clientWidth + 1;
    });
    assert.equal(fits, false, 'zoomed to a week, the period scrolls');
    await p.page.locator('vscode-radio[value="period"]').click();
    await p.page.waitForFunction((w) => Number(document.querySelector<HTMLElement>('.timeline')?.dataset.dayWidth) === w, period);
    assert.equal(
      await p.page.evaluate(
        () => document.querySelector('.timeline-scroll')!.scrollWidth <= document.querySelector('.timeline-scroll')!.clientWidth + 1,
      ),
      true,
    );
  });

  it('updates live on a new show: the mark moves, no reload, zoom, filter, scroll and focus stay', async () => {
    await p.page.evaluate(() => ((window as unknown as { marker: object }).marker = { loaded: true }));
    await p.page.locator('vscode-radio[value="month"]').click();
    await p.page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.timeline')?.dataset.dayWidth) > 20);
    await p.page.locator('vscode-checkbox[data-lane="laering"]').click();
    await p.page.waitForSelector('.lane[data-lane="laering"]', { state: 'detached' });
    const key = 'seance:seances/03-forandring.md#s03-forandring';
    await item(p, key).focus();
    await p.page.evaluate(() => {
      document.querySelector('.timeline-scroll')!.scrollLeft = 400;
    });
    await p.page.waitForFunction(() => (window.__host.state as { scroll: { left: number } }).scroll.left === 400);
    const before = await item(p, key).evaluate((e) => parseFloat((e as HTMLElement).style.left));

    const moved: ProgrammeModel = structuredClone(model);
    moved.seances.find((s) => s.id === 's03-forandring')!.date = '2027-03-17';
    await p.send(showMessage(moved, layoutTimeline(moved)));

    const after = await item(p, key).evaluate((e) => parseFloat((e as HTMLElement).style.left));
    assert.ok(Math.abs(after - before - 7 * (await dayWidth(p))) < 0.5, `${before} → ${after}`);
    assert.deepEqual(await p.page.evaluate(() => (window as unknown as { marker: object }).marker), { loaded: true });
    assert.equal(
      await p.page.locator('vscode-radio[value="month"]').evaluate((r) => (r as HTMLElement & { checked: boolean }).checked),
      true,
    );
    assert.equal(await p.page.locator('.lane[data-lane="laering"]').count(), 0);
    assert.equal(
      await p.page.locator('vscode-checkbox[data-lane="laering"]').evaluate((c) => (c as HTMLElement & { checked: boolean }).checked),
      false,
    );
    assert.equal(await p.page.evaluate(() => document.querySelector('.timeline-scroll')!.scrollLeft), 400);
    assert.equal(await focusedKey(p), key);
    assert.match((await p.page.locator('.facts').textContent())!, /17/);
    // Still one page: the fake host was acquired once and the page said ready once.
    assert.deepEqual(
      (await p.posted()).filter((m) => m.type === 'ready'),
      [{ type: 'ready' }],
    );
  });

  it('saves zoom, filter, view, focus and scroll, and restores them after a reload', async () => {
    await p.page.locator('vscode-radio[value="week"]').click();
    await p.page.waitForFunction(() => Number(document.querySelector<HTMLElement>('.timeline')?.dataset.dayWidth) >= 40);
    await p.page.locator('vscode-checkbox[data-lane="samskabelse"]').click();
    await p.page.waitForSelector('.lane[data-lane="samskabelse"]', { state: 'detached' });
    await item(p, 'seance:seances/05-laeringskultur.md#s05-laeringskultur').focus();
    await p.page.waitForFunction(() => document.querySelector('.details-title')?.textContent === 'Læring i hverdagen');
    await p.page.locator('vscode-radio[value="table"]').click();
    await p.page.waitForSelector('.items-table');
    const saved = (await p.savedState()) as Record<string, unknown>;
    assert.deepEqual(
      { ...saved, scroll: undefined },
      {
        view: 'table',
        zoom: 'week',
        hidden: ['samskabelse'],
        focused: 'seance:seances/05-laeringskultur.md#s05-laeringskultur',
        scroll: undefined,
      },
    );

    const again = await openPage({ state: saved });
    await again.send(sampleShow(SAMPLE));
    assert.equal(await again.page.locator('.items-table').isVisible(), true);
    assert.equal(await again.page.locator('.timeline-scroll').isHidden(), true);
    assert.equal(
      await again.page.locator('vscode-radio[value="table"]').evaluate((r) => (r as HTMLElement & { checked: boolean }).checked),
      true,
    );
    assert.equal(
      await again.page
        .locator('vscode-checkbox[data-lane="samskabelse"]')
        .evaluate((c) => (c as HTMLElement & { checked: boolean }).checked),
      false,
    );
    assert.equal(await again.page.locator('.details-title').textContent(), 'Læring i hverdagen');
    await again.page.locator('vscode-radio[value="timeline"]').click();
    await again.page.waitForSelector('.timeline');
    assert.ok((await dayWidth(again)) >= 40, 'zoomed to a week');
    assert.equal(await again.page.locator('.lane[data-lane="samskabelse"]').count(), 0);
    await again.page.context().close();
  });

  it('marks the item under the cursor on highlight, and its agenda item', async () => {
    const seance = model.seances.find((s) => s.id === 's04-samskabelse')!;
    const item = seance.agenda[2];
    assert.ok(item, 's04-samskabelse has a third agenda item.');
    await p.send({ type: 'highlight', source: { file: seance.source.file, line: item.source.range.start.line } });
    const highlighted = await p.page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.item.highlighted')].map((e) => e.dataset.key),
    );
    assert.deepEqual(highlighted, ['seance:seances/04-samskabelse.md#s04-samskabelse']);
    assert.equal(await p.page.locator('.details-title').textContent(), seance.title);
    assert.equal(await p.page.locator('.agenda-item.current .agenda-title').textContent(), item.title);
    // On a track in the programme file, its lane is marked.
    const track = model.tracks.find((t) => t.id === 'forandring')!;
    await p.send({ type: 'highlight', source: { file: track.source.file, line: track.source.range.start.line } });
    assert.deepEqual(
      await p.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.lane.highlighted')].map((e) => e.dataset.lane)),
      ['forandring'],
    );
  });

  it('shows what is written under an agenda item and who speaks, as text, in the details', async () => {
    const withText = JSON.parse(JSON.stringify(model)) as ProgrammeModel;
    const seance = withText.seances.find((s) => s.id === 's04-samskabelse')!;
    seance.agenda[2]!.speaker = 'Procesleder';
    seance.agenda[2]!.description = 'Seks i hver gruppe.\n\n<b>Opsamling</b> i plenum.';
    await p.send(showMessage(withText, layoutTimeline(withText)));
    await p.send({ type: 'highlight', source: { file: seance.source.file, line: seance.agenda[2]!.source.range.start.line } });
    const current = p.page.locator('.agenda-item.current');
    assert.equal(await current.locator('.agenda-title').textContent(), `${seance.agenda[2]!.title} — Procesleder`);
    assert.equal(await current.locator('.agenda-description').textContent(), 'Seks i hver gruppe.\n\n<b>Opsamling</b> i plenum.');
    assert.equal(await current.locator('b').count(), 0);
    assert.equal(await p.page.locator('.agenda-description').count(), 1);
  });

  it('posts export and pick from the toolbar', async () => {
    await p.page.locator('vscode-button[data-export="ics"]').click();
    assert.deepEqual(await lastPosted(p), { type: 'export', format: 'ics' });
    await p.page.locator('vscode-button[data-export="html"]').click();
    assert.deepEqual(await lastPosted(p), { type: 'export', format: 'html' });

    const two = showMessage(model, layout);
    const [first] = two.programmes;
    assert.ok(first, 'A show message names its programme.');
    two.programmes = [first, { uri: 'file:///work/other/programme.md', title: 'Kommunens ledarstig' }];
    await p.send(two);
    await p.page.locator('vscode-single-select').click();
    await p.page.locator('vscode-single-select [role="option"]', { hasText: 'Kommunens ledarstig' }).click();
    assert.deepEqual(await lastPosted(p), { type: 'pick', uri: 'file:///work/other/programme.md' });
  });

  it('ignores messages that are not well-formed, and draws the next good one', async () => {
    const [lane] = layout.lanes;
    assert.ok(lane?.seances[0], 'The sample has a lane with a seance.');
    const bad: unknown[] = [
      null,
      'show',
      42,
      { type: 'show' },
      { type: 'unknown' },
      { type: 'highlight', source: { file: 3, line: 0 } },
      { ...showMessage(model, layout), locale: 'de' },
      { ...showMessage(model, layout), layout: { ...layout, lanes: 'x' } },
      { ...showMessage(model, layout), layout: { ...layout, days: 1e9 } },
      { ...showMessage(model, layout), model: { ...model, seances: [{ id: 1 }] } },
      { ...showMessage(model, layout), layout: { ...layout, lanes: [{ ...lane, seances: [{ ...lane.seances[0], offset: -5 }] }] } },
    ];
    const before = await p.page.evaluate(() => document.getElementById('app')!.dataset.renders);
    for (const message of bad) await p.send(message, { drawn: false });
    await p.send(sampleShow('varde-lederseminar'));
    const after = await p.page.evaluate(() => document.getElementById('app')!.dataset.renders);
    assert.equal(Number(after), Number(before) + 1);
    assert.equal(await p.page.locator('h1').textContent(), 'Lederseminar 2025');
  });

  it('lets the table be used by keyboard: Enter on a title reveals it', async () => {
    await p.page.locator('vscode-radio[value="table"]').click();
    await p.page.waitForSelector('.items-table');
    const first = p.page.locator('.items-table button[data-key]').first();
    await first.focus();
    await p.page.keyboard.press('ArrowDown');
    await p.page.keyboard.press('Enter');
    assert.deepEqual(await lastPosted(p), { type: 'reveal', source: source('a01-min-lederudfordring') });
    assert.equal(await p.page.locator('.details-title').textContent(), 'Min lederudfordring');
  });
});
