import common from '../../../schemas/common.schema.json';
import programme from '../../../schemas/programme.schema.json';
import seance from '../../../schemas/seance.schema.json';
import assignment from '../../../schemas/assignment.schema.json';
import type { ModuleType } from '../module';
import type { Locale } from '../types';

/** The JSON Schemas of the module header, as shipped in `schemas/`. */
export const moduleSchemas: Record<ModuleType, Record<string, unknown>> = { programme, seance, assignment };

export const commonSchema: Record<string, unknown> = common;

type Schema = Record<string, unknown>;

/** Title, description and examples of a property, for messages, hover and completion. */
export interface PropertyDoc {
  title?: string;
  description?: string;
  examples?: unknown[];
  enum?: string[];
  /** The JSON type: string, number, array, object. */
  type?: string;
  format?: string;
  /** For an object: its keys that must be there. */
  required?: string[];
}

/** The schema of the value at a header path, its `$ref`s followed (the property's own texts win). */
export function schemaAt(type: ModuleType, path: readonly (string | number)[]): Schema | undefined {
  let schema: Schema | undefined = resolve(moduleSchemas[type]);
  for (const segment of path) {
    if (!schema) return undefined;
    const next: unknown =
      typeof segment === 'number' || /^\d+$/.test(String(segment))
        ? schema.items
        : (schema.properties as Record<string, Schema> | undefined)?.[segment];
    schema = resolve(next as Schema | undefined);
  }
  return schema;
}

/** The documentation of a header key, with title and description in a language. */
export function propertyDoc(type: ModuleType, path: readonly (string | number)[], locale: Locale = 'en'): PropertyDoc | undefined {
  const schema = schemaAt(type, path);
  return schema ? toDoc(schema, locale) : undefined;
}

/** The keys that may stand at a header path (the top level is `[]`), with their documentation. */
export function propertiesAt(
  type: ModuleType,
  path: readonly (string | number)[],
  locale: Locale = 'en',
): { key: string; doc: PropertyDoc }[] {
  const properties = schemaAt(type, path)?.properties as Record<string, Schema> | undefined;
  return Object.entries(properties ?? {}).map(([key, schema]) => ({ key, doc: toDoc(resolve(schema)!, locale) }));
}

function toDoc(schema: Schema, locale: Locale): PropertyDoc {
  const doc: PropertyDoc = {};
  for (const key of ['title', 'description', 'examples', 'enum', 'type', 'format', 'required'] as const) {
    if (schema[key] !== undefined) (doc as Record<string, unknown>)[key] = schema[key];
  }
  // The property's own translation wins over its $ref target's, as its English texts do.
  const translated = (schema['x-i18n'] as Record<string, { title?: string; description?: string }> | undefined)?.[locale];
  if (translated?.title && typeof schema.title === 'string') doc.title = translated.title;
  if (translated?.description && typeof schema.description === 'string') doc.description = translated.description;
  if (doc.enum === undefined && typeof schema.const === 'string') doc.enum = [schema.const];
  return doc;
}

function resolve(schema: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!schema || typeof schema.$ref !== 'string') return schema;
  // Every $ref of the module schemas points into the shared definitions of common.schema.json.
  let target: unknown = commonSchema;
  for (const key of (schema.$ref.split('#')[1] ?? '').split('/').filter(Boolean)) {
    target = (target as Record<string, unknown> | undefined)?.[key];
  }
  return target ? { ...resolve(target as Record<string, unknown>), ...schema } : schema;
}
