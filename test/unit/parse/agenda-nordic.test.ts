import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseFile, type AgendaItem, type Range, type SeanceModule } from '../../../src/core';
import { agendaSections, isPlainSection } from '../../../src/core/parse/agenda';

type Span = [number, number, number, number];
const span = (range: Range | undefined): Span | undefined =>
  range && [range.start.line, range.start.character, range.end.line, range.end.character];

const header = (dates = 'date: 2014-10-30\nend-date: 2014-10-31') =>
  `---\ntype: seance\nid: s1\ntitle: Seminar\n${dates}\n---\n## Program\n`;

function seance(text: string): SeanceModule {
  const parsed = parseFile('/p/s.md', text);
  assert.equal(parsed.module?.type, 'seance');
  return parsed.module;
}

/** The first item of an agenda of one line, as [time, end, title, format, written range, canonical]. */
function read(line: string): unknown[] {
  const parsed = parseFile('/p/s.md', `${header()}- ${line}\n`);
  const item = (parsed.module as SeanceModule).agenda[0]!;
  return [
    item.time?.value,
    item.end?.value,
    item.title,
    item.format,
    span(item.written?.range),
    item.written?.canonical,
    parsed.problems.map((p) => p.code),
  ];
}

describe('parse: agendas as Nordic programmes write them', () => {
  it('reads `Kl 8.15:`, `kl. 9`, `Kl. 14.00`, `8.30-9.15`, `kl. 08.30–09.15` and `9-10` as times, each with its canonical form', () => {
    // Line 7 holds the item; its text starts at character 2.
    assert.deepEqual(read('Kl 8.15: Velkommen'), ['08:15', undefined, 'Velkommen', undefined, [8, 2, 8, 10], '08:15', []]);
    assert.deepEqual(read('kl. 9 Kaffe (pause)'), ['09:00', undefined, 'Kaffe', 'break', [8, 2, 8, 7], '09:00', []]);
    assert.deepEqual(read('Kl. 14.00 Incheckning'), ['14:00', undefined, 'Incheckning', undefined, [8, 2, 8, 11], '14:00', []]);
    assert.deepEqual(read('8.30-9.15 Oplæg'), ['08:30', '09:15', 'Oplæg', undefined, [8, 2, 8, 11], '08:30–09:15', []]);
    assert.deepEqual(read('kl. 08.30–09.15 Föredrag'), ['08:30', '09:15', 'Föredrag', undefined, [8, 2, 8, 17], '08:30–09:15', []]);
    assert.deepEqual(read('9-10 Grupper'), ['09:00', '10:00', 'Grupper', undefined, [8, 2, 8, 6], '09:00–10:00', []]);
    assert.deepEqual(read('Kl 12: Slut'), ['12:00', undefined, 'Slut', undefined, [8, 2, 8, 8], '12:00', []]);
    assert.deepEqual(read('klockan 13 Lunch'), ['13:00', undefined, 'Lunch', undefined, [8, 2, 8, 12], '13:00', []]);
    assert.deepEqual(read('08:30: Kaffe'), ['08:30', undefined, 'Kaffe', undefined, [8, 2, 8, 8], '08:30', []]);
  });

  it('leaves a time written the canonical way as it is', () => {
    assert.deepEqual(read('08:30 Kaffe'), ['08:30', undefined, 'Kaffe', undefined, undefined, undefined, []]);
    assert.deepEqual(read('08:30–09:15 Oplæg'), ['08:30', '09:15', 'Oplæg', undefined, undefined, undefined, []]);
  });

  it('reads a bare number as no time unless `kl` or a span says it is one', () => {
    assert.deepEqual(read('3 grupper arbejder'), [undefined, undefined, '3 grupper arbejder', undefined, undefined, undefined, []]);
    assert.deepEqual(read('10 min pause'), [undefined, undefined, '10 min pause', undefined, undefined, undefined, []]);
  });

  it('reports an hour that is no time of day at the hour, and keeps no time', () => {
    const parsed = parseFile('/p/s.md', `${header()}- Kl 25: Nat\n`);
    assert.deepEqual(
      parsed.problems.map((p) => [p.code, span(p.range), p.message]),
      [['invalid-time', [8, 5, 8, 7], { key: 'invalid-time.agenda', args: { value: '25' } }]],
    );
    assert.equal((parsed.module as SeanceModule).agenda[0]!.time, undefined);
  });

  it('marks where a missing time goes: a lone `Kl`, or before the title', () => {
    const module = seance(`${header()}- Kl Fælles mål\n- Frokost\n`);
    const slots = module.agenda.map((item: AgendaItem) => [
      item.title,
      item.timeWritten,
      span(item.timeSlot?.range),
      item.timeSlot?.clockWord,
    ]);
    assert.deepEqual(slots, [
      ['Fælles mål', false, [8, 2, 8, 4], true],
      ['Frokost', false, [9, 2, 9, 2], false],
    ]);
  });

  it('keeps what is written under an item as its description, and the problems on its first line', () => {
    const text =
      `${header()}- Kl 8.15: Velkommen\n  Kommunaldirektøren byder velkommen\n  og deler ambitionerne.\n` +
      '- Kl 15.30: Fra læring til mål\n  Vi arbejder i grupper.\n\n  Kort pause\n\n  - Gruppe 1\n  - Gruppe 2\n' +
      '- Kl 17.30: Mål\n';
    const module = seance(text);
    assert.deepEqual(
      module.agenda.map((item) => [item.time?.value, item.title, item.description, span(item.lineRange), span(item.range)]),
      [
        ['08:15', 'Velkommen', 'Kommunaldirektøren byder velkommen\nog deler ambitionerne.', [8, 0, 8, 20], [8, 0, 10, 24]],
        ['15:30', 'Fra læring til mål', 'Vi arbejder i grupper.\n\nKort pause\n\n- Gruppe 1\n- Gruppe 2', [11, 0, 11, 30], [11, 0, 17, 12]],
        ['17:30', 'Mål', undefined, [18, 0, 18, 15], [18, 0, 18, 15]],
      ],
    );
  });

  it('reads a line under an item that does not indent (a lazy continuation) as its description', () => {
    const module = seance(`${header()}- Kl 9.00: Hvad synes I?\nDeltagerne arbejder i grupper.\n- Kl 9.30: Brainstorm\n`);
    assert.deepEqual(
      module.agenda.map((item) => [item.time?.value, item.title, item.description]),
      [
        ['09:00', 'Hvad synes I?', 'Deltagerne arbejder i grupper.'],
        ['09:30', 'Brainstorm', undefined],
      ],
    );
  });

  it('reads who speaks from a trailing `— Role` or from an `Oplægsholder:` line, in Danish, Swedish and English', () => {
    const text =
      `${header()}- 09:00 Oplæg om feedback — Forsker (oplæg)\n- 10:00 Visionen (interview) — Kommunaldirektør\n` +
      '- 11:00 Brainstorm – idéer\n  Oplægsholder: Procesleder\n  Vi arbejder ved bordene.\n' +
      '- 12:00 Föredrag\n  Talare: Forskare\n- 13:00 Keynote\n  Speaker: Researcher\n';
    assert.deepEqual(
      seance(text).agenda.map((item) => [item.title, item.format, item.speaker, item.description]),
      [
        ['Oplæg om feedback', 'talk', 'Forsker', undefined],
        ['Visionen', 'talk', 'Kommunaldirektør', undefined],
        // An en dash is part of a title, as Danish writes it; only an em dash names the speaker.
        ['Brainstorm – idéer', undefined, 'Procesleder', 'Vi arbejder ved bordene.'],
        ['Föredrag', undefined, 'Forskare', undefined],
        ['Keynote', undefined, 'Researcher', undefined],
      ],
    );
  });

  it('reads day headings as written: `d. 30. oktober`, `den 31. oktober`, `31/10`, `1 november`, `31.10.`, a weekday alone', () => {
    const cases: [string, string, string, Span][] = [
      ['### Torsdag d. 30. oktober', '2014-10-30', 'torsdag', [8, 12, 8, 26]],
      ['### Fredag den 31. oktober', '2014-10-31', 'fredag', [8, 11, 8, 26]],
      ['### Fredag 31/10', '2014-10-31', 'fredag', [8, 11, 8, 16]],
      ['### Fredag 31.10.', '2014-10-31', 'fredag', [8, 11, 8, 17]],
      ['### Fredag 31/10 2014', '2014-10-31', 'fredag', [8, 11, 8, 21]],
      ['### Lördag 1 november', '2014-11-01', 'lördag', [8, 11, 8, 21]],
      ['### Friday 31 October', '2014-10-31', 'friday', [8, 11, 8, 21]],
      ['### Torsdag formiddag', '2014-10-30', 'torsdag', [8, 4, 8, 11]],
      ['### Fredag', '2014-10-31', 'fredag', [8, 4, 8, 10]],
    ];
    for (const [heading, date, weekday, at] of cases) {
      const module = seance(`${header()}${heading}\n- Kl 9: Start\n`);
      assert.deepEqual(
        [module.days.map((d) => [d.date, span(d.range), d.weekday?.word.toLowerCase()]), module.agenda[0]!.date, module.agenda[0]!.day],
        [[[date, at, weekday]], date, 0],
        heading,
      );
    }
  });

  it('keeps the weekday a heading names beside its date, for the rule that checks it', () => {
    const module = seance(`${header('date: 2027-03-10')}### Torsdag 2027-03-10\n- 09:00 Start\n`);
    assert.deepEqual(
      module.days.map((d) => [d.date, d.weekday?.iso, d.weekday?.word, span(d.weekday?.range), d.weekday?.languages]),
      [['2027-03-10', 4, 'Torsdag', [7, 4, 7, 11], ['da', 'sv']]],
    );
  });

  it('reads no day from a heading that names none, nor from a weekday that is not one of the seance days', () => {
    const module = seance(`${header()}### Eftermiddag\n- 13:00 A\n### Mandag\n- 14:00 B\n### Torsdagsgruppen\n- 15:00 C\n`);
    assert.deepEqual(module.days, []);
    assert.deepEqual(
      module.agenda.map((i) => i.date),
      ['2014-10-30', '2014-10-30', '2014-10-30'],
    );
  });

  it("reads a day's own time span from its heading", () => {
    const module = seance(
      `${header()}### Torsdag d. 30. oktober, kl. 8–21.30\n- 08:00 Kaffe\n### Fredag 2014-10-31 (08:30–12:00)\n- 08:30 Morgen\n`,
    );
    assert.deepEqual(
      module.days.map((d) => [d.date, d.time?.start?.value, span(d.time?.start?.range), d.time?.end?.value, span(d.time?.end?.range)]),
      [
        ['2014-10-30', '08:00', [8, 32, 8, 33], '21:30', [8, 34, 8, 39]],
        ['2014-10-31', '08:30', [10, 23, 10, 28], '12:00', [10, 29, 10, 34]],
      ],
    );
  });

  it('reads an agenda written the usual way line by line, Nordic times and day headings included', () => {
    const text = `${header()}\n### Torsdag d. 30. oktober\n\n- Kl 8: Kaffe\n- Kl 8.15: Velkommen — Kommunaldirektør\n\n### Fredag\n\n- kl. 08.30–09.15 Morgen\n`;
    const sections = agendaSections(text, text.indexOf('## Program'));
    assert.equal(sections?.length, 1);
    assert.ok(isPlainSection(text, sections[0]!));
  });

  it('reads the text indented under items line by line too, as the Varde transcription has it', () => {
    const file = path.join(__dirname, '../rules/fixtures/varde-as-written/seances/lederseminar.md');
    const text = readFileSync(file, 'utf8');
    const sections = agendaSections(text, text.indexOf('# Lederseminar'));
    assert.equal(sections?.length, 1);
    assert.ok(isPlainSection(text, sections[0]!));
  });

  it('leaves a sub-list, a quote or code under an item to the Markdown parser', () => {
    for (const under of ['  - Gruppe 1', '  > citat', '  ```', '      kode efter en tom linje', '  ---']) {
      const text = `## Program\n- Kl 9: Start\n${under.startsWith('      ') ? '\n' : ''}${under}\n`;
      assert.equal(isPlainSection(text, { start: 0, end: text.length }), false, under);
    }
  });
});

describe('parse: the Varde seminar as it was printed', () => {
  it('reads every item of the transcription with its time, its day and its description', () => {
    const file = path.join(__dirname, '../rules/fixtures/varde-as-written/seances/lederseminar.md');
    const parsed = parseFile(file, readFileSync(file, 'utf8'));
    const module = parsed.module as SeanceModule;
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(
      module.days.map((d) => [d.date, span(d.range)]),
      [
        ['2014-10-30', [15, 12, 15, 26]],
        ['2014-10-30', [65, 4, 65, 11]],
        ['2014-10-30', [80, 4, 80, 11]],
        ['2014-10-31', [96, 4, 96, 10]],
      ],
    );
    assert.equal(module.agenda.length, 43);
    assert.deepEqual(
      module.agenda.filter((item) => !item.time).map((item) => [item.title, span(item.lineRange), span(item.timeSlot?.range)]),
      [['Fælles mål med samskabelse: Hvad skal vi lykkes med?', [89, 0, 89, 57], [89, 2, 89, 4]]],
    );
    assert.equal(module.agenda.filter((item) => item.description).length, 19);
    assert.deepEqual(
      [module.agenda[0], module.agenda.at(-1)].map((item) => [item?.date, item?.time?.value, item?.title, item?.written?.canonical]),
      [
        ['2014-10-30', '08:00', 'Kaffe', '08:00'],
        ['2014-10-31', '12:00', 'Slut', '12:00'],
      ],
    );
  });
});
