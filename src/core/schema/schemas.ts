import common from '../../../schemas/common.schema.json';
import programme from '../../../schemas/programme.schema.json';
import seance from '../../../schemas/seance.schema.json';
import assignment from '../../../schemas/assignment.schema.json';
import type { ModuleType } from '../module';

/** The JSON Schemas of the module header, as shipped in `schemas/`. */
export const moduleSchemas: Record<ModuleType, Record<string, unknown>> = { programme, seance, assignment };

export const commonSchema: Record<string, unknown> = common;

/** Title, description and examples of a property, for messages, hover and completion. */
export interface PropertyDoc {
  title?: string;
  description?: string;
  examples?: unknown[];
  enum?: string[];
}

/** The documentation of a header key, following `$ref`s into the shared definitions. */
export function propertyDoc(type: ModuleType, path: readonly (string | number)[]): PropertyDoc | undefined {
  let schema: Record<string, unknown> | undefined = moduleSchemas[type];
  for (const segment of path) {
    schema = resolve(schema);
    if (!schema) return undefined;
    if (typeof segment === 'number' || /^\d+$/.test(String(segment))) {
      schema = schema.items as Record<string, unknown> | undefined;
    } else {
      schema = (schema.properties as Record<string, Record<string, unknown>> | undefined)?.[segment];
    }
  }
  if (!schema) return undefined;
  const target = resolve(schema) ?? {};
  const pick = <T>(key: string): T | undefined => (schema![key] ?? target[key]) as T | undefined;
  return {
    title: pick('title'),
    description: pick('description'),
    examples: pick('examples'),
    enum: pick('enum'),
  };
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
