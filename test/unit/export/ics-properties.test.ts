import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { ProgrammeModel, SeanceModel } from '../../../src/core';
import { addDays, isIsoDate, minutesOf } from '../../../src/core/dates';
import { programmeToIcs, seanceUids } from '../../../src/core/export';
import { exportLanguage, validTime } from '../../../src/core/export/format';
import { eventDescription } from '../../../src/core/export/ics';
import { assertProperty, PROPERTY_SEED, propertyTally } from '../robustness/invariants';
import { parseIcs } from './helpers';

/**
 * The class of issue 14's forged events: whatever text a programme holds, in whatever field, the
 * calendar holds exactly the model's events with exactly their properties, and nothing else. A
 * text reaches the file only escaped and folded, so no text can end a line, start a property or a
 * component, or break the file.
 */

/** Pieces that end lines, separate values or start properties in iCalendar, and text from any Unicode plane. */
const PIECES = [
  '\r\n',
  '\n',
  '\r',
  ';',
  ',',
  '\\',
  ':',
  '"',
  '\t',
  '\\n',
  '\\,',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u2028',
  'BEGIN:VEVENT',
  'END:VEVENT',
  'END:VCALENDAR',
  'ATTENDEE;CN=Evil:mailto:evil@example.org',
  'UID:forged',
  'DTSTART:20270101T000000Z',
  ' ',
  'æøå',
  'ÅÄÖ',
  '😀',
  '👩🏽‍🏫',
  'עִבְרִית',
  '\u0301',
];

const text: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 12 })
      .map((p) => p.join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 60, maxLength: 400 }) },
  { weight: 1, arbitrary: fc.constantFrom('', 'Kaffe', 'Rådhuset, mødesal 2; indgang B') },
);

const date = fc.oneof(fc.constantFrom('2027-01-14', '2027-03-31', '2027-10-31', '2027-06-30'), text);
const time = fc.oneof(fc.constantFrom('08:30', '09:00', '12:00', '15:30', '23:59', '00:00'), text);
const link = fc.oneof(
  fc.constantFrom(
    'https://meet.example.org/room',
    'http://example.org/a,b;c?x=1#y',
    'HTTPS://Example.ORG/ä ö',
    'javascript:alert(1)',
    'file:///etc/passwd',
  ),
  text,
);
const optional = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arbitrary, { nil: undefined });

const source = { file: 'programme.md', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } };

const seance = (file: string): fc.Arbitrary<SeanceModel> =>
  fc.record({
    id: fc.oneof(fc.constantFrom('s01', 's02', ''), text),
    title: text,
    track: optional(fc.oneof(fc.constantFrom('t1', 't2'), text)),
    date,
    endDate: optional(date),
    time: optional(fc.record({ start: optional(time), end: optional(time) })),
    mode: optional(text),
    location: optional(text),
    link: optional(link),
    facilitators: fc.array(text, { maxLength: 3 }),
    goals: fc.array(text, { maxLength: 3 }),
    agenda: fc.array(
      fc.record({ date: optional(date), time: optional(time), end: optional(time), title: text, source: fc.constant(source) }),
      { maxLength: 5 },
    ),
    source: fc.constant({ ...source, file }),
  });

const programme: fc.Arbitrary<ProgrammeModel> = fc
  .record({
    id: optional(fc.oneof(fc.constant('nordlys-2027'), text)),
    title: optional(text),
    organisation: optional(text),
    audience: optional(text),
    language: optional(fc.oneof(fc.constantFrom('da', 'sv', 'en', 'fi'), text)),
    timezone: optional(fc.oneof(fc.constantFrom('Europe/Copenhagen', 'Europe/Helsinki'), text)),
    contact: optional(text),
    tracks: fc.array(
      fc.record({ id: fc.oneof(fc.constantFrom('t1', 't2'), text), title: text, description: optional(text), source: fc.constant(source) }),
      { maxLength: 3 },
    ),
    count: fc.nat({ max: 4 }),
  })
  .chain(({ count, ...rest }) =>
    fc
      .tuple(...Array.from({ length: count }, (_, i) => seance(`seances/0${i}.md`)))
      .map((seances) => ({ ...rest, source, seances, assignments: [] })),
  );

/** A text as it must come back: line breaks as LF, and no control character but the tab. */
function cleaned(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/\r\n?/gu, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/gu, '');
}

/** The http(s) address a link stands for, or undefined. */
function address(link: string | undefined): string | undefined {
  if (!link || !/^https?:\/\/\S+$/iu.test(link) || cleaned(link) !== link) return undefined;
  try {
    const href = new URL(link).href;
    return /^https?:$/u.test(new URL(link).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

interface ExpectedEvent {
  properties: Record<string, unknown>;
}

/** The event a seance must become, or undefined when its date is not a real date. */
function expectedEvent(model: ProgrammeModel, seance: SeanceModel, uid: string, zone: string | undefined): ExpectedEvent | undefined {
  if (!isIsoDate(seance.date)) return undefined;
  const last = seance.endDate && isIsoDate(seance.endDate) && seance.endDate > seance.date ? seance.endDate : seance.date;
  const times = (day: string, pick: (item: SeanceModel['agenda'][number]) => string | undefined): string[] =>
    seance.agenda
      .filter((item) => (item.date ?? seance.date) === day)
      .map(pick)
      .filter((t): t is string => !!t)
      .sort();
  const start = validTime(seance.time?.start) ?? times(seance.date, (item) => validTime(item.time))[0];
  const properties: Record<string, unknown> = { uid, sequence: 0, dtstamp: '2020-01-01T00:00:00Z' };
  if (!start) {
    properties.dtstart = seance.date;
    properties.dtend = addDays(last, 1);
    // ical-generator marks an all-day event for Outlook too.
    properties['x-microsoft-cdo-alldayevent'] = 'TRUE';
    properties['x-microsoft-msncalendar-alldayevent'] = 'TRUE';
  } else {
    const end = validTime(seance.time?.end) ?? times(last, (item) => validTime(item.end) ?? validTime(item.time)).pop();
    properties.dtstart = `${seance.date}T${start}:00${zone ? ` ${zone}` : ''}`;
    if (end && (last > seance.date || minutesOf(end) > minutesOf(start))) properties.dtend = `${last}T${end}:00${zone ? ` ${zone}` : ''}`;
  }
  properties.summary = cleaned(seance.title);
  const href = address(seance.link);
  const location = cleaned(seance.location ?? '') || href;
  if (location) properties.location = location;
  if (href) properties.url = href.replace(/[,;]/gu, (c) => encodeURIComponent(c));
  const description = cleaned(eventDescription(seance, exportLanguage(model)));
  if (description) properties.description = description;
  const track = model.tracks.find((t) => t.id === seance.track);
  if (track && cleaned(track.title)) properties.categories = [cleaned(track.title)];
  return { properties };
}

/** Every property of a parsed component, by name, as plain values (times as wall clock and zone). */
function propertiesOf(component: ReturnType<typeof parseIcs>['calendar']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const property of component.getAllProperties()) {
    const name = property.name;
    assert.ok(!(name in out), `${name} appears twice`);
    const values = property.getValues().map((value: unknown) => {
      if (value && typeof value === 'object' && 'toString' in value && property.type.startsWith('date')) {
        const zone = property.getParameter('tzid');
        const time = value as { toString(): string; isDate: boolean; zone?: { tzid: string } };
        if (name === 'dtstamp') return time.toString();
        return zone ? `${time.toString()} ${String(zone)}` : time.toString();
      }
      return value;
    });
    out[name] = name === 'categories' ? values : values[0];
  }
  return out;
}

describe('export: iCalendar of any text (fast-check)', function () {
  this.timeout(0);
  before(() => {
    propertyTally.properties = 0;
    propertyTally.cases = 0;
  });
  after(() => console.log(`        (${propertyTally.properties} properties held in ${propertyTally.cases} cases, seed ${PROPERTY_SEED})`));

  it('holds exactly the model’s events, with exactly their properties, and nothing else, whatever text every field holds', () => {
    assertProperty(
      programme,
      (model) => {
        const ics = programmeToIcs(model);
        const lines = ics.split('\r\n');
        assert.equal(lines.pop(), '');
        assert.deepEqual(
          lines.filter((line) => /[\r\n]/u.test(line) || Buffer.byteLength(line, 'utf8') > 75),
          [],
        );
        const { calendar } = parseIcs(ics);
        const zone = ['Europe/Copenhagen', 'Europe/Helsinki'].includes(model.timezone ?? '') ? model.timezone : undefined;
        const uids = seanceUids(model);
        assert.equal(new Set(uids).size, uids.length, 'UIDs are unique');
        const expected = model.seances
          .map((seance, i) => expectedEvent(model, seance, uids[i]!, zone))
          .filter((event): event is ExpectedEvent => !!event);
        assert.deepEqual(
          calendar.getAllSubcomponents().map((c) => c.name),
          [...(zone && expected.length > 0 ? ['vtimezone'] : []), ...expected.map(() => 'vevent')],
        );
        const events = calendar.getAllSubcomponents('vevent');
        for (const [i, event] of events.entries()) {
          assert.deepEqual(event.getAllSubcomponents(), []);
          assert.deepEqual(propertiesOf(event), expected[i]!.properties);
        }
        const name = cleaned(model.title || model.id || '');
        const description = cleaned(model.organisation ?? '');
        assert.deepEqual(propertiesOf(calendar), {
          prodid: calendar.getFirstPropertyValue('prodid'),
          version: '2.0',
          method: 'PUBLISH',
          ...(name ? { name, 'x-wr-calname': name } : {}),
          ...(description ? { 'x-wr-caldesc': description } : {}),
        });
        assert.match(String(calendar.getFirstPropertyValue('prodid')), /^-\/\/Curriculum Studio\/\/curriculum\/\/(EN|DA|SV)$/u);
      },
      300,
    );
  });
});
