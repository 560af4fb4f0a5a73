import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { propertyDoc } from '../../../src/core/schema/schemas';

type Schema = Record<string, unknown>;

const LANGUAGES = ['da', 'sv'] as const;
const FIELDS = ['title', 'description'] as const;

/**
 * Translations that are allowed to read exactly like the English, because the word is the same
 * in that language. Keep this list short: prefer a translation that differs.
 */
const IDENTICAL_ALLOWED = new Set<string>([
  // Danish course designers call a training day a "seance", exactly as the English texts do.
  'seance.schema.json# da.title',
]);

const folder = path.join(__dirname, '../../../schemas');
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.schema.json'))
  .sort();
const raw = new Map<string, string>(names.map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]));
const schemas = new Map<string, Schema>([...raw].map(([name, text]) => [name, JSON.parse(text) as Schema]));

interface Documented {
  /** Where it is, as `file#/json/pointer`. */
  where: string;
  schema: Schema;
}

/** Keywords whose value is a map of names to schemas. */
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
/** Keywords whose value is a schema. */
const SCHEMA_VALUES = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
];
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = ['prefixItems', 'allOf', 'anyOf', 'oneOf'];

/**
 * Every schema of every file, recursively (roots, properties, array items, $defs, and the
 * other keywords that hold schemas), that has a `title` or a `description`.
 */
function documented(): Documented[] {
  const out: Documented[] = [];
  const walk = (node: unknown, file: string, pointer: string): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const schema = node as Schema;
    if (schema.title !== undefined || schema.description !== undefined) out.push({ where: `${file}#${pointer}`, schema });
    for (const keyword of SCHEMA_MAPS) {
      for (const [name, child] of Object.entries((schema[keyword] ?? {}) as Record<string, unknown>)) {
        walk(child, file, `${pointer}/${keyword}/${name}`);
      }
    }
    for (const keyword of SCHEMA_VALUES) walk(schema[keyword], file, `${pointer}/${keyword}`);
    for (const keyword of SCHEMA_LISTS) {
      const list = schema[keyword];
      if (Array.isArray(list)) list.forEach((child, index) => walk(child, file, `${pointer}/${keyword}/${index}`));
    }
  };
  for (const [file, schema] of schemas) walk(schema, file, '');
  return out;
}

/** The backticked tokens of a text, such as `onsite` or `3h`, sorted. */
function tokens(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!).sort();
}

/** The translated text of one field in one language, or undefined. */
function translated(schema: Schema, language: string, field: string): unknown {
  const i18n = schema['x-i18n'] as Record<string, Record<string, unknown> | undefined> | undefined;
  return i18n?.[language]?.[field];
}

describe('schemas: Danish and Swedish titles and descriptions (x-i18n)', () => {
  it('finds the documented objects of all four schemas: roots, properties, items and $defs', () => {
    assert.deepEqual(names, ['assignment.schema.json', 'common.schema.json', 'programme.schema.json', 'seance.schema.json']);
    const all = documented().map((d) => d.where);
    for (const where of [
      'assignment.schema.json#',
      'common.schema.json#',
      'programme.schema.json#',
      'seance.schema.json#',
      'common.schema.json#/$defs/id',
      'common.schema.json#/$defs/timeSpan/properties/end',
      'programme.schema.json#/properties/tracks/items',
      'programme.schema.json#/properties/tracks/items/properties/description',
      'programme.schema.json#/properties/price/properties/vat',
      'seance.schema.json#/properties/mode',
      'assignment.schema.json#/properties/effort',
      'programme.schema.json#/properties/outcomes/items/properties/bloom',
      'programme.schema.json#/properties/tracks/items/properties/outcomes/items/properties/verb',
      'seance.schema.json#/properties/outcomes/items',
      'assignment.schema.json#/properties/outcomes',
    ]) {
      assert.ok(all.includes(where), where);
    }
    // 52, the learning outcomes (16: six objects in each of the programme's two lists, two in each
    // reference list) and what a programme says (22).
    assert.equal(all.length, 90);
  });

  it('translates every title and every description into Danish and Swedish', () => {
    const missing: string[] = [];
    for (const { where, schema } of documented()) {
      for (const field of FIELDS) {
        if (schema[field] === undefined) continue;
        for (const language of LANGUAGES) {
          const text = translated(schema, language, field);
          if (typeof text !== 'string' || text.trim() === '') missing.push(`${where} ${language}.${field}`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  it('has no translation that is just the English text', () => {
    const untranslated: string[] = [];
    for (const { where, schema } of documented()) {
      for (const field of FIELDS) {
        for (const language of LANGUAGES) {
          const text = translated(schema, language, field);
          const id = `${where} ${language}.${field}`;
          if (typeof text === 'string' && text.trim() === String(schema[field]).trim() && !IDENTICAL_ALLOWED.has(id)) {
            untranslated.push(`${id}: ${text}`);
          }
        }
      }
    }
    assert.deepEqual(untranslated, []);
  });

  it('allows an identical translation only where it is still in place (no stale exceptions)', () => {
    const identical = new Set<string>();
    for (const { where, schema } of documented()) {
      for (const field of FIELDS) {
        for (const language of LANGUAGES) {
          if (translated(schema, language, field) === schema[field]) identical.add(`${where} ${language}.${field}`);
        }
      }
    }
    assert.deepEqual(
      [...IDENTICAL_ALLOWED].filter((id) => !identical.has(id)),
      [],
    );
  });

  it('keeps every backticked key name and value of the English description, and adds none', () => {
    const wrong: string[] = [];
    for (const { where, schema } of documented()) {
      if (typeof schema.description !== 'string') continue;
      const english = tokens(schema.description);
      for (const language of LANGUAGES) {
        const text = translated(schema, language, 'description');
        if (typeof text !== 'string') continue;
        const missing = english.filter((token) => !text.includes(`\`${token}\``));
        const added = tokens(text).filter((token) => !english.includes(token));
        if (missing.length > 0) wrong.push(`${where} ${language}: missing ${missing.map((t) => `\`${t}\``).join(', ')}`);
        if (added.length > 0) wrong.push(`${where} ${language}: not in the English ${added.map((t) => `\`${t}\``).join(', ')}`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('has only Danish and Swedish titles and descriptions, and only where the English has them', () => {
    const stray: string[] = [];
    for (const { where, schema } of documented()) {
      const i18n = schema['x-i18n'];
      if (i18n === undefined) continue;
      assert.equal(typeof i18n, 'object', where);
      for (const [language, texts] of Object.entries(i18n as Record<string, unknown>)) {
        if (!(LANGUAGES as readonly string[]).includes(language)) stray.push(`${where}: language ${language}`);
        for (const field of Object.keys(texts as Record<string, unknown>)) {
          if (!(FIELDS as readonly string[]).includes(field)) stray.push(`${where} ${language}: field ${field}`);
          else if (schema[field] === undefined) stray.push(`${where} ${language}.${field}: no English ${field}`);
        }
      }
    }
    // x-i18n on an object without English texts would not be found by documented(): look for it too.
    for (const [file, text] of raw) {
      const count = text.match(/"x-i18n":/g)?.length ?? 0;
      const expected = documented().filter((d) => d.where.startsWith(`${file}#`) && d.schema['x-i18n'] !== undefined).length;
      if (count !== expected) stray.push(`${file}: ${count} x-i18n, ${expected} on documented objects`);
    }
    assert.deepEqual(stray, []);
  });

  it('puts x-i18n right after the description, in 2-space JSON with a final newline', () => {
    for (const [file, text] of raw) {
      assert.ok(text.endsWith('}\n'), `${file}: final newline`);
      assert.ok(!text.includes('\t'), `${file}: no tabs`);
    }
    const misplaced: string[] = [];
    for (const { where, schema } of documented()) {
      const keys = Object.keys(schema);
      const at = keys.indexOf('x-i18n');
      if (at < 0 || keys[at - 1] !== 'description') misplaced.push(`${where}: ${keys.join(', ')}`);
    }
    assert.deepEqual(misplaced, []);
  });

  it('shows the translations in hover and completion (propertyDoc)', () => {
    assert.match(propertyDoc('seance', ['mode'], 'da')?.description ?? '', /^Hvordan deltagerne/);
    assert.match(propertyDoc('seance', ['mode'], 'sv')?.description ?? '', /^Hur deltagarna/);
    assert.equal(propertyDoc('programme', ['tracks', 0, 'id'], 'da')?.title, 'Sporets id');
    assert.equal(propertyDoc('assignment', ['effort'], 'sv')?.title, 'Tidsåtgång');
    assert.equal(propertyDoc('seance', ['mode'], 'en')?.title, 'Mode');
  });
});
