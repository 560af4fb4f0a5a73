import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { LogMessageParams } from 'vscode-languageserver';
import { createConnection } from 'vscode-languageserver/node';
import { startServer, type FileAccess } from '../../src/server/server';
import { withTimeout } from './client';

/** A read the test holds back: `started` settles when the server asks, `release` lets it finish. */
interface HeldRead {
  started: Promise<void>;
  release(): void;
}

/**
 * Files in memory for a server in this process, as a browser host would give them: no
 * synchronous reads. A test can hold back the read of one file to make the disk slow at will.
 */
export class MemoryFiles implements FileAccess {
  readonly texts = new Map<string, string>();
  private readonly held = new Map<string, { started: () => void; released: Promise<void> }>();

  /** The files of a fixture folder, under `root`. */
  static fromFixture(folder: string, root: string): MemoryFiles {
    const files = new MemoryFiles();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else files.texts.set(`${root}/${path.relative(folder, full).replace(/\\/g, '/')}`, readFileSync(full, 'utf8'));
      }
    };
    walk(folder);
    return files;
  }

  /** Makes the next read of `file` wait until the test releases it. */
  hold(file: string): HeldRead {
    let started!: () => void;
    let release!: () => void;
    const startedPromise = new Promise<void>((resolve) => (started = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.held.set(file, { started, released });
    return { started: startedPromise, release };
  }

  async readFile(file: string): Promise<string> {
    const held = this.held.get(file);
    if (held) {
      this.held.delete(file);
      held.started();
      await held.released;
    }
    const text = this.texts.get(file);
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
    return text;
  }

  async markdownFiles(root: string): Promise<string[]> {
    return [...this.texts.keys()].filter((file) => file.startsWith(`${root}/`) && /\.md$/i.test(file)).sort();
  }

  async exists(file: string): Promise<boolean> {
    return this.texts.has(file);
  }
}

/** A language server started in this process over in-memory streams, with the client's end. */
export class InProcessServer {
  readonly logs: LogMessageParams[] = [];

  private constructor(
    readonly connection: MessageConnection,
    readonly files: MemoryFiles,
    readonly root: string,
  ) {
    connection.onNotification('window/logMessage', (params: LogMessageParams) => void this.logs.push(params));
    connection.onNotification('textDocument/publishDiagnostics', () => undefined);
    connection.onNotification('curriculum/programmesChanged', () => undefined);
  }

  /** Starts the server on `files` with the workspace folder `root`, and waits for its first scan. */
  static async start(files: MemoryFiles, root: string): Promise<InProcessServer> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    startServer(createConnection(toServer, toClient), files);
    const connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const server = new InProcessServer(connection, files, root);
    connection.listen();
    const uri = `file://${root}`;
    await server.request('initialize', { processId: null, rootUri: uri, workspaceFolders: [{ uri, name: 'memory' }], capabilities: {} });
    await connection.sendNotification('initialized', {});
    // checkAll reads the workspace again and answers when it is read: the server is settled.
    await server.request('curriculum/checkAll', undefined);
    return server;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return withTimeout(this.connection.sendRequest<R>(method, params), method);
  }

  uri(relative: string): string {
    return `file://${this.root}/${relative}`;
  }

  /**
   * Settles once the server has taken in every message sent before: a request for a method the
   * server does not know is refused at once, in the order the messages came.
   */
  async processedSoFar(): Promise<void> {
    await this.connection.sendRequest('test/unknownMethod').then(
      () => undefined,
      () => undefined,
    );
  }

  dispose(): void {
    // Only the client's end: the Node server exits the process when its input stream ends.
    this.connection.dispose();
  }
}
