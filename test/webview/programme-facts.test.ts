import * as assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import type { ProgrammeModel, SourceRef } from '../../src/core';
import { layoutTimeline } from '../../src/core/timeline/layout';
import { openPage, sampleProgramme, showMessage, type HarnessPage } from './harness';

const RANGE = { start: { line: 1, character: 0 }, end: { line: 1, character: 20 } };
const NETWORK: SourceRef = { file: 'seances/09-netvaerk.md', range: RANGE };
const VISIT: SourceRef = { file: 'seances/10-besoeg.md', range: RANGE };

/**
 * The fremtidens sample with every part of issue 9 written out here (so that the test does not
 * change with the sample's text): facts, two unscheduled seances, and the forandring seance in two tracks.
 */
function programme(): ProgrammeModel {
  const { model } = sampleProgramme('fremtidens-lederuddannelse');
  const copy = structuredClone(model);
  Object.assign(copy, {
    aims: ['Lederne leder forandring, der holder', 'Lederne lærer af egen praksis'],
    participants: { count: 24, who: 'ledere i dagtilbud og skoler' },
    website: 'https://example.org/akademi',
    registration: { opens: '2027-01-04', closes: '2027-02-01' },
    evaluation: {
      questions: [
        { question: 'Indholdet er praksisnært', agree: 94 },
        { question: 'Samlet set tilfreds', agree: 97, start: 90.9, end: 100 },
      ],
      responseRate: { start: 82.5, end: 91 },
    },
    unscheduled: [
      {
        id: 's09-netvaerk',
        title: 'Netværksdag',
        track: 'laering',
        optional: true,
        condition: 'hvis mindst 12 er tilmeldt',
        facilitators: [],
        goals: [],
        agenda: [],
        source: NETWORK,
      },
      { id: 's10-besoeg', title: 'Besøg hos en anden enhed', facilitators: [], goals: [], agenda: [], source: VISIT },
    ],
  } satisfies Partial<ProgrammeModel>);
  const seance = copy.seances.find((s) => s.id === 's03-forandring')!;
  seance.tracks = ['forandring', 'laering'];
  return copy;
}

const KEY = 'seance:seances/03-forandring.md#s03-forandring';

describe('webview: programme facts, unscheduled seances, seances of several tracks', () => {
  let p: HarnessPage;

  beforeEach(async () => {
    p = await openPage();
  });

  afterEach(async () => {
    assert.deepEqual(p.log.pageErrors, []);
    assert.deepEqual(p.log.consoleErrors, []);
    assert.deepEqual(p.log.dialogs, []);
    assert.deepEqual(await p.page.evaluate(() => window.__host.violations), [], 'no Content Security Policy violation');
    await p.page.context().close();
  });

  it('lists the unscheduled seances under their heading, with tracks, optional and condition', async () => {
    const model = programme();
    await p.send(showMessage(model, layoutTimeline(model), { locale: 'da' }));
    const band = p.page.locator('section.unscheduled');
    assert.equal(await band.locator('h2').textContent(), 'Ikke planlagt');
    assert.equal(await band.getAttribute('aria-labelledby'), 'unscheduled-heading');
    assert.equal(await band.locator('.hint').textContent(), 'Planlagt, endnu uden dato: ikke med i tidslinjen eller kalenderen.');
    assert.deepEqual(await band.locator('li').allTextContents(), [
      'Netværksdag — Læringskultur · Valgfri · hvis mindst 12 er tilmeldt',
      'Besøg hos en anden enhed',
    ]);
    // Not in the timeline: no item of either.
    assert.equal(await p.page.locator('.item[data-key*="09-netvaerk"], .item[data-key*="10-besoeg"]').count(), 0);
  });

  it('reveals an unscheduled seance in the editor on a click, and from the keyboard after a Tab', async () => {
    const model = programme();
    await p.send(showMessage(model, layoutTimeline(model)));
    await p.page.locator('section.unscheduled li').nth(1).locator('button').click();
    assert.deepEqual(
      (await p.posted()).filter((m) => m.type === 'reveal'),
      [{ type: 'reveal', source: VISIT }],
    );

    // The first tab stop after the facts' summary is the first unscheduled seance.
    await p.page.locator('.programme-details summary').focus();
    await p.page.keyboard.press('Tab');
    assert.equal(await p.page.evaluate(() => document.activeElement?.textContent), 'Netværksdag');
    await p.page.keyboard.press('Enter');
    assert.deepEqual(
      (await p.posted()).filter((m) => m.type === 'reveal'),
      [
        { type: 'reveal', source: VISIT },
        { type: 'reveal', source: NETWORK },
      ],
    );
  });

  it('shows the programme facts under "About the programme", the evaluation figures written the Danish way', async () => {
    const model = programme();
    await p.send(showMessage(model, layoutTimeline(model), { locale: 'da' }));
    const details = p.page.locator('details.programme-details');
    assert.equal(await details.locator('summary').textContent(), 'Om forløbet');
    assert.equal(await details.getAttribute('open'), null, 'closed until opened');
    await details.locator('summary').click();
    assert.equal(await details.getAttribute('open'), '');
    assert.deepEqual(await details.locator('dt').allTextContents(), ['Formål', 'Deltagere', 'Websted', 'Tilmelding', 'Evaluering']);
    const dd = details.locator('dd');
    assert.deepEqual(await dd.nth(0).locator('li').allTextContents(), [
      'Lederne leder forandring, der holder',
      'Lederne lærer af egen praksis',
    ]);
    assert.equal(await dd.nth(1).textContent(), '24 deltagere: ledere i dagtilbud og skoler');
    assert.equal(await dd.nth(2).locator('a').textContent(), 'https://example.org/akademi');
    assert.equal(await dd.nth(3).textContent(), 'åbner 4. jan. 2027, lukker 1. feb. 2027');
    assert.deepEqual(await dd.nth(4).locator('li').allTextContents(), [
      'Indholdet er praksisnært: 94 % enige',
      'Samlet set tilfreds: 97 % enige (90,9 % → 100 %)',
      'Svarprocent: 82,5 % → 91 %',
    ]);
  });

  it('draws a seance of two tracks in both lanes: one tab stop, arrows move within each lane', async () => {
    const model = programme();
    await p.send(showMessage(model, layoutTimeline(model)));
    const first = p.page.locator(`.lane[data-lane="forandring"] .item[data-key="${KEY}"]`);
    const also = p.page.locator(`.lane[data-lane="laering"] .item[data-key="${KEY}@laering"]`);
    assert.ok(await first.isVisible());
    assert.ok(await also.isVisible());
    assert.equal(await first.locator('.title').textContent(), await also.locator('.title').textContent());

    await also.click();
    const reveals = (await p.posted()).filter((m) => m.type === 'reveal');
    assert.deepEqual(reveals, [{ type: 'reveal', source: model.seances.find((s) => s.id === 's03-forandring')!.source }]);
    assert.equal(await p.page.locator('.timeline-scroll .item[tabindex="0"], .item[tabindex="0"]').count(), 1);
    assert.equal(await also.getAttribute('tabindex'), '0');

    // In the laering lane, the mark stands before the lane's own seance: ArrowRight goes there.
    const own = 'seance:seances/05-laeringskultur.md#s05-laeringskultur';
    await p.page.keyboard.press('ArrowRight');
    assert.equal(await p.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key), own);
    assert.equal(await p.page.locator('.item[tabindex="0"]').count(), 1);
    await p.page.keyboard.press('ArrowLeft');
    assert.equal(await p.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key), `${KEY}@laering`);
    assert.equal(await p.page.locator('.item[tabindex="0"]').count(), 1);
  });

  it('has no serious or critical axe violations with the facts open and the unscheduled band shown', async () => {
    const model = programme();
    await p.send(showMessage(model, layoutTimeline(model), { locale: 'da' }));
    await p.page.locator('.programme-details summary').click();
    await p.page.locator(`.item[data-key="${KEY}@laering"]`).focus();
    const results = await new AxeBuilder({ page: p.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
    assert.deepEqual(serious, []);
  });

  it('renders hostile aims, participants, condition, evaluation question and unscheduled title as text', async () => {
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(2)</script>',
      '"><svg onload=alert(3)>',
      '<a href="javascript:alert(4)">klik</a>',
      '<details open ontoggle=alert(5)>',
    ] as const;
    const model = programme();
    model.aims = [payloads[0]];
    model.participants = { who: payloads[1] };
    model.unscheduled![0]!.condition = payloads[2];
    model.evaluation = { questions: [{ question: payloads[3], agree: 50 }] };
    model.unscheduled![1]!.title = payloads[4];
    await p.send(showMessage(model, layoutTimeline(model)));
    await p.page.locator('.programme-details summary').click();
    const dd = p.page.locator('.programme-details dd');
    assert.equal(await dd.nth(0).locator('li').textContent(), payloads[0]);
    assert.equal(await dd.nth(1).textContent(), payloads[1]);
    assert.equal(await dd.nth(4).locator('li').textContent(), `${payloads[3]}: 50 % agree`);
    assert.deepEqual(await p.page.locator('section.unscheduled li').allTextContents(), [
      `Netværksdag — Læringskultur · Optional · ${payloads[2]}`,
      payloads[4],
    ]);
    const injected = await p.page.evaluate(() => {
      const header = document.querySelector('.programme-header')!;
      return {
        band: header.contains(document.querySelector('section.unscheduled')),
        elements: header.querySelectorAll('img, script, svg, iframe, a[href^="javascript"], [onerror], [onload], [ontoggle]').length,
      };
    });
    assert.deepEqual(injected, { band: true, elements: 0 });
  });
});
