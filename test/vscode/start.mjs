#!/usr/bin/env node
// `npm start`: try the extension on samples/. With a desktop VS Code (`code` on PATH) it opens
// a window with the extension in development; otherwise it starts the VS Code server used by the
// integration tests, prints the address to open in a browser, and runs until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, ensureIngredients, log, REPOSITORY, startServer } from './vscode-server.mjs';

build();
const samples = join(REPOSITORY, 'samples');
const code = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout?.trim();
if (code) {
  log(`opening ${samples} in VS Code (${code}) with the extension in development`);
  spawn(code, [`--extensionDevelopmentPath=${REPOSITORY}`, samples], { stdio: 'inherit' }).on('exit', (status) =>
    process.exit(status ?? 0),
  );
} else {
  ensureIngredients({ browser: false });
  const server = await startServer();
  log('No desktop VS Code (`code`) on PATH: serving VS Code in the browser instead. Open:');
  console.log(`\n  ${server.workbenchUrl(samples)}\n`);
  log('Edits are saved into samples/. Press Ctrl-C (or close the terminal) to stop.');
  // The server runs in its own process group (so that it can be stopped with all it started):
  // closing the terminal (SIGHUP) does not reach it, so this process stops it on every signal.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      server.stop();
      rmSync(server.data, { recursive: true, force: true });
      process.exit(0);
    });
  }
}
