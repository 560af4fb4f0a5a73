import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseDocument } from 'yaml';
import { Workspace, type ProblemCode } from '../../../src/core';
import { scaffoldModule, scaffoldProgramme } from '../../../src/core/language/scaffold';
import { assertProperty, guarded } from './invariants';

/**
 * Scaffolding writes what it is given into a new header: a title, a track, dates from the
 * programme. For any of them the new file must parse, hold exactly the keys meant with exactly the
 * values given, check without a `wrong-type`, and be written at all (no endless date search).
 */

/** Texts that YAML would read as something else, or that break a line, and any text at all. */
const text = fc.oneof(
  fc.constantFrom('true', 'null', '2030', '1e3', '~', 'yes', '0x1F', '.inf', '- x', '# x', 'a: b', '"q"', "'", '&a', '*a', '!t', '|', '>'),
  fc.constantFrom(
    'a\nb: c',
    'x\r\ny',
    '2027-03-11',
    '08:15',
    ' lead',
    'trail ',
    '---',
    '...',
    '{ a: 1 }',
    '[1, 2]',
    'Feedback i ledelseskæden',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

/** A real date from year 0000 to 9999, weighted towards both ends of the calendar. */
const date = fc
  .oneof(
    fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
    fc.date({ min: new Date('9999-11-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
  )
  .map((d) => d.toISOString().slice(0, 10));

const folder = '/scaffold';

function programmeWith(lastSeance: string | undefined): Workspace {
  const workspace = new Workspace();
  workspace.update(
    `${folder}/programme.md`,
    '---\ntype: programme\nid: p\ntitle: P\nlanguage: da\nperiod: { start: 2027-01-04, end: 2027-06-25 }\n' +
      'tracks:\n  - { id: samskabelse, title: Samskabelse }\n---\n',
  );
  if (lastSeance) {
    workspace.update(`${folder}/seances/01-x.md`, `---\ntype: seance\nid: s01-x\ntitle: X\ntrack: samskabelse\ndate: ${lastSeance}\n---\n`);
  }
  return workspace;
}

/** The header of a scaffolded text as plain data; fails on any YAML error or warning. */
function header(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(match, `a header between --- lines:\n${text}`);
  const document = parseDocument(match[1]!);
  assert.deepEqual(
    [...document.errors, ...document.warnings].map((e) => e.message),
    [],
    text,
  );
  return document.toJS() as Record<string, unknown>;
}

const realDate = (value: unknown): boolean => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value <= '9999-12-31';

describe('robustness: scaffolding writes exactly what it is given (fast-check)', function () {
  this.timeout(0);

  it('a new seance or assignment: exactly the keys meant, the title and track as given, a real date, no wrong-type', () => {
    assertProperty(
      fc.record({
        type: fc.constantFrom('seance' as const, 'assignment' as const),
        title: text,
        track: fc.option(text, { nil: undefined }),
        last: fc.option(date, { nil: undefined }),
        today: date,
      }),
      ({ type, title, track, last, today }) => {
        const workspace = programmeWith(last);
        const programme = workspace.programmeOf(`${folder}/programme.md`)!;
        const scaffold = guarded('scaffoldModule', () => scaffoldModule(programme, { type, title, track, today }));
        const values = header(scaffold.text);
        const withTrack = track ? ['track'] : [];
        const keys =
          type === 'seance'
            ? ['type', 'id', 'title', ...withTrack, 'date', 'time', 'facilitators']
            : ['type', 'id', 'title', ...withTrack, ...(values.given === undefined ? [] : ['given']), 'due', 'effort'];
        assert.deepEqual(Object.keys(values), keys, scaffold.text);
        assert.equal(values.title, title);
        if (track) assert.equal(values.track, track);
        assert.ok(realDate(type === 'seance' ? values.date : values.due), scaffold.text);
        workspace.update(scaffold.file, scaffold.text);
        const codes = workspace.problemsOf(scaffold.file).map((p) => p.code);
        for (const code of ['wrong-type', 'yaml-syntax', 'duplicate-key', 'invalid-date', 'unknown-key'] satisfies ProblemCode[]) {
          assert.ok(!codes.includes(code), `${code} in\n${scaffold.text}`);
        }
      },
      100,
    );
  });

  it('a new programme: exactly the keys meant, the title as given, a period of real dates, no wrong-type', () => {
    assertProperty(
      fc.record({ title: text, language: fc.constantFrom('da' as const, 'sv' as const, 'en' as const), today: date }),
      ({ title, language, today }) => {
        const scaffold = guarded('scaffoldProgramme', () => scaffoldProgramme({ title, language, today }));
        const values = header(scaffold.text);
        assert.deepEqual(Object.keys(values), ['type', 'id', 'title', 'language', 'period', 'tracks'], scaffold.text);
        assert.equal(values.title, title);
        const period = values.period as { start: unknown; end: unknown };
        assert.ok(realDate(period.start) && realDate(period.end) && String(period.start) <= String(period.end), scaffold.text);
        const workspace = new Workspace();
        workspace.update(`/new/${scaffold.file}`, scaffold.text);
        const codes = workspace.problemsOf(`/new/${scaffold.file}`).map((p) => p.code);
        assert.ok(!codes.includes('wrong-type') && !codes.includes('yaml-syntax'), `${codes.join(', ')} in\n${scaffold.text}`);
      },
      100,
    );
  });

  it('titles YAML reads as other types, a track with a line break, and the last days of the calendar', () => {
    const programme = programmeWith('9999-12-31').programmeOf(`${folder}/programme.md`)!;
    const seance = scaffoldModule(programme, { type: 'seance', title: '1e3', track: 'samskabelse\nextra: key', today: '2027-01-01' });
    assert.equal(
      seance.text.split('---\n')[1],
      'type: seance\nid: s02-1e3\ntitle: "1e3"\ntrack: "samskabelse\\nextra: key"\ndate: 9999-12-31\ntime: { start: "09:00", end: "15:00" }\nfacilitators: []\n',
    );
    assert.equal(
      scaffoldProgramme({ title: 'true', language: 'da', today: '9999-12-30' }).text.split('---\n')[1],
      'type: programme\nid: "true"\ntitle: "true"\nlanguage: da\nperiod: { start: 9999-12-31, end: 9999-12-31 }\n' +
        'tracks:\n  - { id: foerste-spor, title: Første spor }\n',
    );
  });
});
