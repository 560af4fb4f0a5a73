import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  WatchKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { localeOf, Workspace } from '../core';
import type { InitializationOptions } from '../protocol';
import { uriToPath } from './convert';
import { Diagnostics } from './diagnostics';
import { DocumentSync } from './documents';
import { listenToLanguageFeatures } from './features';
import type { FileAccess } from './files';
import { listenToCustomRequests, type RequestHost } from './requests';
import { WorkspaceScan } from './scan';
import { ChangeQueue, describe, guard } from './sequence';
import { Settings } from './settings';

export { DEBOUNCE_MS } from './documents';
export type { FileAccess } from './files';

/**
 * The Curriculum Studio language server: LSP over the core's workspace index. The host (Node over
 * IPC or stdio today, a web worker later) makes the connection and the file access; this wires the
 * handlers, one module per concern.
 */
export function startServer(connection: Connection, files: FileAccess): void {
  const log = (message: string): void => connection.console.error(message);
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace((error) => log(`Checker fault: ${describe(error)}`));
  const changes = new ChangeQueue((error) => log(`Change failed: ${describe(error)}`));
  const settings = new Settings(connection, workspace, files);
  const diagnostics = new Diagnostics(connection, workspace, settings);
  const sync = new DocumentSync(documents, workspace, diagnostics, settings, files, changes);
  const scan = new WorkspaceScan(connection, workspace, files, sync, diagnostics, settings);
  let canWatchFiles = false;

  const host: RequestHost = {
    workspace,
    locale: () => settings.locale,
    learningTypes: () => settings.learningTypes(),
    shown: (problem) => settings.shown(problem),
    rescan: () => scan.scan(),
    // Every request first sees the changes notified before it, and the text typed so far.
    answer: (name, fallback, handler) =>
      guard(log, name, fallback, async (params) => {
        await changes.settled();
        sync.flush();
        return handler(params);
      }),
  };

  connection.onInitialize((params): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    settings.locale = localeOf(options.locale ?? params.locale);
    settings.trusted = options.trusted === true;
    // Folders on disk and, in a virtual workspace (github.dev, vscode.dev), folders the client reads.
    settings.roots = (params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []))
      .filter((uri) => !uri.startsWith('untitled:'))
      .map(uriToPath);
    settings.canPull = params.capabilities.workspace?.configuration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: [':', ' ', '{', ','] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'curriculum-language-server' },
    };
  });

  connection.onInitialized(async () => {
    if (canWatchFiles) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        // Markdown files, and folders deleted with their modules inside.
        watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/*', kind: WatchKind.Delete }],
      });
    }
    await settings.load();
    await scan.scan();
  });

  connection.onDidChangeConfiguration(() =>
    changes.add(async () => {
      await settings.load();
      diagnostics.publishAll();
    }),
  );
  connection.onDidChangeWatchedFiles(({ changes: events }) => changes.add(() => scan.changed(events)));
  sync.listen();
  listenToLanguageFeatures(connection, host);
  listenToCustomRequests(connection, host);

  documents.listen(connection);
  connection.listen();
}
