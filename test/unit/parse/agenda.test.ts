import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseFile, type AgendaItem, type ParsedFile, type Range } from '../../../src/core';
import { plain } from '../helpers';

const fixtures = path.join(__dirname, 'fixtures');

function parseFixture(name: string): ParsedFile {
  const file = path.join(fixtures, name);
  return parseFile(file, readFileSync(file, 'utf8'));
}

type Span = [number, number, number, number];

const span = (range: Range): Span => [range.start.line, range.start.character, range.end.line, range.end.character];

/** An agenda item as the tests compare it: values and ranges as [line, character, line, character]. */
function item(agendaItem: AgendaItem) {
  return {
    ...(agendaItem.date !== undefined ? { date: agendaItem.date } : {}),
    ...(agendaItem.time ? { time: agendaItem.time.value, timeRange: span(agendaItem.time.range) } : {}),
    ...(agendaItem.end ? { end: agendaItem.end.value, endRange: span(agendaItem.end.range) } : {}),
    title: agendaItem.title,
    ...(agendaItem.format ? { format: agendaItem.format } : {}),
    timeWritten: agendaItem.timeWritten,
    list: agendaItem.list,
    range: span(agendaItem.range),
  };
}

function agendaOf(parsed: ParsedFile) {
  assert.equal(parsed.module?.type, 'seance');
  return parsed.module?.type === 'seance' ? parsed.module.agenda.map(item) : [];
}

const header = '---\ntype: seance\nid: s1\ntitle: Start\ndate: 2027-03-11\n---\n';

describe('parse: the agenda of a seance', () => {
  it('reads times, spans, titles and formats, each with its exact range', () => {
    assert.deepEqual(agendaOf(parseFixture('agenda.md')), [
      {
        date: '2027-03-11',
        time: '08:30',
        timeRange: [11, 2, 11, 7],
        title: 'Kaffe',
        format: 'break',
        timeWritten: true,
        list: 0,
        range: [11, 0, 11, 21],
      },
      {
        date: '2027-03-11',
        time: '08:45',
        timeRange: [12, 2, 12, 7],
        end: '09:15',
        endRange: [12, 8, 12, 13],
        title: 'Velkommen og formål',
        format: 'plenum',
        timeWritten: true,
        list: 0,
        range: [12, 0, 12, 42],
      },
      {
        date: '2027-03-11',
        time: '09:15',
        timeRange: [13, 2, 13, 7],
        end: '10:00',
        endRange: [13, 10, 13, 15],
        title: 'Oplæg om feedback',
        format: 'talk',
        timeWritten: true,
        list: 0,
        range: [13, 0, 13, 41],
      },
      // 8.15 is how Danes write 08:15: the item keeps the time it clearly means.
      {
        date: '2027-03-11',
        time: '08:15',
        timeRange: [14, 2, 14, 6],
        title: 'Tjek ind',
        format: 'groups',
        timeWritten: true,
        list: 0,
        range: [14, 0, 14, 31],
      },
      { date: '2027-03-11', title: 'Natmøde', timeWritten: true, list: 0, range: [15, 0, 15, 15] },
      { date: '2027-03-11', title: 'Frokost i kantinen', timeWritten: false, list: 0, range: [16, 0, 16, 20] },
    ]);
  });

  it('reads `8.15` as 08:15 without a problem, and keeps where it is written for the fix that rewrites the section', () => {
    const parsed = parseFixture('agenda.md');
    const module = parsed.module?.type === 'seance' ? parsed.module : undefined;
    const tjekInd = module?.agenda[3];
    assert.deepEqual(tjekInd?.written, {
      range: { start: { line: 14, character: 2 }, end: { line: 14, character: 6 } },
      canonical: '08:15',
    });
    // Written the canonical way, also with spaces around the dash: nothing to rewrite.
    assert.deepEqual(
      module?.agenda.slice(0, 3).map((i) => i.written),
      [undefined, undefined, undefined],
    );
  });

  it('reports `25:00` as invalid-time without a fix: there is no such time to change it to', () => {
    const parsed = parseFixture('agenda.md');
    assert.deepEqual(parsed.problems, [
      {
        file: path.join(fixtures, 'agenda.md'),
        code: 'invalid-time',
        severity: 'error',
        range: { start: { line: 15, character: 2 }, end: { line: 15, character: 7 } },
        message: { key: 'invalid-time.agenda', args: { value: '25:00' } },
      },
    ]);
    assert.deepEqual(
      parsed.problems.map((p) => plain(p, fixtures)),
      [
        {
          file: 'agenda.md',
          code: 'invalid-time',
          severity: 'error',
          range: [15, 2, 15, 7],
          message: 'The agenda time `25:00` must be written hours:minutes on the 24-hour clock, like 08:15.',
        },
      ],
    );
  });

  it('knows the format words in Danish, Swedish and English, and keeps an unknown one in the title', () => {
    const formats = agendaOf(parseFixture('formats.md')).map((i) => [i.title, i.format ?? null]);
    assert.deepEqual(formats, [
      ['Velkomst', 'plenum'],
      ['Gruppearbejde', 'groups'],
      ['Pause', 'break'],
      ['Frokost', 'meal'],
      ['Gåtur', 'walk'],
      ['Oplæg', 'talk'],
      ['Øvelse', 'exercise'],
      ['Inledning', 'plenum'],
      ['Grupparbete', 'groups'],
      ['Fika', 'break'],
      ['Måltid', 'meal'],
      ['Promenad', 'walk'],
      ['Föredrag', 'talk'],
      ['Övning', 'exercise'],
      ['Welcome', 'plenum'],
      ['Walk and talk', 'walk'],
      ['Keynote', 'talk'],
      ['Case', 'exercise'],
      ['Fejring (fest)', null],
    ]);
    assert.deepEqual(parseFixture('formats.md').problems, []);
  });

  it('takes a word that names a property of every object for an unknown format, kept in the title', () => {
    const parsed = parseFile('/p/s.md', `${header}## Program\n\n- 09:00 Kage (constructor)\n- 09:10 Quiz (toString)\n`);
    assert.deepEqual(
      agendaOf(parsed).map((i) => [i.title, i.format ?? null]),
      [
        ['Kage (constructor)', null],
        ['Quiz (toString)', null],
      ],
    );
  });

  it('opens the agenda at a heading "Agenda", "Program", "Dagsorden" or "Dagordning", at any level', () => {
    for (const heading of ['# Agenda', '## Program', '### Dagsorden', '## Dagordning', '## Agenda for dagen']) {
      const parsed = parseFile('/p/s.md', `${header}${heading}\n\n- 09:00 Velkommen\n`);
      assert.deepEqual(
        agendaOf(parsed),
        [
          {
            date: '2027-03-11',
            time: '09:00',
            timeRange: [8, 2, 8, 7],
            title: 'Velkommen',
            timeWritten: true,
            list: 0,
            range: [8, 0, 8, 17],
          },
        ],
        heading,
      );
    }
  });

  it('opens the agenda at the definite forms too, as it does for "Programmet" and "Schemat"', () => {
    for (const heading of ['## Programmet', '## Schemat', '## Dagsordenen', '## Dagordningen', '## Tidsplanen']) {
      const parsed = parseFile('/p/s.md', `${header}${heading}\n\n- 09:00 Velkommen\n`);
      assert.deepEqual(
        agendaOf(parsed).map((i) => [i.time, i.title]),
        [['09:00', 'Velkommen']],
        heading,
      );
    }
  });

  it('reads no agenda from lists under other headings or without a heading', () => {
    assert.deepEqual(agendaOf(parseFile('/p/s.md', `${header}- 09:00 Velkommen\n`)), []);
    assert.deepEqual(agendaOf(parseFile('/p/s.md', `${header}## Noter\n\n- 09:00 Velkommen\n`)), []);
  });

  it('reads the time of an item in an ordered list or written with `*`', () => {
    const parsed = parseFile('/p/s.md', `${header}## Agenda\n1. 09:00 Velkommen\n\n* 09:30 Pause (pause)\n`);
    assert.deepEqual(agendaOf(parsed), [
      { date: '2027-03-11', time: '09:00', timeRange: [7, 3, 7, 8], title: 'Velkommen', timeWritten: true, list: 0, range: [7, 0, 7, 18] },
      {
        date: '2027-03-11',
        time: '09:30',
        timeRange: [9, 2, 9, 7],
        title: 'Pause',
        format: 'break',
        timeWritten: true,
        list: 1,
        range: [9, 0, 9, 21],
      },
    ]);
  });

  it('gives every item the day of its dated sub-heading, and ignores lists outside the agenda section', () => {
    assert.deepEqual(agendaOf(parseFixture('multi-day.md')), [
      { date: '2027-10-28', time: '08:00', timeRange: [13, 2, 13, 7], title: 'Kaffe', timeWritten: true, list: 0, range: [13, 0, 13, 13] },
      {
        date: '2027-10-28',
        time: '08:15',
        timeRange: [17, 2, 17, 7],
        title: 'Velkomst',
        timeWritten: true,
        list: 1,
        range: [17, 0, 17, 16],
      },
      {
        date: '2027-10-29',
        time: '08:30',
        timeRange: [21, 2, 21, 7],
        title: 'Morgenmad',
        timeWritten: true,
        list: 2,
        range: [21, 0, 21, 17],
      },
      { date: '2027-10-29', time: '10:00', timeRange: [22, 2, 22, 7], title: 'Pause', timeWritten: true, list: 2, range: [22, 0, 22, 13] },
    ]);
  });

  it('keeps exact ranges in a CRLF file', () => {
    const text =
      '---\r\ntype: seance\r\nid: s1\r\ntitle: Start\r\ndate: 2027-03-11\r\n---\r\n## Agenda\r\n- 8.15 Kaffe (pause)\r\n- 09:00 Start\r\n';
    const parsed = parseFile('/p/s.md', text);
    assert.deepEqual(agendaOf(parsed), [
      {
        date: '2027-03-11',
        time: '08:15',
        timeRange: [7, 2, 7, 6],
        title: 'Kaffe',
        format: 'break',
        timeWritten: true,
        list: 0,
        range: [7, 0, 7, 20],
      },
      { date: '2027-03-11', time: '09:00', timeRange: [8, 2, 8, 7], title: 'Start', timeWritten: true, list: 0, range: [8, 0, 8, 13] },
    ]);
    assert.deepEqual(parsed.problems, []);
  });

  it('reads times written `8:15` and `08.15` as 08:15, and `9:5` as no time', () => {
    const parsed = parseFile('/p/s.md', `${header}## Dagsorden\n- 8:15 Morgen\n- 08.15 Morgen\n- 9:5 Morgen\n`);
    assert.deepEqual(
      agendaOf(parsed).map((i) => [i.time ?? null, i.title, i.timeWritten]),
      [
        ['08:15', 'Morgen', true],
        ['08:15', 'Morgen', true],
        [null, 'Morgen', true],
      ],
    );
    assert.deepEqual(
      parsed.problems.map((p) => [p.code, span(p.range), p.fixes?.[0]?.edits[0]?.newText ?? null]),
      [['invalid-time', [9, 2, 9, 5], null]],
    );
  });
});
