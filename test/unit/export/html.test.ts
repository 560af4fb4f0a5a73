import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { escapeHtml, programmeToHtml } from '../../../src/core/export';
import { layoutTimeline } from '../../../src/core/timeline/layout';
import { copy, fixtures, modelOf, samplesFolder } from './helpers';
import { hostileModel, PAYLOADS } from './hostile';

const nordlys = modelOf(path.join(fixtures, 'nordlys'));
const render = (model = nordlys): string => programmeToHtml(model, layoutTimeline(model));

/** The opening tags of a document: `<tag attributes>`. */
const tags = (html: string): string[] => [...html.matchAll(/<([a-zA-Z][\w-]*)\b[^>]*>/gu)].map((m) => m[0]);

/** The text of a fragment with its tags removed and entities decoded (enough for the export's own markup). */
const text = (fragment: string): string =>
  fragment
    .replace(/<[^>]*>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');

/** Every `<article class="seance">…</article>` of a document. */
const articles = (html: string): string[] => [...html.matchAll(/<article class="seance"[\s\S]*?<\/article>/gu)].map((m) => m[0]);

describe('export: HTML, escaping', function () {
  // Programmes are read from disk (the CLI reads them on each run): more than mocha's 2 s on a busy machine.
  this.timeout(20_000);

  it('escapes &, <, >, " and \' (and nothing else)', () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&amp;</a> æøå – 08:30`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; æøå – 08:30',
    );
  });

  const html = render(hostileModel(nordlys));

  it('shows every payload in titles, agenda items, track names, places and people as text', () => {
    for (const payload of PAYLOADS) assert.ok(html.includes(escapeHtml(payload)), payload);
    assert.ok(text(html).includes('<img src=x onerror=alert(1)>'));
  });

  it('has no script, no event handler attribute, no frame, image, SVG or external resource from the input', () => {
    assert.doesNotMatch(html, /<script/iu);
    const opening = tags(html);
    assert.deepEqual(
      opening.filter((tag) => /\son[a-z]+\s*=/iu.test(tag)),
      [],
    );
    // Only elements the exporter writes itself, and none of the payloads' elements.
    const names = (list: string[]): Set<string> => new Set(list.map((tag) => /^<([\w-]+)/u.exec(tag)![1]!.toLowerCase()));
    const own = names(tags(render()));
    assert.deepEqual(
      [...names(opening)].filter((name) => !own.has(name)),
      [],
    );
    for (const name of ['img', 'svg', 'iframe', 'math', 'mglyph', 'object', 'embed', 'link', 'base', 'form'])
      assert.ok(!own.has(name), name);
    assert.deepEqual(
      opening.filter((tag) => /javascript:|https?:\/\/evil/iu.test(tag)),
      [],
    );
    assert.equal(html.match(/<style>/gu)?.length, 1);
    assert.equal(html.match(/<\/style>/gu)?.length, 1);
    assert.equal(html.match(/<\/title>/gu)?.length, 1);
  });

  it('makes only web addresses into links: a `javascript:` link is shown as text', () => {
    assert.deepEqual(
      tags(render()).filter((tag) => tag.startsWith('<a ')),
      ['<a href="https://meet.example.org/nordlys/s02">'],
    );
    assert.ok(html.includes('<dd>javascript:alert(9)</dd>'));
  });

  it('forbids scripts and outside resources in the document itself (Content-Security-Policy)', () => {
    assert.match(render(), /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/u);
  });
});

describe('export: HTML, structure', function () {
  // Programmes are read from disk (the CLI reads them on each run): more than mocha's 2 s on a busy machine.
  this.timeout(20_000);

  const html = render();

  it('is one document: overview, timeline, seances, assignments, in that order', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="da">/u);
    const order = [
      '<header class="overview"',
      '<section class="timeline-page"',
      '<section class="seances"',
      '<section class="assignments"',
    ];
    const at = order.map((marker) => html.indexOf(marker));
    assert.ok(at.every((index) => index > 0));
    assert.deepEqual(
      [...at].sort((a, b) => a - b),
      at,
    );
  });

  it('has one section per seance, with its agenda rows in order', () => {
    const found = articles(html);
    assert.deepEqual(
      found.map((article) => /id="seance-([^"]+)"/u.exec(article)![1]),
      nordlys.seances.map((seance) => seance.id),
    );
    assert.deepEqual(
      found.map((article) =>
        [...article.matchAll(/<tr class="item">([\s\S]*?)<\/tr>/gu)].map((m) => text(m[1]!.replace(/<\/td><td[^>]*>/gu, ' | '))),
      ),
      [
        [
          '08:30 | Kaffe | pause',
          '08:45–09:15 | Velkommen og formål | plenum',
          '09:15 | Oplæg: Retning, mål; mening | oplæg',
          '12:00 | Frokost | måltid',
          '15:00 | Afrunding | plenum',
        ],
        ['14:00 | Indtjekning | plenum', '14:20 | Sparring i trioer | grupper'],
        [
          '09:00 | Velkommen | plenum',
          '19:00 | Middag | måltid',
          '08:30 | Grupper på tværs | grupper',
          '11:30 | Tak for denne gang | plenum',
        ],
        [],
        ['08:30 | Kaffe | pause', '09:00 | Hvad har vi lært? | plenum'],
      ],
    );
  });

  it('heads each day of a seance of several days with its date and span, in the programme’s language', () => {
    // The header's start opens Thursday and its end closes Friday; neither day heading gives a span.
    const seminar = articles(html)[2]!;
    assert.deepEqual(
      [...seminar.matchAll(/<tr class="day">([\s\S]*?)<\/tr>/gu)].map((m) => text(m[1]!)),
      ['torsdag den 8. april 2027, 09:00', 'fredag den 9. april 2027, –12:00'],
    );
  });

  it('gives each day of a seance of several days its own span: 08:00–21:30 on Thursday, 08:30–12:00 on Friday', () => {
    const model = copy(nordlys);
    model.seances[2]!.days = [
      { date: '2027-04-08', start: '08:00', end: '21:30' },
      { date: '2027-04-09', start: '08:30', end: '12:00' },
    ];
    const page = render(model);
    const seminar = articles(page)[2]!;
    assert.equal(
      text(/<dt>Tid<\/dt><dd>([\s\S]*?)<\/dd>/u.exec(seminar)![1]!.replace(/<br>/gu, ' | ')),
      'torsdag den 8. april 2027: 08:00–21:30 | fredag den 9. april 2027: 08:30–12:00',
    );
    assert.deepEqual(
      [...seminar.matchAll(/<tr class="day">([\s\S]*?)<\/tr>/gu)].map((m) => text(m[1]!)),
      ['torsdag den 8. april 2027, 08:00–21:30', 'fredag den 9. april 2027, 08:30–12:00'],
    );
    const glance = /<table class="glance">[\s\S]*?<\/table>/u.exec(page)![0];
    const row = [...glance.matchAll(/<tr><td>([\s\S]*?)<\/tr>/gu)][2]![0];
    assert.match(row, /<td>08:00–21:30<br>08:30–12:00<\/td>/u);
  });

  it('stacks seances of one track on one day in rows of the timeline’s lane, and the lane grows', () => {
    const model = copy(nordlys);
    const first = model.seances[0]!;
    model.seances.splice(1, 0, {
      ...structuredClone(first),
      id: 's01b-samme-dag',
      title: 'Samme dag',
      source: { ...first.source, file: 'seances/01b.md' },
    });
    const timeline = /<section class="timeline-page"[\s\S]*?<\/section>/u.exec(render(model))![0];
    const lane = /<div class="tl-axis tl-lane[^"]*" style="grid-row:3;height:([\d.]+)mm">([\s\S]*?)<\/div>/u.exec(timeline)!;
    // Two rows of seances (6.5 mm each), the assignment bar's row (5 mm) and 1.5 mm.
    assert.equal(lane[1], '19.5');
    const marks = [...lane[2]!.matchAll(/<span class="mark" style="([^"]*)">([^<]*)<\/span>/gu)].map((m) => [
      m[2],
      /top:([\d.]+mm)/u.exec(m[1]!)?.[1],
    ]);
    assert.deepEqual(marks, [
      ['1', undefined],
      ['2', '7.5mm'],
      ['6', undefined],
    ]);
    const bars = [...lane[2]!.matchAll(/<span class="bar" style="[^"]*top:([\d.]+mm)"/gu)].map((m) => m[1]);
    assert.deepEqual(bars, ['13.0mm']);
  });

  it('gives each seance its date, time, place or link, facilitators and goals', () => {
    const facts = (article: string): string[] =>
      [...article.matchAll(/<dt>([\s\S]*?)<\/dt><dd>([\s\S]*?)<\/dd>/gu)].map((m) => `${text(m[1]!)}: ${text(m[2]!)}`);
    const [opstart, online] = articles(html);
    assert.deepEqual(facts(opstart!), [
      'Dato: torsdag den 14. januar 2027',
      'Tid: 08:30–15:30',
      'Form: Fremmøde',
      'Sted: Rådhuset, mødesal 2; indgang B',
      'Spor: Retning; mål og mening',
      'Facilitatorer: Procesleder, Ekstern konsulent',
    ]);
    assert.match(opstart!, /<h4>Mål<\/h4>\n<ul class="goals"><li>Kende forløbets rytme<\/li><li>Vælge en lederudfordring<\/li><\/ul>/u);
    assert.deepEqual(facts(online!).slice(2, 4), ['Form: Online', 'Link: https://meet.example.org/nordlys/s02']);
  });

  it('lists every assignment with when it is given, when it is due and its effort', () => {
    const rows = [...html.matchAll(/<tr id="assignment-([^"]+)">([\s\S]*?)<\/tr>/gu)].map((m) => [
      m[1],
      text(m[2]!.replace(/<br>/gu, ' ').replace(/<\/td><td>/gu, ' | ')),
    ]);
    assert.deepEqual(rows, [
      ['a02-forberedelse', 'A | Forbered et eksempel Samarbejde på tværs | Før forløbet | 10. mar. 2027 2 Online sparring | 45min'],
      [
        'a01-udfordring',
        'B | Min lederudfordring Retning; mål og mening | 14. jan. 2027 1 Opstart, retning; og mål | 16. jun. 2027 5 Afslutning | 3h',
      ],
    ]);
  });

  it('has the overview: title, organisation, audience, period, price and the tracks', () => {
    const overview = /<header class="overview"[\s\S]*?<\/header>/u.exec(html)![0];
    assert.match(overview, /<h1>Nordlys, ledere i udvikling<\/h1>/u);
    assert.match(overview, /<p class="organisation">Eksempel Kommune, HR og Udvikling<\/p>/u);
    assert.match(overview, /<dt>Målgruppe<\/dt><dd>Ledere af ledere<\/dd>/u);
    assert.match(overview, /<dt>Periode<\/dt><dd>11\. jan\. 2027 – 25\. jun\. 2027<\/dd>/u);
    assert.match(text(overview), /Pris4\.500,00\skr\. pr\. deltager ekskl\. moms/u);
    assert.match(overview, /<strong>Retning; mål og mening<\/strong>[\s\S]*<strong>Samarbejde på tværs<\/strong>/u);
  });

  it('draws the timeline: months in the programme’s language, ISO weeks labelled "uge" from Monday, a lane per track', () => {
    const timeline = /<section class="timeline-page"[\s\S]*?<\/section>/u.exec(html)![0];
    const months = [...timeline.matchAll(/<span class="tl-month"[^>]*>([^<]*)<\/span>/gu)].map((m) => m[1]);
    assert.deepEqual(months, ['januar 2027', 'februar 2027', 'marts 2027', 'april 2027', 'maj 2027', 'juni 2027']);
    assert.match(timeline, /<div class="tl-label tl-head" style="grid-row:2">uge<\/div>/u);
    const weeks = [...timeline.matchAll(/<span class="tl-week"[^>]*>([^<]*)<\/span>/gu)].map((m) => m[1]);
    // 2027-01-11 is the Monday of ISO week 2; 2027-06-25 is the Friday of week 25.
    assert.equal(weeks[0], '2');
    assert.equal(weeks.length, 24);
    assert.equal(weeks[weeks.length - 1], '25');
    assert.deepEqual(
      [...timeline.matchAll(/<div class="tl-label tl-lane-label[^"]*"[^>]*>([^<]*)<\/div>/gu)].map((m) => m[1]),
      ['Retning; mål og mening', 'Samarbejde på tværs'],
    );
    assert.equal(timeline.match(/<span class="mark"/gu)?.length, 5);
    assert.equal(timeline.match(/<span class="bar"/gu)?.length, 2);
    assert.match(timeline, /Kristi Himmelfartsdag/u);
  });

  it('speaks the programme’s language: Swedish "vecka" and month names for kommunens-ledarstig, English for English', () => {
    const swedish = render(modelOf(path.join(samplesFolder, 'kommunens-ledarstig')));
    assert.match(swedish, /^<!DOCTYPE html>\n<html lang="sv">/u);
    assert.match(swedish, />vecka</u);
    assert.match(swedish, />september 2026</u);
    assert.match(swedish, /<h2 id="seances-heading">Seanser<\/h2>/u);
    assert.match(text(swedish), /150,00\s€ per deltagare exkl\. moms/u);
    const english = copy(nordlys);
    english.language = 'en';
    const inEnglish = render(english);
    assert.match(inEnglish, />week</u);
    assert.match(inEnglish, />January 2027</u);
    assert.match(inEnglish, /<h2 id="timeline-heading">Timeline /u);
  });

  it('holds no script and loads nothing: inline CSS, with A4 pages and a landscape page for the timeline', () => {
    assert.doesNotMatch(html, /<script|<link|<img|@import|url\(/iu);
    assert.match(html, /@page \{ size: A4;/u);
    assert.match(html, /@page landscape \{ size: A4 landscape;/u);
    assert.match(html, /section\.timeline-page \{ page: landscape;/u);
  });
});
