import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { runCli } from '../../src/cli/main';
import { withTimeout } from '../protocol/client';

const repoRoot = path.resolve(__dirname, '..', '..');
const npmBin = path.dirname(process.execPath);
const { name, version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

/**
 * The environment of a programme's own repository: none of the npm_* variables `npm test` sets for
 * this package, and offline, so that a missing bin fails here instead of npx fetching a package
 * of that name from the registry.
 */
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

/** Runs npm or npx (the ones beside this Node) and fails with its output when it exits non-zero, unless told. */
function npm(command: 'npm' | 'npx', args: string[], cwd: string, status = 0): SpawnSyncReturns<string> {
  const result = spawnSync(path.join(npmBin, command), args, { cwd, env, encoding: 'utf8' });
  assert.equal(result.status, status, `${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result;
}

describe('package: the npm tarball in a programme repository', () => {
  let scratch: string;
  let project: string;
  let installed: SpawnSyncReturns<string>;

  before(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'curriculum-pack-'));
    // `npm pack` runs the package's prepack script: the tarball holds a fresh production build.
    const packed = JSON.parse(npm('npm', ['pack', '--json', '--pack-destination', scratch], repoRoot).stdout);
    const tarball = path.join(scratch, packed[0].filename);
    project = path.join(scratch, 'programme-repo');
    cpSync(path.join(repoRoot, 'samples', 'varde-lederseminar'), path.join(project, 'varde'), { recursive: true });
    cpSync(path.join(repoRoot, 'samples', 'mistakes'), path.join(project, 'mistakes'), { recursive: true });
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'programme-repo', private: true }));
    installed = npm('npm', ['install', '--save-dev', tarball], project);
  });

  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('installs offline, without a warning, with no run-time dependencies: the package is all there is in node_modules', () => {
    // npm warns of a package with install scripts (a `prepare` counts): there are none.
    assert.equal(installed.stderr, '');
    const modules = readdirSync(path.join(project, 'node_modules')).filter((entry) => !entry.startsWith('.'));
    assert.deepEqual(modules, [name]);
    const manifest = JSON.parse(readFileSync(path.join(project, 'node_modules', name, 'package.json'), 'utf8'));
    assert.deepEqual([manifest.version, manifest.dependencies, manifest.private], [version, undefined, undefined]);
    assert.deepEqual(readdirSync(path.join(project, 'node_modules', '.bin')).sort(), ['curriculum', 'curriculum-language-server']);
  });

  it('`npx curriculum check` says a clean programme has no problems, exit 0', () => {
    const result = npm('npx', ['curriculum', 'check', 'varde'], project);
    assert.deepEqual([result.stdout, result.stderr], ['No problems in 6 file(s).\n', '']);
  });

  it('`npx curriculum check --format sarif` exits 1 on samples/mistakes, with the log the source gives', async () => {
    const result = npm('npx', ['curriculum', 'check', 'mistakes', '--format', 'sarif'], project, 1);
    const fromSource = await runCli(['check', 'mistakes', '--format', 'sarif'], project, {});
    const log = JSON.parse(result.stdout);
    assert.equal(result.stderr, '');
    // The build stamps the package's version in; run from source, the CLI says 0.0.0-dev.
    assert.equal(log.runs[0].tool.driver.version, version);
    const expected = JSON.parse(fromSource.stdout);
    expected.runs[0].tool.driver.version = version;
    assert.deepEqual(log, expected);
  });

  it('`npx curriculum-language-server --stdio` answers initialize and checks the workspace, with an extra schema', async () => {
    // A trusted workspace with an organisation's extra schema: its pattern is matched by RE2, which
    // the server loads from the package's dist/re2.js.
    const workspace = path.join(project, 'mistakes-lsp');
    cpSync(path.join(project, 'mistakes'), workspace, { recursive: true });
    writeFileSync(
      path.join(workspace, 'kommune.schema.json'),
      JSON.stringify({ properties: { code: { type: 'string', pattern: '^[A-Z]{3}$' } } }),
    );
    const seanceFile = path.join(workspace, 'ledertraening', 'seances', '01-kommunikation.md');
    writeFileSync(seanceFile, readFileSync(seanceFile, 'utf8').replace('type: seance\n', 'type: seance\ncode: kbh\n'));
    const server = spawn(path.join(npmBin, 'npx'), ['curriculum-language-server', '--stdio'], {
      cwd: project,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => ({ extraSchema: 'kommune.schema.json' })),
    );
    connection.onRequest('client/registerCapability', () => null);
    const seance = URI.file(seanceFile).toString();
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        if (params.uri === seance) resolve(params);
      }),
    );
    connection.listen();
    try {
      const folder = URI.file(workspace).toString();
      const result = await withTimeout(
        connection.sendRequest<InitializeResult>('initialize', {
          processId: process.pid,
          rootUri: folder,
          workspaceFolders: [{ uri: folder, name: 'mistakes-lsp' }],
          capabilities: { workspace: { configuration: true } },
          initializationOptions: { trusted: true },
        }),
        'the answer to initialize',
        undefined,
        () => stderr,
      );
      assert.equal(result.serverInfo?.name, 'curriculum-language-server');
      assert.equal(result.capabilities.textDocumentSync, 2);
      await connection.sendNotification('initialized', {});
      const diagnostics = await withTimeout(published, `diagnostics of ${seance}`, undefined, () => stderr);
      assert.deepEqual(diagnostics.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]).sort(), [
        ['invalid-time', 8],
        ['invalid-value', 2],
      ]);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      assert.equal(await withTimeout(exited, 'the server to exit after shutdown and exit'), 0);
    } finally {
      connection.dispose();
      server.kill();
    }
  });
});
