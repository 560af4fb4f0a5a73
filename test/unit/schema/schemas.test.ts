import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { isIsoDate, isTimeOfDay } from '../../../src/core/dates';

type Schema = Record<string, unknown>;

const folder = path.join(__dirname, '../../../schemas');
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.schema.json'))
  .sort();
const schemas = new Map<string, Schema>(names.map((name) => [name, JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Schema]));

/** The schema a `$ref` points to: `common.schema.json#/$defs/id` or `#/$defs/time` in the same file. */
function resolve(ref: string, file: string): Schema | undefined {
  const [target, pointer = ''] = ref.split('#');
  let node: unknown = schemas.get(target === '' || target === undefined ? file : target);
  for (const key of pointer.split('/').filter(Boolean)) node = (node as Schema | undefined)?.[key];
  return node as Schema | undefined;
}

interface PropertySchema {
  /** Where it is, as `file#/json/pointer`. */
  where: string;
  file: string;
  pointer: string;
  schema: Schema;
}

/** Every property of every schema, recursively: object properties, array items, and those under $defs. */
function properties(): PropertySchema[] {
  const out: PropertySchema[] = [];
  const walk = (schema: Schema, file: string, pointer: string): void => {
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
      const at = `${pointer}/properties/${name}`;
      out.push({ where: `${file}#${at}`, file, pointer: at, schema: property });
      walk(property, file, at);
    }
    if (schema.items && typeof schema.items === 'object') {
      const at = `${pointer}/items`;
      out.push({ where: `${file}#${at}`, file, pointer: at, schema: schema.items as Schema });
      walk(schema.items as Schema, file, at);
    }
    for (const [name, definition] of Object.entries((schema.$defs ?? {}) as Record<string, Schema>)) {
      walk(definition, file, `/$defs/${name}`);
    }
  };
  for (const [file, schema] of schemas) walk(schema, file, '');
  return out;
}

describe('schemas: documentation of every property', () => {
  it('finds the properties of all four schemas, nested ones included', () => {
    const all = properties().map((p) => p.where);
    assert.deepEqual(names, ['assignment.schema.json', 'common.schema.json', 'programme.schema.json', 'seance.schema.json']);
    for (const where of [
      'programme.schema.json#/properties/tracks/items/properties/id',
      'programme.schema.json#/properties/price/properties/amount',
      'common.schema.json#/$defs/timeSpan/properties/start',
      'seance.schema.json#/properties/facilitators/items',
    ]) {
      assert.ok(all.includes(where), where);
    }
  });

  it("gives every property its own title and description, and examples (its own or its $ref target's)", () => {
    const missing: string[] = [];
    for (const { where, file, schema } of properties()) {
      const target = typeof schema.$ref === 'string' ? resolve(schema.$ref, file) : undefined;
      if (typeof schema.title !== 'string' || schema.title.trim() === '') missing.push(`${where}: title`);
      if (typeof schema.description !== 'string' || schema.description.trim() === '') missing.push(`${where}: description`);
      const examples = schema.examples ?? target?.examples;
      if (!Array.isArray(examples) || examples.length === 0) missing.push(`${where}: examples`);
    }
    assert.deepEqual(missing, []);
  });

  it('resolves every $ref', () => {
    const broken = properties()
      .filter(({ schema, file }) => typeof schema.$ref === 'string' && !resolve(schema.$ref, file))
      .map(({ where, schema }) => `${where} → ${String(schema.$ref)}`);
    assert.deepEqual(broken, []);
  });

  it('has examples that are valid values of their own property (they become the text of fixes)', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv, ['uri']);
    ajv.addFormat('date', { type: 'string', validate: isIsoDate });
    ajv.addFormat('time-of-day', { type: 'string', validate: isTimeOfDay });
    for (const schema of schemas.values()) ajv.addSchema(schema);
    const invalid: string[] = [];
    for (const { where, file, pointer, schema } of properties()) {
      if (!Array.isArray(schema.examples)) continue;
      const id = String(schemas.get(file)!.$id);
      const validate = ajv.compile({ $ref: `${id}#${pointer}` });
      for (const example of schema.examples) {
        if (!validate(example)) invalid.push(`${where}: ${JSON.stringify(example)}`);
      }
    }
    assert.deepEqual(invalid, []);
  });
});
