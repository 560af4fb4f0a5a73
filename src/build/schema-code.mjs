// Code generated from the JSON Schemas in schemas/ into src/core/schema/generated/, before the
// bundles are built (esbuild.mjs calls these; the folder is not in git).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
/** The schemas the code is generated from. */
export const SCHEMAS = `${REPOSITORY}schemas`;
const OUT = `${REPOSITORY}src/core/schema/generated`;
const MODULE_TYPES = ['programme', 'seance', 'assignment'];

const readSchema = (name) => JSON.parse(readFileSync(`${SCHEMAS}/${name}.schema.json`, 'utf8'));

/** Writes a file only when its text changes, so that a watching build rebuilds only for real changes. */
function writeIfChanged(file, text) {
  mkdirSync(OUT, { recursive: true });
  const path = `${OUT}/${file}`;
  let old;
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    old = undefined;
  }
  if (old !== text) writeFileSync(path, text);
}

/**
 * The TypeScript types of the module headers, so that the schema stays the single source of
 * truth: code that reads a key the schema lacks does not compile.
 */
export async function generateHeaderTypes() {
  for (const type of MODULE_TYPES) {
    const ts = await compile(readSchema(type), type, {
      bannerComment: `/* Generated from schemas/${type}.schema.json by src/build/schema-code.mjs. Do not edit. */`,
      cwd: SCHEMAS,
      additionalProperties: false,
      format: false,
    });
    writeIfChanged(`${type}.ts`, ts);
  }
}

/**
 * The header validators, compiled by ajv at build time into plain code: a cold check then starts
 * validating at once instead of spending its first 100 ms or more generating code. An
 * organisation's extra schema is still compiled at run time (in a trusted workspace only).
 */
export async function generateValidators() {
  const { default: Ajv2020, _ } = await import('ajv/dist/2020.js');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    // `track` of a seance is one id or a list of them (`type: [string, array]`).
    allowUnionTypes: true,
    // The formats' code comes from src/core/schema/formats.ts, next to the generated folder.
    code: { source: true, formats: _`require("../formats").formats` },
  });
  ajv.addKeyword({ keyword: 'x-i18n', metaSchema: { type: 'object' } });
  for (const name of ['date', 'time-of-day', 'uri']) ajv.addFormat(name, { type: 'string', validate: () => true });
  ajv.addSchema(readSchema('common'));
  const ids = {};
  for (const type of MODULE_TYPES) {
    const schema = readSchema(type);
    ajv.addSchema(schema);
    ids[type] = schema.$id;
  }
  const banner = '/* Generated from schemas/ by src/build/schema-code.mjs. Do not edit. */\n';
  writeIfChanged('validators.js', `${banner}${standaloneCode(ajv, ids)}`);
  writeIfChanged(
    'validators.d.ts',
    `${banner}import type { ValidateFunction } from 'ajv';\n` +
      MODULE_TYPES.map((type) => `export declare const ${type}: ValidateFunction;\n`).join(''),
  );
}
