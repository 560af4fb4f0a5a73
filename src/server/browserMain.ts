import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { clientFileAccess } from './clientFiles';
import { startServer } from './server';

/** The web worker the extension's browser entry starts (vscode.dev, github.dev): no disk, no Node. */
interface WorkerEvent {
  message?: string;
  reason?: unknown;
}
const worker = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0] & {
  addEventListener(type: 'error' | 'unhandledrejection', listener: (event: WorkerEvent) => void): void;
};
const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
worker.addEventListener('error', (event: WorkerEvent) => connection.console.error(`Uncaught: ${event.message ?? 'unknown error'}`));
worker.addEventListener('unhandledrejection', (event: WorkerEvent) => connection.console.error(`Unhandled: ${String(event.reason)}`));
// Every file through the client, which reads it with vscode.workspace.fs.
startServer(connection, clientFileAccess(connection));
