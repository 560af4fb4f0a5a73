import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ConfigurationParams,
  Diagnostic,
  InitializeResult,
  LogMessageParams,
  PublishDiagnosticsParams,
  Range,
  ShowMessageRequestParams,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { ServerSettings } from '../../src/protocol';

/** The repository root: the server is started from here. */
export const repoRoot = path.resolve(__dirname, '..', '..');
const serverScript = path.join(repoRoot, 'dist', 'server.js');
const fixtures = path.join(__dirname, 'fixtures');

/**
 * How long a test waits for one answer or notification before it fails. Generous, because a busy
 * CI machine is slow; a passing wait ends on the event itself, never on this time.
 */
export const WAIT_MS = 20_000;

/** Rejects with a clear message when `promise` does not settle within `ms`. */
export function withTimeout<T>(promise: Promise<T>, what: string, ms = WAIT_MS, detail?: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}${detail ? `\n${detail()}` : ''}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface StartOptions {
  /**
   * A folder under test/protocol/fixtures (or an absolute path, for fixtures shared with the unit
   * tests), copied to a fresh temp dir that becomes the workspace folder.
   */
  fixture: string;
  /** `params.locale` of initialize. */
  locale?: string;
  /** The answer to every `workspace/configuration` item of the section `curriculumStudio`. */
  settings?: ServerSettings;
  /**
   * Wait until the server has read the workspace before resolving (a `curriculum/checkAll`
   * round trip after the settings were answered). Off for tests of the startup itself.
   */
  settle?: boolean;
  /** Changes the copied workspace before the server starts (the temp folder is its argument). */
  prepare?: (root: string) => void;
  /** `initializationOptions.trusted`: whether the workspace is trusted (an extra schema is read only then). */
  trusted?: boolean;
  /** Runs the server as this user (root can read anything: the fault tests run it as `nobody`). */
  user?: { uid: number; gid: number };
}

interface DiagnosticsWaiter {
  uri: string;
  predicate: (diagnostics: Diagnostic[]) => boolean;
  resolve: (diagnostics: Diagnostic[]) => void;
}

/**
 * A language client for tests: the built server as a child process over stdio, a workspace
 * folder copied from a fixture into a temp dir, and waits for notifications with timeouts.
 */
export class TestClient {
  /** The latest diagnostics published for each uri. */
  readonly diagnostics = new Map<string, Diagnostic[]>();
  /** Every publishDiagnostics, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Messages the server logged (window/logMessage). */
  readonly logs: LogMessageParams[] = [];
  /** What the server wrote to stderr. */
  stderr = '';
  /** Messages the server showed the user (window/showMessageRequest), in order. */
  readonly shownMessages: ShowMessageRequestParams[] = [];
  /** `workspace/configuration` requests received. */
  configurationRequests = 0;
  /** `client/registerCapability` registrations received. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  initializeResult!: InitializeResult;

  private readonly waiters = new Set<DiagnosticsWaiter>();
  private readonly messageWaiters = new Set<() => void>();
  private readonly versions = new Map<string, number>();
  private configurationAnswered!: Promise<void>;
  private exited: Promise<number | null>;

  private constructor(
    readonly root: string,
    private readonly process: ChildProcess,
    private readonly connection: MessageConnection,
    private settings: ServerSettings,
  ) {
    this.exited = new Promise((resolve) => process.once('exit', (code) => resolve(code)));
    process.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.published.push(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.predicate(params.diagnostics)) {
          this.waiters.delete(waiter);
          waiter.resolve(params.diagnostics);
        }
      }
    });
    connection.onNotification('window/logMessage', (params: LogMessageParams) => {
      this.logs.push(params);
    });
    connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/showMessageRequest', (params: ShowMessageRequestParams) => {
      this.shownMessages.push(params);
      for (const waiter of [...this.messageWaiters]) waiter();
      return null;
    });
    let answered!: () => void;
    this.configurationAnswered = new Promise((resolve) => (answered = resolve));
    connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
      this.configurationRequests++;
      setImmediate(answered);
      return params.items.map((item) => (item.section === 'curriculumStudio' ? this.settings : null));
    });
    connection.listen();
  }

  /** Copies the fixture, starts the server, and runs initialize and initialized. */
  static async start(options: StartOptions): Promise<TestClient> {
    // The real path, so that the uris the server derives from it are the ones the tests expect.
    const source = path.resolve(fixtures, options.fixture);
    const name = path.basename(source);
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), `curriculum-protocol-${name}-`)));
    cpSync(source, root, { recursive: true });
    // mkdtemp makes a folder only its owner may enter.
    if (options.user) chmodSync(root, 0o755);
    options.prepare?.(root);
    const child = spawn(process.execPath, [serverScript, '--stdio'], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'], ...options.user });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(root, child, connection, options.settings ?? {});
    client.initializeResult = await client.request<InitializeResult>('initialize', {
      processId: process.pid,
      clientInfo: { name: 'curriculum-protocol-tests' },
      locale: options.locale ?? 'en',
      ...(options.trusted ? { initializationOptions: { trusted: true } } : {}),
      rootUri: URI.file(root).toString(),
      workspaceFolders: [{ uri: URI.file(root).toString(), name }],
      capabilities: {
        workspace: {
          configuration: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: false },
        },
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true },
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          rename: { prepareSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        },
      },
    });
    await client.connection.sendNotification('initialized', {});
    if (options.settle !== false) {
      await withTimeout(client.configurationAnswered, 'the server to ask for workspace/configuration after initialized');
      await client.settled();
    }
    return client;
  }

  /**
   * Resolves when every diagnostic from reading the workspace has arrived: `curriculum/checkAll`
   * reads the folder again and publishes before it answers, and the answer comes after them.
   */
  async settled(): Promise<void> {
    await this.request('curriculum/checkAll', {});
  }

  /** Sends a request; a missing answer fails after WAIT_MS. */
  request<R>(method: string, params: unknown): Promise<R> {
    return withTimeout(this.connection.sendRequest<R>(method, params), `an answer to ${method}`, WAIT_MS, () => this.tail());
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Answers later `workspace/configuration` requests with other settings. */
  useSettings(settings: ServerSettings): void {
    this.settings = settings;
  }

  /** The absolute path of a file of the workspace, from its path relative to the workspace folder. */
  path(relative: string): string {
    return path.join(this.root, relative);
  }

  /** The `file:` uri of a file of the workspace, spelled as VS Code spells it. */
  uri(relative: string): string {
    return URI.file(this.path(relative)).toString();
  }

  read(relative: string): string {
    return readFileSync(this.path(relative), 'utf8');
  }

  write(relative: string, text: string | Buffer): void {
    writeFileSync(this.path(relative), text);
  }

  unlink(relative: string): void {
    unlinkSync(this.path(relative));
  }

  /** Opens a document; its text is the file on disk unless given. */
  async open(relative: string, text = this.read(relative)): Promise<string> {
    const uri = this.uri(relative);
    this.versions.set(uri, 1);
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    return uri;
  }

  /** Sends one didChange with the given changes (full text, or ranges with their new text). */
  async change(relative: string, ...changes: TextDocumentContentChangeEvent[]): Promise<void> {
    const uri = this.uri(relative);
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  async close(relative: string): Promise<void> {
    await this.notify('textDocument/didClose', { textDocument: { uri: this.uri(relative) } });
  }

  /**
   * The first diagnostics published for `uri` that satisfy `predicate`; diagnostics that arrived
   * already count (the latest of the uri is tested first). `what` names the wait in a timeout.
   */
  waitForDiagnostics(
    uri: string,
    predicate: (diagnostics: Diagnostic[]) => boolean,
    what = 'the expected diagnostics',
  ): Promise<Diagnostic[]> {
    const latest = this.diagnostics.get(uri);
    if (latest && predicate(latest)) return Promise.resolve(latest);
    let waiter!: DiagnosticsWaiter;
    const found = new Promise<Diagnostic[]>((resolve) => {
      waiter = { uri, predicate, resolve };
      this.waiters.add(waiter);
    });
    return withTimeout(
      found,
      `${what} of ${uri}`,
      WAIT_MS,
      () => `latest for that uri: ${JSON.stringify(this.diagnostics.get(uri) ?? 'none')}\n${this.tail()}`,
    ).finally(() => this.waiters.delete(waiter));
  }

  /** The first message shown to the user that satisfies `predicate`, counting those shown already. */
  waitForShownMessage(predicate: (message: ShowMessageRequestParams) => boolean, what: string): Promise<ShowMessageRequestParams> {
    let listener!: () => void;
    const found = new Promise<ShowMessageRequestParams>((resolve) => {
      listener = () => {
        const message = this.shownMessages.find(predicate);
        if (message) resolve(message);
      };
      this.messageWaiters.add(listener);
      listener();
    });
    return withTimeout(found, what, WAIT_MS, () => `shown so far: ${JSON.stringify(this.shownMessages)}\n${this.tail()}`).finally(() =>
      this.messageWaiters.delete(listener),
    );
  }

  /** The server's process id (the growth tests read its CPU time). */
  get pid(): number {
    return this.process.pid!;
  }

  /** Whether the server process is still running. */
  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Errors the server logged: checker faults, failed handlers, uncaught exceptions. */
  errorLogs(): string[] {
    return this.logs.filter((log) => log.type === 1).map((log) => log.message);
  }

  /** shutdown + exit, then the process is killed if it has not ended; the temp dir is removed. */
  async stop(): Promise<void> {
    try {
      if (this.running) {
        await withTimeout(this.connection.sendRequest('shutdown'), 'an answer to shutdown', 2000);
        await this.connection.sendNotification('exit');
        await withTimeout(this.exited, 'the server to exit after `exit`', 2000);
      }
    } finally {
      if (this.running) this.process.kill();
      this.connection.dispose();
      rmSync(this.root, { recursive: true, force: true });
    }
  }

  private tail(): string {
    const logs = this.logs.map((l) => l.message).join('\n');
    return `server log: ${logs.slice(-1500) || '(none)'}${this.stderr ? `\nstderr: ${this.stderr.slice(-1500)}` : ''}${this.running ? '' : '\nthe server process has exited'}`;
  }
}

/** A range on one line, or across lines: `range(2, 6, 2, 16)`. */
export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** A diagnostic as the server should publish it: source `curriculum`. */
export function diagnostic(r: Range, severity: 1 | 2 | 3 | 4, code: string, message: string): Diagnostic {
  return { range: r, severity, code, source: 'curriculum', message };
}

/** A predicate: exactly these diagnostics, in this order, every field equal. */
export function same(expected: Diagnostic[]): (actual: Diagnostic[]) => boolean {
  return (actual) => isDeepStrictEqual(actual, expected);
}

export { applyEdits } from '../unit/rules/edits';
