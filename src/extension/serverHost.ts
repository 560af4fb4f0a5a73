import type * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type BaseLanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

/** The language client and how to reach its server: a Node process here, a web worker in the browser build. */
export interface ServerHost {
  readonly client: BaseLanguageClient;
  /** The server's process id while it runs; undefined in a web worker. */
  serverPid(): number | undefined;
  /** Stops the server and starts it again. */
  restart(): Promise<void>;
}

/**
 * The Node host: dist/server.js in a process of its own, over IPC. The browser build of the
 * extension (esbuild.mjs) takes src/extension/serverHost.browser.ts in place of this file.
 */
export function startServerHost(context: vscode.ExtensionContext, clientOptions: LanguageClientOptions): ServerHost {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const client = new LanguageClient('curriculumStudio', 'Curriculum Studio', serverOptions, clientOptions);
  return { client, serverPid: () => client.serverProcess?.pid, restart: () => client.restart() };
}
