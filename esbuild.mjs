// One build script: code generated from the schemas first, then a shared base config and one
// esbuild context per entry point.
//   node esbuild.mjs               generate, then build once (with source maps)
//   node esbuild.mjs --watch       rebuild on change; a change in schemas/ generates the code again
//   node esbuild.mjs --production  minified, no source maps
//   node esbuild.mjs --types-only  only generate (the header types and validators, from the JSON Schemas)
//   node esbuild.mjs --outdir DIR  the shipped bundles into DIR instead of dist/ (no test suite)
//   node esbuild.mjs --analyze     also print what takes the space in each shipped bundle
//   node esbuild.mjs --bench       stamp when the extension bundle starts and ends running, for
//                                  test/bench/activation.mjs (never in a bundle that ships)
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, watch as watchFolder } from 'node:fs';
import { generateHeaderTypes, generateValidators, SCHEMAS } from './src/build/schema-code.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const analyze = process.argv.includes('--analyze');
const bench = process.argv.includes('--bench');
const outdirAt = process.argv.indexOf('--outdir');
/** Where the shipped bundles go; another folder leaves dist/ (and the suite in out/) alone. */
const dist = outdirAt === -1 ? 'dist' : process.argv[outdirAt + 1];
if (!dist || dist.startsWith('--')) throw new Error('--outdir needs a folder.');
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** The code generated before bundling: one line a step. */
async function generate() {
  await generateHeaderTypes();
  await generateValidators();
}

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
 * mammoth (reading a Word document for `curriculum import`) is needed only by an import of a
 * .docx: the CLI and the extension load it on first use from its own bundle, dist/mammoth.js,
 * instead of carrying its 0.9 MB (with jszip, bluebird, underscore) in theirs.
 */
const mammothApart = {
  name: 'mammoth-apart',
  setup(build) {
    build.onResolve({ filter: /^mammoth$/ }, () => ({ path: './mammoth.js', external: true }));
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

/**
 * The browser build of the extension (vscode.dev, github.dev) is the same source with another
 * server host: src/extension/serverHost.browser.ts, which starts the server in a web worker.
 */
const browserHost = {
  name: 'browser-host',
  setup(build) {
    build.onResolve({ filter: /^\.\/serverHost$/ }, (args) => ({ path: `${args.resolveDir}/serverHost.browser.ts` }));
  },
};

/** What the two web bundles share: the browser platform, and no Node built-in let through. */
const web = { platform: 'browser', target: ['es2022'], mainFields: ['browser', 'module', 'main'] };

const shipped = [
  {
    entryPoints: ['src/cli/bin.ts'],
    outfile: `${dist}/cli.js`,
    banner: { js: '#!/usr/bin/env node' },
    plugins: [nordicOnly, re2Apart, mammothApart],
  },
  {
    entryPoints: ['src/server/main.ts'],
    outfile: `${dist}/server.js`,
    banner: { js: '#!/usr/bin/env node' },
    plugins: [nordicOnly, re2Apart],
  },
  { entryPoints: ['re2js'], outfile: `${dist}/re2.js` },
  { entryPoints: ['mammoth'], outfile: `${dist}/mammoth.js` },
  {
    entryPoints: ['src/extension/extension.ts'],
    outfile: `${dist}/extension.js`,
    external: ['vscode'],
    plugins: [clientShims, pureCore, mammothApart],
    // For the activation benchmark only, the banner and the footer stamp when the bundle starts
    // and ends running (strict mode first, as esbuild's own "use strict" is no longer the first
    // statement); src/extension/extension.ts reports them when they are there. In any other
    // build the stamps are undefined, and the code that reads them is dropped.
    ...(bench
      ? {
          banner: { js: '"use strict";var CURRICULUM_BUNDLE_START=[performance.now(),process.cpuUsage()],CURRICULUM_BUNDLE_END;' },
          footer: { js: 'CURRICULUM_BUNDLE_END=[performance.now(),process.cpuUsage()];' },
        }
      : { define: { ...base.define, CURRICULUM_BUNDLE_START: 'undefined', CURRICULUM_BUNDLE_END: 'undefined' } }),
  },
  // The web extension (package.json's `browser`) and its language server in a web worker; re2js is
  // bundled in the worker, which cannot load a file beside it.
  {
    ...web,
    entryPoints: ['src/extension/extension.ts'],
    outfile: `${dist}/web/extension.js`,
    format: 'cjs',
    external: ['vscode'],
    plugins: [browserHost, clientShims, pureCore],
    define: { ...base.define, CURRICULUM_BUNDLE_START: 'undefined', CURRICULUM_BUNDLE_END: 'undefined' },
  },
  // The `worker` condition: micromark's entity decoder otherwise takes its DOM build, and a worker has no `document`.
  {
    ...web,
    entryPoints: ['src/server/browserMain.ts'],
    outfile: `${dist}/web/server.js`,
    format: 'iife',
    conditions: ['worker'],
    plugins: [nordicOnly],
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
/**
 * The web-host suite (test/web), run in the web worker extension host, and its test extension: a
 * file system in memory holding samples/ and test/web/fixtures (as memfs:/samples), put in here.
 */
const memfsFiles = {
  name: 'memfs-files',
  setup(build) {
    const files = {};
    const add = (folder, under) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = `${folder}/${entry.name}`;
        if (entry.isDirectory()) add(path, `${under}/${entry.name}`);
        else if (entry.name.endsWith('.md')) files[`${under}/${entry.name}`] = readFileSync(path, 'utf8');
      }
    };
    add('samples', '/samples');
    add('test/web/fixtures', '/samples/web');
    build.initialOptions.define = { ...build.initialOptions.define, MEMFS_FILES: JSON.stringify(files) };
  },
};
const webSuite = [
  { ...web, entryPoints: ['test/web/index.ts'], outfile: 'out/test/web/memfs/tests.js', format: 'cjs', external: ['vscode'] },
  {
    ...web,
    entryPoints: ['test/web/memfs/extension.ts'],
    outfile: 'out/test/web/memfs/extension.js',
    format: 'cjs',
    external: ['vscode'],
    plugins: [memfsFiles],
  },
];
const entries = outdirAt === -1 ? [...shipped, suite, ...webSuite] : shipped;

/** Builds the bundles once, or, with --watch, keeps them built. */
async function bundle() {
  const contexts = await Promise.all(entries.map((entry) => esbuild.context({ ...base, metafile: analyze, ...entry })));
  if (watch) {
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  const results = await Promise.all(contexts.map((context) => context.rebuild()));
  if (entries.includes(webSuite[0])) {
    mkdirSync('out/test/web/memfs', { recursive: true });
    copyFileSync('test/web/memfs/package.json', 'out/test/web/memfs/package.json');
  }
  await Promise.all(contexts.map((context) => context.dispose()));
  if (analyze) {
    for (const [index, result] of results.entries()) {
      if (entries[index] !== suite) console.log(await esbuild.analyzeMetafile(result.metafile, { verbose: false }));
    }
  }
}

/**
 * Generates the code again whenever a schema changes (esbuild, watching the generated files the
 * bundles import, then rebuilds them). A schema saved half-written is reported, and the next
 * save is tried again; generations never overlap.
 */
function regenerateOnSchemaChange() {
  let running;
  let again = false;
  const run = async () => {
    do {
      again = false;
      try {
        await generate();
        console.log('esbuild: code generated again from schemas/');
      } catch (error) {
        console.error(`esbuild: could not generate code from schemas/: ${error instanceof Error ? error.message : error}`);
      }
    } while (again);
    running = undefined;
  };
  watchFolder(SCHEMAS, (_event, name) => {
    if (name && !name.endsWith('.json')) return;
    if (running) again = true;
    else running = run();
  });
}

await generate();
if (process.argv.includes('--types-only')) process.exit(0);
// The codes in package.json's severity setting and README.md's rule table, from the rules.
(await import('tsx/cjs/api')).require('./src/build/generate.ts', import.meta.url).generate(process.cwd());
await bundle();
if (watch) {
  regenerateOnSchemaChange();
  console.log('esbuild: watching for changes (schemas/ included)');
}
