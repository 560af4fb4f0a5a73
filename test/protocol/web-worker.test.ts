import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createMessageConnection,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { FileExistsRequest, MarkdownFilesRequest, ReadFileRequest } from '../../src/protocol';
import { diagnostic, range, repoRoot, withTimeout } from './client';

const web = path.join(repoRoot, 'dist', 'web');
const bundles = ['extension.js', 'server.js'];

describe('protocol: the web bundles (vscode.dev, github.dev)', () => {
  it('import no Node built-in, with or without the node: prefix', () => {
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    for (const bundle of bundles) {
      const text = readFileSync(path.join(web, bundle), 'utf8');
      const imported = [
        ...text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)|\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g),
      ].map((match) => match[1] ?? match[2] ?? match[3]!);
      assert.ok(imported.length > 0 || bundle === 'server.js', `${bundle}: the extension requires vscode at least`);
      assert.deepEqual(
        imported.filter((name) => builtins.has(name) || name.startsWith('node:')),
        [],
        `${bundle} imports Node built-ins`,
      );
      // Everything else the extension needs is bundled; only VS Code's own API is loaded at run time.
      if (bundle === 'extension.js') assert.deepEqual([...new Set(imported)], ['vscode']);
    }
  });

  it('the worker server checks a virtual workspace read through the client: holidays, dates, time zones', async () => {
    const files = new Map<string, string>(
      readFixture(path.join(repoRoot, 'test/protocol/fixtures/clean')).map(([file, text]) => [`memfs:/lederforloeb/${file}`, text]),
    );
    // Kristi himmelfartsdag 2027 (Easter Sunday is 28 March), and a date that does not exist.
    const seance = 'memfs:/lederforloeb/seances/01-opstart.md';
    files.set(seance, files.get(seance)!.replace('date: 2027-03-11', 'date: 2027-05-06'));
    const broken = 'memfs:/lederforloeb/seances/02-forandring.md';
    files.set(broken, files.get(broken)!.replace(/date: \d{4}-\d{2}-\d{2}/, 'date: 2027-02-30'));
    const worker = startWorker();
    const asked: string[] = [];
    worker.connection.onRequest(MarkdownFilesRequest, ({ folderUri }) => {
      asked.push(`list ${folderUri}`);
      return { uris: [...files.keys()].filter((uri) => uri.startsWith(`${folderUri}/`)).sort(), unreadable: [] };
    });
    worker.connection.onRequest(ReadFileRequest, ({ uri }) => {
      asked.push(`read ${uri}`);
      const text = files.get(uri);
      return text === undefined ? { code: 'ENOENT' } : { text };
    });
    worker.connection.onRequest(FileExistsRequest, ({ uri }) => files.has(uri));
    const published = new Map<string, Diagnostic[]>();
    const settled = new Promise<void>((resolve) =>
      worker.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        published.set(params.uri, params.diagnostics);
        if (published.has(seance) && published.has(broken)) resolve();
      }),
    );
    worker.connection.listen();
    try {
      await worker.connection.sendRequest('initialize', {
        processId: null,
        rootUri: null,
        capabilities: {},
        workspaceFolders: [{ uri: 'memfs:/lederforloeb', name: 'lederforloeb' }],
      });
      await worker.connection.sendNotification('initialized', {});
      await withTimeout(settled, 'diagnostics from the worker', undefined, () => worker.errors.join('\n'));
      assert.deepEqual(published.get(broken), [
        diagnostic(
          range(5, 6, 5, 16),
          1,
          'invalid-date',
          '`date` must be a real date written year-month-day, like 2027-03-11; `2027-02-30` is not.',
        ),
      ]);
      assert.deepEqual(
        published.get(seance)!.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]),
        [['seance-on-holiday', 5, 6, 16]],
      );
      assert.equal(
        published.get(seance)![0]!.message,
        'The seance is on Thursday 6 May 2027, a public holiday in Denmark: Kristi Himmelfartsdag.',
      );
      assert.ok(asked.includes('list memfs:/lederforloeb'), asked.join('\n'));
      assert.deepEqual(worker.errors, []);
    } finally {
      worker.connection.dispose();
      worker.stop();
    }
  });
});

/** Every file of a fixture folder, relative to it. */
function readFixture(folder: string, prefix = ''): [string, string][] {
  return readdirSync(folder)
    .sort()
    .flatMap((name): [string, string][] => {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) return readFixture(full, `${prefix}${name}/`);
      return [[`${prefix}${name}`, readFileSync(full, 'utf8')]];
    });
}

/**
 * dist/web/server.js in a V8 context that has what a web worker has and nothing of Node (no
 * `require`, `process`, `Buffer`, `setImmediate`): messages go in and out as a worker's do.
 */
function startWorker(): { connection: MessageConnection; errors: string[]; stop(): void } {
  const errors: string[] = [];
  const toClient: DataCallback[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const context: Record<string, unknown> = {
    console: {
      log: () => undefined,
      info: () => undefined,
      warn: () => undefined,
      error: (...args: unknown[]) => errors.push(args.join(' ')),
    },
    setTimeout: (fn: () => void, ms?: number) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        fn();
      }, ms);
      timers.add(timer);
      return timer;
    },
    clearTimeout: (timer: ReturnType<typeof setTimeout>) => {
      clearTimeout(timer);
      timers.delete(timer);
    },
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    URL,
    structuredClone,
    performance,
    onmessage: null,
    postMessage: (message: Message) => queueMicrotask(() => toClient.forEach((listen) => listen(structuredClone(message)))),
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  context.self = context;
  vm.createContext(context);
  vm.runInContext(readFileSync(path.join(web, 'server.js'), 'utf8'), context, { filename: 'dist/web/server.js' });
  class Reader extends AbstractMessageReader {
    listen(callback: DataCallback): Disposable {
      toClient.push(callback);
      return { dispose: () => toClient.splice(toClient.indexOf(callback), 1) };
    }
  }
  class Writer extends AbstractMessageWriter {
    async write(message: Message): Promise<void> {
      const copy = structuredClone(message);
      queueMicrotask(() => (context.onmessage as ((event: { data: Message }) => void) | null)?.({ data: copy }));
    }
    end(): void {}
  }
  const connection = createMessageConnection(new Reader(), new Writer());
  return {
    connection,
    errors,
    stop: () => {
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
