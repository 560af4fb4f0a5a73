import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import type { ModuleType } from '../module';
import type { Header } from '../yaml/header';
import { pointerToPath } from '../yaml/yamlNodes';
import { closest } from '../suggest';
import type { Problem } from '../types';
import { formats } from './formats';
import { toProblem } from './problems';
import { linearRegExp } from './linearRegExp';
import * as prebuilt from './generated/validators';
import { commonSchema, moduleSchemas } from './schemas';

/** A compiled validator for each module type. */
export type HeaderValidators = Record<ModuleType, ValidateFunction>;

/**
 * A JSON Schema of an organisation's own header keys (a cost centre, an evaluation link): its
 * `properties` are allowed, and checked, in every module, next to the standard keys.
 */
export interface ExtraSchema {
  properties?: Record<string, unknown>;
  $defs?: Record<string, unknown>;
}

/** The validators of the shipped schemas, compiled into code at build time (see esbuild.mjs). */
export function standardValidators(): HeaderValidators {
  return prebuilt;
}

/**
 * Validators that also accept the keys of an extra schema. ajv compiles a schema into code, so
 * call this only with a schema from a trusted source (a trusted workspace). Throws when the
 * schema is not a valid JSON Schema, and ExtraSchemaRefused when a `pattern` needs more than
 * RE2 (look-around, back-references): the schema is then refused as a whole, not used in part.
 */
export function validatorsWithExtra(extra: ExtraSchema): HeaderValidators {
  return compile(extra);
}

/** Compiles the shipped schemas, with an extra schema's keys, at run time. */
function compile(extra?: ExtraSchema): HeaderValidators {
  // Patterns in linear time (RE2): an extra schema's pattern must not be able to stall the checker.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, code: { regExp: linearRegExp } });
  // The Danish and Swedish titles and descriptions: annotations for hover and completion only.
  ajv.addKeyword({ keyword: 'x-i18n', metaSchema: { type: 'object' } });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  ajv.addSchema(commonSchema);
  const withExtra = (schema: Record<string, unknown>): Record<string, unknown> =>
    extra
      ? {
          ...schema,
          // The standard keys win: an extra schema adds keys, it cannot redefine `date`.
          properties: { ...extra.properties, ...(schema.properties as object) },
          ...(extra.$defs ? { $defs: extra.$defs } : {}),
        }
      : schema;
  return {
    programme: ajv.compile(withExtra(moduleSchemas.programme)),
    seance: ajv.compile(withExtra(moduleSchemas.seance)),
    assignment: ajv.compile(withExtra(moduleSchemas.assignment)),
  };
}

/** What schema validation found: problems, and the paths whose values must not be trusted. */
export interface SchemaResult {
  problems: Problem[];
  badPaths: Set<string>;
}

/** Validates a module header against its type's schema; every error gets the narrowest range. */
export function validateHeader(
  file: string,
  type: ModuleType,
  data: unknown,
  header: Header,
  validators: HeaderValidators = standardValidators(),
): SchemaResult {
  const validate = validators[type];
  const problems: Problem[] = [];
  const badPaths = new Set<string>();
  if (validate(data)) return { problems, badPaths };
  const seen = new Set<string>();
  // A value of the wrong type also fails its `enum` or `pattern`; the type is what to mend first.
  const wrongType = new Set((validate.errors ?? []).filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  // `titel:` is reported as an unknown key with a fix to `title`; the missing `title` then points to it.
  const misspelt = new Map<string, string>();
  for (const error of validate.errors ?? []) {
    if (error.keyword !== 'additionalProperties') continue;
    const unknown = String(error.params.additionalProperty);
    const suggestion = closest(unknown, Object.keys((error.parentSchema?.properties ?? {}) as object));
    if (suggestion) misspelt.set(`${error.instancePath}/${suggestion}`, unknown);
  }
  let unknownKeys = 0;
  let firstHidden: ErrorObject | undefined;
  for (const error of validate.errors ?? []) {
    if (error.keyword !== 'type' && wrongType.has(error.instancePath)) {
      badPaths.add(error.instancePath);
      continue;
    }
    // A header pasted from elsewhere can hold thousands of keys no module uses: the first are
    // named one by one, the rest in one problem.
    if (error.keyword === 'additionalProperties' && ++unknownKeys > MAX_UNKNOWN_KEYS) {
      firstHidden ??= error;
      continue;
    }
    const problem = toProblem(file, type, error, header, misspelt);
    const id = `${problem.code}:${problem.range.start.line}:${problem.range.start.character}:${JSON.stringify(problem.message)}`;
    badPaths.add(error.instancePath);
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  if (firstHidden) {
    const key = [...pointerToPath(firstHidden.instancePath), String(firstHidden.params.additionalProperty)];
    problems.push({
      file,
      code: 'unknown-key',
      severity: 'warning',
      range: header.keyRange(key) ?? header.openRange,
      message: { key: 'unknown-key.more', args: { count: unknownKeys - MAX_UNKNOWN_KEYS, module: { key: `module.${type}` } } },
    });
  }
  return { problems, badPaths };
}

/** How many unknown keys of a header are reported one by one; the rest make one problem. */
export const MAX_UNKNOWN_KEYS = 20;
