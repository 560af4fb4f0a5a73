import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { formatMessage, LOCALES, parseFile, type Problem } from '../../../src/core';
import { programmeToIcs } from '../../../src/core/export';
import { webAddress } from '../../../src/core/export/format';
import type { ModuleType } from '../../../src/core/module';
import { commonSchema, moduleSchemas } from '../../../src/core/schema/schemas';
import { copy, fixtures, modelOf } from '../export/helpers';

/**
 * Two classes of issue 14, checked over every field of the shipped schemas that they concern, so
 * that a field added later is covered the day it is added: a link is an http(s) address, and a
 * text that is one line by nature holds no line break. Both are schema-level (a shared definition
 * with a `pattern`, reported under `invalid-value`), so every tool that reads the schemas sees them.
 */

type Schema = Record<string, unknown>;

/** The path of every property of a module schema (`items` for a list's entries), with its schema. */
function fields(type: ModuleType): { path: string[]; schema: Schema }[] {
  const out: { path: string[]; schema: Schema }[] = [];
  const walk = (schema: Schema, at: string[]): void => {
    const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
    const target = ref ? ((commonSchema.$defs as Record<string, Schema>)[ref.split('/').pop()!] ?? {}) : {};
    const resolved = { ...target, ...schema };
    if (at.length > 0) out.push({ path: at, schema: resolved });
    for (const [key, child] of Object.entries((resolved.properties ?? {}) as Record<string, Schema>)) walk(child, [...at, key]);
    if (resolved.items) walk(resolved.items as Schema, [...at, 'items']);
  };
  walk(moduleSchemas[type], []);
  return out;
}

const TYPES: ModuleType[] = ['programme', 'seance', 'assignment'];
const every = (match: (schema: Schema) => boolean): [ModuleType, string[]][] =>
  TYPES.flatMap((type) =>
    fields(type)
      .filter((f) => match(f.schema))
      .map((f) => [type, f.path] as [ModuleType, string[]]),
  );

const BASE: Record<ModuleType, Record<string, string>> = {
  programme: { type: 'programme', id: 'p', title: 'P', language: 'da', period: '{ start: 2027-01-04, end: 2027-06-25 }' },
  seance: { type: 'seance', id: 's01', title: 'Opstart', date: '2027-03-11' },
  assignment: { type: 'assignment', id: 'a01', title: 'Opgave', due: 's01' },
};

/**
 * A valid header of a type with `written` (YAML, one line or a block) as the value at a path; and
 * where the value starts: its line and column.
 */
function moduleWith(type: ModuleType, at: string[], written: string): { text: string; line: number; column: number } {
  const lines = Object.entries(BASE[type])
    .filter(([key]) => key !== at[0])
    .map(([key, value]) => `${key}: ${value}`);
  let prefix: string;
  if (at.length === 1) prefix = `${at[0]}: `;
  else if (at.length === 2 && at[1] === 'items') prefix = `${at[0]}:\n  - `;
  else if (at.length === 3 && at[0] === 'tracks' && at[1] === 'items')
    prefix = `tracks:\n  - id: t1\n${at[2] === 'title' ? '' : '    title: T\n'}    ${at[2]}: `;
  else if (at.length === 3 && at[0] === 'outcomes' && at[1] === 'items') prefix = `outcomes:\n  - id: o1\n    text: O\n    ${at[2]}: `;
  else if (at.join('.') === `tracks.items.outcomes.items.${at[4]}`)
    prefix = `tracks:\n  - id: t1\n    title: T\n    outcomes:\n      - id: o1\n        text: O\n        ${at[4]}: `;
  else throw new Error(`No header shape for ${at.join('.')}: teach moduleWith the new field`);
  const before = `---\n${lines.join('\n')}\n${prefix}`;
  const line = before.split('\n').length - 1;
  return { text: `${before}${written}\n---\n`, line, column: before.length - before.lastIndexOf('\n') - 1 };
}

const range = (p: Problem): number[] => [p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character];

describe('schema: links are http(s) addresses, in every link field (issue 14)', () => {
  const links = every((schema) => schema.format === 'uri');

  it('finds every uri-formatted field of the schemas, and each is a web address', () => {
    assert.deepEqual(links, [
      ['programme', ['website']],
      ['seance', ['link']],
    ]);
    for (const [type, at] of links) {
      const own = fields(type).find((f) => f.path.join('.') === at.join('.'))!;
      assert.equal(own.schema.$ref, 'common.schema.json#/$defs/webAddress', `${type}.${at.join('.')}`);
    }
  });

  const REFUSED = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'vbscript:msgbox(1)',
    'ftp://files.example.org/plan.pdf',
    'mailto:kursus@example.org',
    'seances/01-opstart.md',
    '//evil.example.org/x',
    'https:meet.example.org',
    ' https://meet.example.org/room',
    '\thttps://meet.example.org/room',
    'https://meet.example.org/a room',
  ];
  const ACCEPTED = ['https://meet.example.org/room', 'http://example.org', 'HTTPS://Meet.Example.org/Room?a=1,b;c#x'];

  for (const [type, at] of links) {
    for (const link of REFUSED) {
      it(`refuses ${JSON.stringify(link)} in ${type} ${at.join('.')} at its exact range, in three languages`, () => {
        const written = JSON.stringify(link);
        const { text, line, column } = moduleWith(type, at, written);
        const problems = parseFile('/p/m.md', text).problems;
        assert.deepEqual(
          problems.map((p) => [p.code, p.severity, range(p)]),
          [['invalid-value', 'error', [line, column, line, column + written.length]]],
        );
        assert.deepEqual(
          LOCALES.map((locale) => formatMessage(problems[0]!.message, locale)),
          [
            `\`${at.join('.')}\` must be a web address that starts with https:// or http://, like https://meet.example.org/room.`,
            `\`${at.join('.')}\` skal være en webadresse, der starter med https:// eller http://, som https://meet.example.org/room.`,
            `\`${at.join('.')}\` ska vara en webbadress som börjar med https:// eller http://, som https://meet.example.org/room.`,
          ],
        );
      });
    }
    it(`accepts http(s) addresses in ${type} ${at.join('.')}`, () => {
      for (const link of ACCEPTED)
        assert.deepEqual(parseFile('/p/m.md', moduleWith(type, at, JSON.stringify(link)).text).problems, [], link);
    });
  }

  it('is never written as a link by the exports, even when it reaches them', () => {
    const model = modelOf(path.join(fixtures, 'nordlys'));
    for (const link of REFUSED) {
      assert.equal(webAddress(link), undefined, link);
      const linked = copy(model);
      linked.seances[1]!.link = link;
      const ics = programmeToIcs(linked);
      assert.doesNotMatch(ics, /\r\nURL/u, link);
      assert.equal(ics.includes(link.trim().slice(0, 20).replace(/[,;]/gu, '\\$&')), false, link);
    }
    for (const link of ACCEPTED) assert.equal(webAddress(link), new URL(link).href, link);
  });
});

describe('schema: one-line texts hold no line break, in every one-line field (issue 14)', () => {
  const oneLine = every((schema) => schema.$ref === 'common.schema.json#/$defs/line');

  it('knows which fields are one line by nature: titles, the organisation, the place, the facilitators', () => {
    assert.deepEqual(oneLine, [
      ['programme', ['title']],
      ['programme', ['organisation']],
      ['programme', ['tracks', 'items', 'title']],
      ['programme', ['tracks', 'items', 'outcomes', 'items', 'verb']],
      ['programme', ['outcomes', 'items', 'verb']],
      ['seance', ['title']],
      ['seance', ['location']],
      ['seance', ['facilitators', 'items']],
      ['assignment', ['title']],
    ]);
  });

  const BREAKS: [string, string][] = [
    ['LF', JSON.stringify('Rådhuset\nmødesal 2')],
    ['CRLF', JSON.stringify('Rådhuset\r\nATTENDEE;CN=x:mailto:x@example.org')],
    ['CR', JSON.stringify('Rådhuset\rmødesal 2')],
    ['a trailing LF', JSON.stringify('Rådhuset\n')],
  ];
  for (const [type, at] of oneLine) {
    const key = at.filter((segment) => segment !== 'items').join('.');
    for (const [name, written] of BREAKS) {
      it(`reports ${name} in ${type} ${key} at its exact range, in three languages`, () => {
        const { text, line, column } = moduleWith(type, at, written);
        const problems = parseFile('/p/m.md', text).problems;
        assert.deepEqual(
          problems.map((p) => [p.code, p.severity, range(p)]),
          [['invalid-value', 'error', [line, column, line, column + written.length]]],
        );
        assert.deepEqual(
          LOCALES.map((locale) => formatMessage(problems[0]!.message, locale)),
          [
            `\`${key}\` must be one line of text, but it holds a line break. Write it on one line (a \`|\` or \`>\` block keeps its line breaks).`,
            `\`${key}\` skal være én linje tekst, men den indeholder et linjeskift. Skriv den på én linje (en \`|\`- eller \`>\`-blok beholder sine linjeskift).`,
            `\`${key}\` ska vara en rad text, men den innehåller en radbrytning. Skriv den på en rad (ett \`|\`- eller \`>\`-block behåller sina radbrytningar).`,
          ],
        );
      });
    }
  }

  it('reports a `|` block in `organisation` from its first line to where the block ends', () => {
    const { text, line, column } = moduleWith('programme', ['organisation'], '|\n  Eksempel Kommune\n  Social- og Sundhedsforvaltningen');
    assert.deepEqual(
      parseFile('/p/m.md', text).problems.map((p) => [p.code, range(p)]),
      [['invalid-value', [line, column, line + 3, 0]]],
    );
  });

  it('lets the texts that may run over several lines keep their line breaks: audience, contact, a track description, goals', () => {
    const block = '|\n  Linje et\n  Linje to';
    for (const [type, at] of [
      ['programme', ['audience']],
      ['programme', ['contact']],
      ['programme', ['tracks', 'items', 'description']],
      ['seance', ['goals', 'items']],
    ] as [ModuleType, string[]][]) {
      assert.deepEqual(
        parseFile('/p/m.md', moduleWith(type, at, at.length === 1 ? block : JSON.stringify('Linje et\nLinje to')).text).problems,
        [],
        at.join('.'),
      );
    }
  });
});
