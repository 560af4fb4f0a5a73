import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { programmeToIcs, seanceUids } from '../../../src/core/export';
import { copy, fixtures, modelOf, parseIcs, samplesFolder } from './helpers';

const nordlys = path.join(fixtures, 'nordlys');
const now = new Date('2026-11-02T09:15:00Z');

describe('export: iCalendar', function () {
  // Programmes are read from disk (the CLI reads them on each run): more than mocha's 2 s on a busy machine.
  this.timeout(20_000);

  const model = modelOf(nordlys);
  const ics = programmeToIcs(model, { now });
  const { calendar, events } = parseIcs(ics);

  it('has one event per seance and day, with UIDs from the seance and programme ids, and the seance titles', () => {
    assert.deepEqual(
      events.map((e) => [e.uid, e.summary]),
      [
        ['s01-opstart@nordlys-2027.curriculum-studio', 'Opstart, retning; og mål'],
        ['s02-online@nordlys-2027.curriculum-studio', 'Online sparring'],
        ['s03-seminar@nordlys-2027.curriculum-studio', 'Seminar med overnatning'],
        ['s03-seminar.day2@nordlys-2027.curriculum-studio', 'Seminar med overnatning'],
        ['s04-gaatur@nordlys-2027.curriculum-studio', 'Gåtur i byen'],
        ['s05-afslutning@nordlys-2027.curriculum-studio', 'Afslutning'],
      ],
    );
  });

  it('names the calendar after the programme and holds one VTIMEZONE for the programme’s zone', () => {
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Nordlys, ledere i udvikling');
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH');
    assert.deepEqual(
      calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
      ['Europe/Copenhagen'],
    );
  });

  it('writes times in the programme’s zone: 08:30 in Copenhagen is 07:30Z in winter and 06:30Z in summer', () => {
    const opstart = events[0]!;
    assert.equal(opstart.zone, 'Europe/Copenhagen');
    assert.equal(opstart.start, '2027-01-14T07:30:00.000Z');
    assert.equal(opstart.end, '2027-01-14T14:30:00.000Z');
    const afslutning = events[5]!;
    assert.equal(afslutning.zone, 'Europe/Copenhagen');
    assert.equal(afslutning.start, '2027-06-16T06:30:00.000Z');
    assert.equal(afslutning.end, '2027-06-16T10:00:00.000Z');
    assert.match(ics, /\r\nDTSTART;TZID=Europe\/Copenhagen:20270114T083000\r\n/u);
    assert.match(ics, /\r\nDTSTART;TZID=Europe\/Copenhagen:20270616T083000\r\n/u);
  });

  it('makes each day of a seance of two days an event: the header’s start, or end, and the day’s agenda', () => {
    // Thursday 09:00 (the header's start) to 19:00 (its last item); Friday 08:30 (its first item) to 12:00 (the header's end).
    assert.deepEqual(
      events.slice(2, 4).map((e) => [e.start, e.end, e.allDay]),
      [
        ['2027-04-08T07:00:00.000Z', '2027-04-08T17:00:00.000Z', false],
        ['2027-04-09T06:30:00.000Z', '2027-04-09T10:00:00.000Z', false],
      ],
    );
  });

  it('gives each day of a seance its own span: 08:00–21:30 on Thursday, 08:30–12:00 on Friday', () => {
    const seminar = copy(model);
    seminar.seances[2]!.days = [
      { date: '2027-04-08', start: '08:00', end: '21:30' },
      { date: '2027-04-09', start: '08:30', end: '12:00' },
    ];
    const text = programmeToIcs(seminar, { now });
    const days = text.split('BEGIN:VEVENT').filter((event) => event.includes('UID:s03-seminar'));
    assert.deepEqual(
      days.map((event) => event.split('\r\n').filter((line) => /^(UID|DTSTART|DTEND)/u.test(line))),
      [
        [
          'UID:s03-seminar@nordlys-2027.curriculum-studio',
          'DTSTART;TZID=Europe/Copenhagen:20270408T080000',
          'DTEND;TZID=Europe/Copenhagen:20270408T213000',
        ],
        [
          'UID:s03-seminar.day2@nordlys-2027.curriculum-studio',
          'DTSTART;TZID=Europe/Copenhagen:20270409T083000',
          'DTEND;TZID=Europe/Copenhagen:20270409T120000',
        ],
      ],
    );
    const parsed = parseIcs(text).events.slice(2, 4);
    assert.deepEqual(
      parsed.map((e) => [e.start, e.end]),
      [
        ['2027-04-08T06:00:00.000Z', '2027-04-08T19:30:00.000Z'],
        ['2027-04-09T06:30:00.000Z', '2027-04-09T10:00:00.000Z'],
      ],
    );
  });

  it('makes a day of a seance with no time at all an all-day event of that day', () => {
    const seminar = copy(model);
    seminar.seances[2]!.time = undefined;
    seminar.seances[2]!.agenda = [];
    seminar.seances[2]!.days = [{ date: '2027-04-08' }, { date: '2027-04-09' }];
    const parsed = parseIcs(programmeToIcs(seminar, { now })).events.slice(2, 4);
    assert.deepEqual(
      parsed.map((e) => [e.uid, e.start, e.end, e.allDay]),
      [
        ['s03-seminar@nordlys-2027.curriculum-studio', '2027-04-08', '2027-04-09', true],
        ['s03-seminar.day2@nordlys-2027.curriculum-studio', '2027-04-09', '2027-04-10', true],
      ],
    );
  });

  it('makes a seance without a time an all-day event (DTEND the day after, exclusive)', () => {
    const walk = events[4]!;
    assert.equal(walk.allDay, true);
    assert.equal(walk.start, '2027-05-12');
    assert.equal(walk.end, '2027-05-13');
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20270512\r\nDTEND;VALUE=DATE:20270513\r\n/u);
  });

  it('puts the location, else the link, in LOCATION, and the link in URL', () => {
    assert.deepEqual(
      events.map((e) => [e.location, e.url]),
      [
        ['Rådhuset, mødesal 2; indgang B', undefined],
        ['https://meet.example.org/nordlys/s02', 'https://meet.example.org/nordlys/s02'],
        ['Vandrerhjemmet', undefined],
        ['Vandrerhjemmet', undefined],
        ['Torvet', undefined],
        ['Rådhuset, store mødesal', undefined],
      ],
    );
  });

  it('describes the agenda one item a line, then the facilitators and goals, in the programme’s language', () => {
    assert.deepEqual(events[0]!.description!.split('\n'), [
      'Program:',
      '08:30 Kaffe',
      '08:45–09:15 Velkommen og formål',
      '09:15 Oplæg: Retning, mål; mening',
      '12:00 Frokost',
      '15:00 Afrunding',
      '',
      'Facilitatorer: Procesleder, Ekstern konsulent',
      '',
      'Mål:',
      '- Kende forløbets rytme',
      '- Vælge en lederudfordring',
    ]);
    // Each day of the seminar has that day's agenda.
    assert.deepEqual(events[2]!.description!.split('\n'), [
      'Program:',
      '09:00 Velkommen',
      '19:00 Middag',
      '',
      'Facilitatorer: Procesleder',
    ]);
    assert.deepEqual(events[3]!.description!.split('\n'), [
      'Program:',
      '08:30 Grupper på tværs',
      '11:30 Tak for denne gang',
      '',
      'Facilitatorer: Procesleder',
    ]);
    assert.equal(events[1]!.description!.split('\n').pop(), 'Link: https://meet.example.org/nordlys/s02');
  });

  it('escapes commas, semicolons, backslashes and newlines in text (RFC 5545 3.3.11)', () => {
    assert.match(ics, /\r\nSUMMARY:Opstart\\, retning\\; og mål\r\n/u);
    assert.match(ics, /\r\nLOCATION:Rådhuset\\, mødesal 2\\; indgang B\r\n/u);
    const tricky = copy(model);
    tricky.seances[0]!.title = 'Linje et\nLinje to; med \\ og , komma';
    const text = programmeToIcs(tricky, { now });
    assert.match(text, /\r\nSUMMARY:Linje et\\nLinje to\\; med \\\\ og \\, komma\r\n/u);
    assert.equal(parseIcs(text).events[0]!.summary, 'Linje et\nLinje to; med \\ og , komma');
  });

  it('folds every line at 75 octets and ends every line with CRLF', () => {
    const lines = ics.split('\r\n');
    assert.equal(lines.pop(), '');
    assert.deepEqual(
      lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75 || line.includes('\n')),
      [],
    );
  });

  it('keeps the UIDs across two exports and when a seance moves to another date', () => {
    const again = parseIcs(programmeToIcs(modelOf(nordlys), { now: new Date('2027-02-01T12:00:00Z') })).events;
    assert.deepEqual(
      again.map((e) => e.uid),
      events.map((e) => e.uid),
    );
    const moved = copy(model);
    moved.seances[1]!.date = '2027-03-17';
    const after = parseIcs(programmeToIcs(moved, { now })).events;
    assert.equal(after[1]!.uid, events[1]!.uid);
    assert.equal(after[1]!.start, '2027-03-17T13:00:00.000Z');
  });

  it('stamps the events with the export time, and a later export has a higher SEQUENCE', () => {
    assert.match(ics, /\r\nDTSTAMP:20261102T091500Z\r\n/u);
    assert.match(ics, /\r\nLAST-MODIFIED:20261102T091500Z\r\n/u);
    const later = parseIcs(programmeToIcs(model, { now: new Date('2026-11-02T09:16:00Z') })).events;
    assert.ok(events.every((e) => e.sequence > 0));
    assert.deepEqual(
      later.map((e) => e.sequence - events[0]!.sequence),
      [1, 1, 1, 1, 1, 1],
    );
  });

  it('is deterministic: without `now` it holds no clock time, and equal input gives equal output', () => {
    const a = programmeToIcs(model);
    assert.equal(a, programmeToIcs(modelOf(nordlys)));
    assert.match(a, /\r\nDTSTAMP:20200101T000000Z\r\n/u);
    assert.match(a, /\r\nSEQUENCE:0\r\n/u);
    assert.doesNotMatch(a.slice(a.indexOf('BEGIN:VEVENT')), /LAST-MODIFIED/u);
    assert.equal(programmeToIcs(model, { now }), ics);
  });

  it('does not depend on the time zone of the machine', () => {
    // Luxon formats the times in the programme's zone; a native Date would use the machine's.
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      assert.equal(programmeToIcs(modelOf(nordlys), { now }), ics);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('writes floating times when the programme has no known time zone', () => {
    const nowhere = copy(model);
    nowhere.timezone = undefined;
    const text = programmeToIcs(nowhere, { now });
    assert.doesNotMatch(text, /VTIMEZONE|TZID/u);
    assert.match(text, /\r\nDTSTART:20270114T083000\r\n/u);
  });

  it('gives each seance a unique UID: its file where its id is not a valid id or is shared (issue 14)', () => {
    const twins = copy(model);
    twins.seances[0]!.id = '';
    twins.seances[1]!.id = '';
    twins.seances[2]!.id = 's01\r\nX-EVIL:1';
    twins.seances[3]!.id = 's05-afslutning';
    assert.deepEqual(seanceUids(twins), [
      'seances%2F01-opstart.md@nordlys-2027.curriculum-studio',
      'seances%2F02-online.md@nordlys-2027.curriculum-studio',
      'seances%2F03-seminar.md@nordlys-2027.curriculum-studio',
      'seances%2F04-gaatur.md@nordlys-2027.curriculum-studio',
      'seances%2F05-afslutning.md@nordlys-2027.curriculum-studio',
    ]);
    const uids = parseIcs(programmeToIcs(twins, { now })).events.map((e) => e.uid);
    assert.equal(new Set(uids).size, 6);
    assert.equal(uids[3], 'seances%2F03-seminar.md.day2@nordlys-2027.curriculum-studio');
    // Stable: the same files give the same UIDs, whatever the dates.
    twins.seances[0]!.date = '2027-01-21';
    assert.deepEqual(
      parseIcs(programmeToIcs(twins, { now })).events.map((e) => e.uid),
      uids,
    );
    assert.deepEqual(seanceUids({ id: 'Not A Slug\r\n', seances: [] }), []);
    assert.deepEqual(seanceUids({ id: 'Not A Slug', seances: [model.seances[0]!] }), ['s01-opstart@programme.curriculum-studio']);
  });

  it('escapes the calendar name and description: a title holding CRLF and a whole VEVENT forges nothing (issue 14)', () => {
    const forged = copy(model);
    forged.title =
      'Nordlys\r\nATTENDEE;CN=Evil:mailto:evil@example.org\r\nBEGIN:VEVENT\r\nUID:forged\r\nDTSTART:20270101T000000Z\r\nSUMMARY:Forged\r\nEND:VEVENT';
    forged.organisation = 'Eksempel Kommune\nSocial- og Sundhedsforvaltningen; Team 2, \\ nord';
    const text = programmeToIcs(forged, { now });
    const parsed = parseIcs(text);
    assert.deepEqual(
      parsed.events.map((e) => e.uid),
      events.map((e) => e.uid),
    );
    assert.doesNotMatch(text, /\r\n(ATTENDEE|UID:forged|SUMMARY:Forged)/u);
    const name = forged.title.replace(/\r\n/gu, '\n');
    assert.equal(parsed.calendar.getFirstPropertyValue('name'), name);
    assert.equal(parsed.calendar.getFirstPropertyValue('x-wr-calname'), name);
    assert.equal(parsed.calendar.getFirstPropertyValue('x-wr-caldesc'), forged.organisation);
    assert.deepEqual(
      text.split('\r\n').filter((line) => /[\r\n]/u.test(line)),
      [],
    );
  });

  it('writes only http(s) links as URL, LOCATION and in the description, whatever reaches it (issue 14)', () => {
    for (const link of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', ' https://example.org', 'https://exa mple.org']) {
      const linked = copy(model);
      linked.seances[1]!.link = link;
      const online = parseIcs(programmeToIcs(linked, { now })).events[1]!;
      assert.deepEqual([online.url, online.location, online.description?.includes(link.trim())], [undefined, undefined, false], link);
    }
    const linked = copy(model);
    linked.seances[1]!.link = 'HTTPS://Meet.Example.org/a,b;c';
    const online = parseIcs(programmeToIcs(linked, { now })).events[1]!;
    assert.deepEqual([online.url, online.location], ['https://meet.example.org/a%2Cb%3Bc', 'https://meet.example.org/a,b;c']);
  });

  it('leaves out seances whose date is not a real date, and ends that do not come after the start', () => {
    const broken = copy(model);
    broken.seances[0]!.date = '2027-02-30';
    broken.seances[1]!.time = { start: '16:00', end: '14:00' };
    const parsed = parseIcs(programmeToIcs(broken, { now })).events;
    assert.equal(parsed.length, 5);
    assert.equal(parsed[0]!.uid, 's02-online@nordlys-2027.curriculum-studio');
    assert.equal(parsed[0]!.end, undefined);
  });

  for (const [sample, zone, count] of [
    ['fremtidens-lederuddannelse', 'Europe/Copenhagen', 6],
    ['kommunens-ledarstig', 'Europe/Helsinki', 7],
    ['varde-lederseminar', 'Europe/Copenhagen', 2],
  ] as const) {
    it(`exports the sample ${sample}: one event per seance and day in ${zone}, parsed back equal to the model`, () => {
      const sampleModel = modelOf(path.join(samplesFolder, sample));
      const parsed = parseIcs(programmeToIcs(sampleModel, { now })).events;
      assert.equal(parsed.length, count);
      assert.deepEqual(
        parsed.map((e) => [e.uid, e.summary, e.zone]),
        sampleModel.seances.flatMap((s) =>
          (s.days ?? [s]).map((_, i) => [`${s.id}${i > 0 ? `.day${i + 1}` : ''}@${sampleModel.id}.curriculum-studio`, s.title, zone]),
        ),
      );
    });
  }

  it('writes Helsinki 14:00 as 12:00Z in winter and 11:00Z in summer time (kommunens-ledarstig)', () => {
    const parsed = parseIcs(programmeToIcs(modelOf(path.join(samplesFolder, 'kommunens-ledarstig')), { now })).events;
    assert.equal(parsed[0]!.start, '2026-09-16T11:00:00.000Z');
    assert.equal(parsed[4]!.start, '2027-01-20T12:00:00.000Z');
  });
});
