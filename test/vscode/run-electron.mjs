#!/usr/bin/env node
// The standard runner, for machines that can download VS Code (a developer's laptop): the same
// integration suite as run.mjs, in a desktop VS Code that @vscode/test-electron downloads into
// .vscode-test/. Not used in CI, which cannot reach the download servers (see run.mjs).
//
//   node test/vscode/run-electron.mjs [--version 1.91.0]   default: the latest stable VS Code
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { build, REPOSITORY } from './vscode-server.mjs';

const at = process.argv.indexOf('--version');
const version = at > 0 ? process.argv[at + 1] : 'stable';

build();
// The tests edit files: they get a copy of samples/.
const parent = mkdtempSync(join(tmpdir(), 'curriculum-studio-workspace-'));
const workspace = join(parent, 'samples');
cpSync(join(REPOSITORY, 'samples'), workspace, { recursive: true });
let code = 1;
try {
  code = await runTests({
    version,
    extensionDevelopmentPath: REPOSITORY,
    extensionTestsPath: join(REPOSITORY, 'out/test/extension/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (error) {
  console.error(`[vscode] ${error instanceof Error ? error.message : String(error)}`);
} finally {
  rmSync(parent, { recursive: true, force: true });
}
process.exit(code);
