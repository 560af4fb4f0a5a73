// One build script: a shared base config, one esbuild context per entry point.
//   node esbuild.mjs               build once (with source maps)
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --production  minified, no source maps
//   node esbuild.mjs --types-only  only generate the header types from the JSON Schemas
//   node esbuild.mjs --outdir DIR  the shipped bundles into DIR instead of dist/ (no test suite)
//   node esbuild.mjs --analyze     also print what takes the space in each shipped bundle
import * as esbuild from 'esbuild';
import { compile } from 'json-schema-to-typescript';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const analyze = process.argv.includes('--analyze');
const outdirAt = process.argv.indexOf('--outdir');
/** Where the shipped bundles go; another folder leaves dist/ (and the suite in out/) alone. */
const dist = outdirAt === -1 ? 'dist' : process.argv[outdirAt + 1];
if (!dist || dist.startsWith('--')) throw new Error('--outdir needs a folder.');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * The TypeScript types of the module headers are generated from the JSON Schemas, so that the
 * schema stays the single source of truth: code that reads a key the schema lacks does not compile.
 */
async function generateHeaderTypes() {
  const out = 'src/core/schema/generated';
  mkdirSync(out, { recursive: true });
  for (const type of ['programme', 'seance', 'assignment']) {
    const schema = JSON.parse(readFileSync(`schemas/${type}.schema.json`, 'utf8'));
    const ts = await compile(schema, type, {
      bannerComment: `/* Generated from schemas/${type}.schema.json by esbuild.mjs. Do not edit. */`,
      cwd: 'schemas',
      additionalProperties: false,
      format: false,
    });
    writeFileSync(`${out}/${type}.ts`, ts);
  }
}

/**
 * The header validators are compiled by ajv here, at build time, into plain code: a cold check
 * then starts validating at once instead of spending its first 100 ms or more generating code.
 * An organisation's extra schema is still compiled at run time (in a trusted workspace only).
 */
async function generateValidators() {
  const { default: Ajv2020, _ } = await import('ajv/dist/2020.js');
  const { default: standaloneCode } = await import('ajv/dist/standalone/index.js');
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    // The formats' code comes from src/core/schema/formats.ts, next to the generated folder.
    code: { source: true, formats: _`require("../formats").formats` },
  });
  ajv.addKeyword({ keyword: 'x-i18n', metaSchema: { type: 'object' } });
  for (const name of ['date', 'time-of-day', 'uri']) ajv.addFormat(name, { type: 'string', validate: () => true });
  const schema = (name) => JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8'));
  ajv.addSchema(schema('common'));
  const ids = {};
  for (const type of ['programme', 'seance', 'assignment']) {
    const s = schema(type);
    ajv.addSchema(s);
    ids[type] = s.$id;
  }
  const out = 'src/core/schema/generated';
  writeFileSync(`${out}/validators.js`, `/* Generated from schemas/ by esbuild.mjs. Do not edit. */\n${standaloneCode(ajv, ids)}`);
  writeFileSync(
    `${out}/validators.d.ts`,
    `/* Generated from schemas/ by esbuild.mjs. Do not edit. */\n` +
      `import type { ValidateFunction } from 'ajv';\n` +
      ['programme', 'seance', 'assignment'].map((type) => `export declare const ${type}: ValidateFunction;\n`).join(''),
  );
}

await generateHeaderTypes();
await generateValidators();
if (process.argv.includes('--types-only')) process.exit(0);
// The codes in package.json's severity setting and README.md's rule table, from the rules.
(await import('tsx/cjs/api')).require('./src/build/generate.ts', import.meta.url).generate(process.cwd());

/** @type {import('esbuild').BuildOptions} */
const base = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: 'none',
  // Node reads its bundles as UTF-8: the Danish and Swedish messages need no \u escapes (-18 KB each
  // for the server and the CLI).
  charset: 'utf8',
  logLevel: 'warning',
  define: { CURRICULUM_VERSION: JSON.stringify(version) },
};

/**
 * The checker needs the public holidays of Denmark, Sweden, Finland and Norway only. date-holidays
 * ships every country's rules and, through date-holidays-parser, moment-timezone ships every time
 * zone: together over a megabyte of the server bundle. This plugin keeps the Nordic countries and
 * the European time zones (the holiday tests run against the full data, from source, and against
 * these bundles through the CLI and the server).
 */
const NORDIC = ['DK', 'SE', 'FI', 'NO'];
const nordicOnly = {
  name: 'nordic-only',
  setup(build) {
    build.onLoad({ filter: /date-holidays[\\/](src[\\/]data\.js|lib[\\/]data\.cjs)$/ }, async (args) => {
      const { data } = await import('date-holidays/data');
      const holidays = Object.fromEntries(NORDIC.map((country) => [country, data.holidays[country]]));
      const json = JSON.stringify({ ...data, holidays });
      const contents = args.path.endsWith('.cjs') ? `exports.data = ${json};` : `export const data = ${json};`;
      return { contents, loader: 'js' };
    });
    build.onResolve({ filter: /^moment-timezone$/ }, () => ({ path: 'moment-timezone', namespace: 'nordic-zones' }));
    build.onLoad({ filter: /.*/, namespace: 'nordic-zones' }, () => {
      const packed = JSON.parse(readFileSync('node_modules/moment-timezone/data/packed/latest.json', 'utf8'));
      const keep = (name) => /^(Europe|Etc)\//.test(name) || name === 'UTC';
      const zones = packed.zones.filter((zone) => keep(zone.split('|')[0]));
      const links = packed.links.filter((link) => link.split('|').every(keep));
      const contents =
        `const moment = require('moment-timezone/moment-timezone.js');\n` +
        `moment.tz.load(${JSON.stringify({ version: packed.version, zones, links })});\n` +
        `module.exports = moment;\n`;
      return { contents, loader: 'js', resolveDir: process.cwd() };
    });
  },
};

/**
 * vscode-languageclient brings semver (to check VS Code's version, which VS Code has checked
 * already against our `engines.vscode`) and minimatch (for features our server does not use):
 * 48 KB of the extension's bundle. The extension gets small stand-ins from src/extension/shims/
 * that do the one version check and refuse globs loudly; test/unit/shims.test.ts keeps them honest.
 */
const clientShims = {
  name: 'client-shims',
  setup(build) {
    const shims = `${process.cwd()}/src/extension/shims`;
    build.onResolve({ filter: /^semver\/functions\/(parse|satisfies)$/ }, (args) => ({ path: args.path, namespace: 'semver-shim' }));
    build.onLoad({ filter: /.*/, namespace: 'semver-shim' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(`${shims}/semver.ts`)}).${args.path.split('/').pop()};`,
      loader: 'js',
      resolveDir: shims,
    }));
    build.onResolve({ filter: /^minimatch$/ }, () => ({ path: `${shims}/minimatch.ts` }));
  },
};

/**
 * re2js (the linear-time patterns of an organisation's extra schema) is needed only in a trusted
 * workspace with an extra schema: the server and the CLI load it on first use from its own bundle,
 * dist/re2.js, instead of carrying its 150 KB (most of it Unicode tables) in theirs.
 */
const re2Apart = {
  name: 're2-apart',
  setup(build) {
    build.onResolve({ filter: /^re2js$/ }, () => ({ path: './re2.js', external: true }));
  },
};

/**
 * The extension imports the core through src/core/index.ts for two small helpers: marking the
 * core free of side effects lets esbuild drop the rest (the checker, ajv, the exports), which the
 * extension never runs: 3.6 MB of bundle otherwise.
 */
const pureCore = {
  name: 'pure-core',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === 'pure-core') return undefined;
      const { kind, importer, resolveDir } = args;
      const result = await build.resolve(args.path, { kind, importer, resolveDir, pluginData: 'pure-core' });
      if (result.errors.length > 0 || !/[\\/]src[\\/]core[\\/]/.test(result.path)) return undefined;
      return { path: result.path, sideEffects: false };
    });
  },
};

const shipped = [
  { entryPoints: ['src/cli/bin.ts'], outfile: `${dist}/cli.js`, banner: { js: '#!/usr/bin/env node' }, plugins: [nordicOnly, re2Apart] },
  { entryPoints: ['src/server/main.ts'], outfile: `${dist}/server.js`, banner: { js: '#!/usr/bin/env node' }, plugins: [nordicOnly, re2Apart] },
  { entryPoints: ['re2js'], outfile: `${dist}/re2.js` },
  // The banner and the footer stamp when the bundle starts and ends running, for the activation
  // benchmark (strict mode first, as esbuild's own "use strict" is no longer the first statement).
  {
    entryPoints: ['src/extension/extension.ts'],
    outfile: `${dist}/extension.js`,
    external: ['vscode'],
    plugins: [clientShims, pureCore],
    banner: { js: '"use strict";var CURRICULUM_BUNDLE_START=[performance.now(),process.cpuUsage()],CURRICULUM_BUNDLE_END;' },
    footer: { js: 'CURRICULUM_BUNDLE_END=[performance.now(),process.cpuUsage()];' },
  },
  // The timeline page inside the webview; the CSS it imports is emitted as dist/webview/timeline.css.
  {
    entryPoints: ['webview/main.ts'],
    outfile: `${dist}/webview/timeline.js`,
    platform: 'browser',
    format: 'iife',
    target: ['chrome120'],
    // A script's encoding in a webview is not declared: keep it ASCII.
    charset: 'ascii',
  },
];
// The integration suite, run inside VS Code by test/vscode/run.mjs: mocha is required from node_modules.
const suite = {
  entryPoints: ['test/extension/index.ts', 'test/extension/*.test.ts'],
  outdir: 'out/test/extension',
  external: ['vscode', 'mocha'],
};
const entries = outdirAt === -1 ? [...shipped, suite] : shipped;

const contexts = await Promise.all(entries.map((entry) => esbuild.context({ ...base, metafile: analyze, ...entry })));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('esbuild: watching for changes');
} else {
  const results = await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
  if (analyze) {
    for (const [index, result] of results.entries()) {
      if (entries[index] !== suite) console.log(await esbuild.analyzeMetafile(result.metafile, { verbose: false }));
    }
  }
}
