#!/usr/bin/env node
// `npm start` as a user runs it, then the terminal closed: the VS Code server it started must go
// with it. Starts test/vscode/start.mjs with no desktop `code` on PATH, waits for the address it
// prints, sends each stop signal in turn (SIGHUP is what closing a terminal sends), and checks
// that the server's port and processes are gone. Exit code 0 when every signal stopped it.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter } from 'node:path';
import { REPOSITORY } from './vscode-server.mjs';

const SIGNALS = ['SIGHUP', 'SIGINT', 'SIGTERM'];
const START_LIMIT_MS = 10 * 60_000;
const STOP_LIMIT_MS = 15_000;

/** PATH without any folder that has a desktop `code`, so that start.mjs serves VS Code itself. */
function pathWithoutCode() {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter((folder) => {
      try {
        return !readdirSync(folder).includes('code');
      } catch {
        return true;
      }
    })
    .join(delimiter);
}

/** The ids of live processes whose command line holds `--port <port>`. */
function serverProcesses(port) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      const at = args.indexOf('--port');
      if (at >= 0 && args[at + 1] === String(port)) found.push(Number(entry));
    } catch {
      // Gone while we looked.
    }
  }
  return found;
}

async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}

/** Resolves once `check()` is true, checking five times a second, or rejects after `limit` ms. */
async function until(check, what, limit) {
  const deadline = Date.now() + limit;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`${what} within ${limit / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function startThenStop(signal) {
  const child = spawn(process.execPath, ['test/vscode/start.mjs'], {
    cwd: REPOSITORY,
    env: { ...process.env, PATH: pathWithoutCode() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.on('exit', (code, by) => resolve(by ?? code)));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start printed no address within ${START_LIMIT_MS / 1000} s:\n${output}`)),
      START_LIMIT_MS,
    );
    const read = (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/\S*/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(new URL(match[0]));
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', () => reject(new Error(`npm start ended before it printed an address:\n${output}`)));
  });
  const port = Number(url.port);
  if (!(await answers(url.origin))) throw new Error(`the VS Code server on ${url.origin} does not answer`);
  if (serverProcesses(port).length === 0) throw new Error(`no process holds --port ${port}`);

  child.kill(signal);
  const how = await exited;
  await until(async () => !(await answers(url.origin)), `the VS Code server still answers on ${url.origin} after ${signal}`, STOP_LIMIT_MS);
  await until(
    () => serverProcesses(port).length === 0,
    `processes of the server still run after ${signal}: ${serverProcesses(port).join(', ')}`,
    STOP_LIMIT_MS,
  );
  console.log(`[start-stop] ${signal}: npm start ended (${how}), the VS Code server on port ${port} stopped with it`);
}

try {
  for (const signal of SIGNALS) await startThenStop(signal);
} catch (error) {
  console.error(`[start-stop] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
