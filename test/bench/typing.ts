/**
 * Typing in a big workspace: the built language server, loaded with a generated workspace, gets
 * edits over JSON-RPC as an editor sends them. Each edit is timed from `didChange` to the
 * `publishDiagnostics` of the edited file and to the last one of the other files it affects, with
 * the server's debounce subtracted. The server's memory is read once the workspace is loaded.
 * BENCH_PROF=<folder> has the server write its CPU profile there when it exits.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { DEBOUNCE_MS } from '../../src/server/server';
import { stats, type Stats } from './stats';

const REPOSITORY = path.resolve(__dirname, '../..');

export interface TypingBench {
  modules: number;
  edits: number;
  /** From loading the workspace (initialized) to the diagnostics of every file published. */
  loadMs: number;
  editedFile: Stats;
  affectedFiles: Stats;
  memory: { rssMB: number; heapUsedMB: number };
  /** A request that does no checking (document symbols of the open seance), there and back: the pipe's share. */
  roundTrip: Stats;
}

interface Published {
  uri: string;
  count: number;
  at: number;
}

/** One edit: a line of the seance replaced, and which other file's diagnostics it must change. */
interface Edit {
  line: number;
  text: string;
}

/**
 * Loads `folder` (a generated workspace of `modules` modules) into a fresh server and times
 * `edits` edits of one seance: its date moved onto its neighbour's (an overlap, reported in both
 * files) and back, then its `track` key misspelt and mended; round and round.
 */
export async function benchTyping(folder: string, modules: number, edits: number): Promise<TypingBench> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROF] : []),
      '--expose-gc',
      '--import',
      pathToFileURL(path.join(__dirname, 'memory-probe.mjs')).toString(),
      path.join(REPOSITORY, 'dist/server.js'),
      '--stdio',
    ],
    {
      stdio: ['pipe', 'pipe', 'inherit', 'ipc'],
    },
  );
  const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: Published[] = [];
  let onPublish: (() => void) | undefined;
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: unknown[] }) => {
    published.push({ uri: params.uri, count: params.diagnostics.length, at: performance.now() });
    onPublish?.();
  });
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  try {
    const root = pathToFileURL(folder).toString();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'bench' }],
      capabilities: { workspace: { configuration: true } },
    });
    const loadStart = performance.now();
    await connection.sendNotification('initialized', {});
    // checkAll answers once the folder is read and every diagnostic is published.
    await connection.sendRequest('curriculum/checkAll', {});
    const loadMs = performance.now() - loadStart;
    const memory = await probeMemory(child);

    const programme = path.join(folder, 'p0001-lederforloeb-00-2027');
    const editedPath = path.join(programme, 'seancer/02-forandring.md');
    const neighbourPath = path.join(programme, 'seancer/01-personligt-lederskab.md');
    const { readFileSync } = await import('node:fs');
    const original = readFileSync(editedPath, 'utf8');
    const neighbourDate = /^date: (.*)$/m.exec(readFileSync(neighbourPath, 'utf8'))![1]!;
    const lines = original.split('\n');
    const dateLine = lines.findIndex((l) => l.startsWith('date: '));
    const trackLine = lines.findIndex((l) => l.startsWith('track: '));
    const cycle: Edit[] = [
      { line: dateLine, text: `date: ${neighbourDate}` },
      { line: dateLine, text: lines[dateLine]! },
      { line: trackLine, text: lines[trackLine]!.replace('track', 'trakc') },
      { line: trackLine, text: lines[trackLine]! },
    ];
    const uri = pathToFileURL(editedPath).toString();
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: original },
    });
    await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });

    const roundTrips: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      roundTrips.push(performance.now() - start);
    }

    const current = [...lines];
    const editedTimes: number[] = [];
    const affectedTimes: number[] = [];
    for (let i = 0; i < edits; i++) {
      const edit = cycle[i % cycle.length]!;
      const oldLength = current[edit.line]!.length;
      current[edit.line] = edit.text;
      published.length = 0;
      const editedPublished = new Promise<void>((resolve) => {
        onPublish = () => {
          if (published.some((p) => p.uri === uri)) resolve();
        };
      });
      const sent = performance.now();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: i + 2 },
        contentChanges: [
          { range: { start: { line: edit.line, character: 0 }, end: { line: edit.line, character: oldLength } }, text: edit.text },
        ],
      });
      await editedPublished;
      // The check publishes every file it touched before it reads the next message, so the answer
      // to this request comes after the last of them.
      await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      onPublish = undefined;
      const own = published.find((p) => p.uri === uri)!;
      const others = published.filter((p) => p.uri !== uri);
      editedTimes.push(own.at - sent - DEBOUNCE_MS);
      if (others.length > 0) affectedTimes.push(Math.max(...others.map((p) => p.at)) - sent - DEBOUNCE_MS);
    }
    return {
      modules,
      edits,
      loadMs,
      editedFile: stats(editedTimes),
      affectedFiles: stats(affectedTimes),
      memory,
      roundTrip: stats(roundTrips),
    };
  } finally {
    // As a client leaves: shutdown, then exit, so that the server ends by itself.
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await connection.sendRequest('shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    await exited;
    connection.dispose();
  }
}

/** The server's memory, asked of the probe it was started with. */
function probeMemory(child: ReturnType<typeof spawn>): Promise<{ rssMB: number; heapUsedMB: number }> {
  return new Promise((resolve) => {
    child.once('message', (usage: NodeJS.MemoryUsage) => {
      resolve({ rssMB: usage.rss / 2 ** 20, heapUsedMB: usage.heapUsed / 2 ** 20 });
    });
    child.send('memory');
  });
}
