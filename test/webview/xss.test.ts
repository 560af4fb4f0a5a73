import * as assert from 'node:assert/strict';
import type { ProgrammeModel } from '../../src/core';
import { layoutTimeline } from '../../src/core/timeline/layout';
import { openPage, ORIGIN, sampleProgramme, showMessage } from './harness';

/** Text that would run script or load something if it were ever parsed as HTML, CSS or a URL. */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=http://evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(2)>',
  '<img src="http://evil.example/pixel.png">',
  '<svg onload=alert(3)>',
  '<svg><script>alert(4)</script></svg>',
  '<iframe src="javascript:alert(5)"></iframe>',
  '<iframe srcdoc="<script>alert(6)</script>">',
  'javascript:alert(7)',
  'JaVaScRiPt:alert(8)',
  'data:text/html,<script>alert(9)</script>',
  '"><script>alert(10)</script>',
  "'><img src=x onerror=alert(11)>",
  '" onmouseover="alert(12)" x="',
  "' autofocus onfocus='alert(13)",
  '</textarea><script>alert(14)</script>',
  '</style><script>alert(15)</script>',
  '<style>@import "http://evil.example/x.css";</style>',
  '<div style="background:url(javascript:alert(16))">',
  'expression(alert(17))',
  '${alert(18)}',
  '`${alert(19)}`',
  '{{constructor.constructor("alert(20)")()}}',
  '<a href="javascript:alert(21)">klik her</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(22)>',
  '<details open ontoggle=alert(23)>',
  '<body onload=alert(24)>',
  '<object data="javascript:alert(25)">',
  '<embed src="javascript:alert(26)">',
  '<link rel=stylesheet href=http://evil.example/x.css>',
  '<meta http-equiv="refresh" content="0;url=http://evil.example/">',
  '<base href="http://evil.example/">',
  '&lt;script&gt;alert(27)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(28)&#62;',
  '\u003cimg src=x onerror=alert(29)\u003e',
  '＜script＞alert(30)＜/script＞',
  '<scr\u200Bipt>alert(31)</scr\u200Bipt>',
  '\u202Egnp.exe\u202C <img src=x onerror=alert(32)>',
  'Ledelse\u0301 <b>fed</b> 👩‍💼 <i onclick=alert(33)>',
  'line one\nline two <script>alert(34)</script>',
  '<!--<img src="--><img src=x onerror=alert(35)//">',
  '<noscript><p title="</noscript><img src=x onerror=alert(36)>">',
] as const;

describe('webview: programme text is only ever text', () => {
  it(`shows ${PAYLOADS.length} hostile titles, agenda items, tracks and names literally, runs and loads nothing`, async () => {
    assert.ok(PAYLOADS.length >= 30);
    const { model } = sampleProgramme('fremtidens-lederuddannelse');
    const hostile: ProgrammeModel = structuredClone(model);
    hostile.title = PAYLOADS[0];
    hostile.organisation = PAYLOADS[1];
    /** The i-th element of a list the hostile programme is built to have. */
    const nth = <T>(list: readonly T[], i: number): T => {
      if (i < 0 || i >= list.length) throw new Error(`The hostile programme has no element ${i} of ${list.length}.`);
      return list[i]!;
    };
    hostile.tracks = hostile.tracks.map((track, i) => ({ ...track, title: nth(PAYLOADS, i + 2) }));
    const trackOf = (i: number): string => nth(hostile.tracks, i % hostile.tracks.length).id;
    const template = model.seances[1];
    const assignment = model.assignments[0];
    const agendaItem = template?.agenda[0];
    assert.ok(template && assignment && agendaItem, 'The sample has the seance, agenda item and assignment copied.');
    // One seance per payload, every few days, across the tracks; each with every payload inside.
    hostile.seances = PAYLOADS.map((payload, i) => ({
      ...structuredClone(template),
      id: `s${i}`,
      title: payload,
      track: trackOf(i),
      date: new Date(Date.UTC(2027, 0, 12 + i * 4)).toISOString().slice(0, 10),
      location: payload,
      link: i % 2 ? 'javascript:alert(99)' : payload,
      facilitators: [...PAYLOADS],
      goals: [...PAYLOADS],
      agenda: PAYLOADS.map((title, j) => ({
        ...agendaItem,
        time: `${String(8 + Math.floor(j / 6)).padStart(2, '0')}:${String((j % 6) * 10).padStart(2, '0')}`,
        title,
      })),
      source: { ...template.source, file: `seances/${i}.md` },
    }));
    hostile.assignments = PAYLOADS.slice(0, 10).map((payload, i) => ({
      ...structuredClone(assignment),
      id: `a${i}`,
      title: payload,
      track: trackOf(i),
      given: `s${i}`,
      due: `s${i + 4}`,
      startDate: nth(hostile.seances, i).date,
      dueDate: nth(hostile.seances, i + 4).date,
      effort: payload,
      source: { ...assignment.source, file: `assignments/${i}.md` },
    }));
    // A track the programme does not declare gets a lane named by its id.
    nth(hostile.seances, 0).track = PAYLOADS[6];
    const layout = layoutTimeline(hostile, {
      problems: (source) => (source.file === 'seances/1.md' ? { severity: 'error', messages: [...PAYLOADS] } : undefined),
    });

    const p = await openPage();
    const show = showMessage(hostile, layout);
    show.programmes = PAYLOADS.map((title, i) => ({ uri: `file:///p${i}`, title }));
    show.current = 'file:///p0';
    await p.send(show);

    const text = (selector: string) => p.page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
    const lanes = await text('.lanes');
    for (const title of [PAYLOADS[2], PAYLOADS[3], PAYLOADS[4], PAYLOADS[5], PAYLOADS[6]])
      assert.ok(lanes.includes(title), `lane label ${JSON.stringify(title)}`);
    assert.equal(await text('h1'), PAYLOADS[0]);
    assert.ok((await text('.programme-header .meta')).includes(PAYLOADS[1]));
    // Labels for screen readers hold the text as written, too.
    const labels = await p.page.evaluate(() =>
      [...document.querySelectorAll('.item')].map((e) => e.getAttribute('aria-label') ?? '').join('\n'),
    );
    for (const payload of PAYLOADS) assert.ok(labels.includes(payload), `aria-label ${JSON.stringify(payload)}`);

    // Details of a seance: agenda, facilitators, goals, location, link.
    await p.page.locator('.item[data-key="seance:seances/1.md#s1"]').focus();
    const details = await text('.details-pane');
    for (const payload of PAYLOADS) assert.ok(details.includes(payload), `details ${JSON.stringify(payload)}`);
    assert.equal(await p.page.locator('.details-pane .agenda-title').count(), PAYLOADS.length);
    assert.equal(await p.page.locator('.details-pane a').count(), 0, 'no link but http(s)');

    // The table.
    await p.page.locator('vscode-radio[value="table"]').click();
    await p.page.waitForSelector('.items-table');
    const table = await text('.items-table');
    for (const payload of PAYLOADS) assert.ok(table.includes(payload), `table ${JSON.stringify(payload)}`);
    await p.page.locator('.items-table button[data-key]').nth(3).hover();
    await p.page.locator('vscode-radio[value="timeline"]').click();
    await p.page.waitForSelector('.timeline');
    await p.page.locator('.item').nth(5).hover();
    await p.page.waitForLoadState('networkidle');

    // Nothing ran, nothing was loaded, nothing was built from the text.
    assert.deepEqual(p.log.dialogs, []);
    assert.deepEqual(p.log.pageErrors, []);
    assert.deepEqual(p.log.consoleErrors, []);
    assert.deepEqual(p.log.refused, []);
    assert.deepEqual(p.log.requests, [`${ORIGIN}/`, `${ORIGIN}/dist/webview/timeline.css`, `${ORIGIN}/dist/webview/timeline.js`]);
    assert.deepEqual(await p.page.evaluate(() => window.__host.violations), []);
    const built = await p.page.evaluate(() => {
      const found: string[] = [];
      const walk = (root: Document | ShadowRoot): void => {
        for (const element of root.querySelectorAll('*')) {
          if (
            ['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'BASE', 'META', 'LINK', 'STYLE', 'NOSCRIPT'].includes(element.tagName) &&
            element.closest('head') === null &&
            !(element.tagName === 'SCRIPT' && element.parentElement === document.body)
          ) {
            found.push(element.tagName);
          }
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name) || (/^\s*javascript:/i.test(attribute.value) && /href|src|action/.test(attribute.name)))
              found.push(`${element.tagName} ${attribute.name}`);
          }
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return found;
    });
    assert.deepEqual(built, []);
    await p.page.context().close();
  });
});
