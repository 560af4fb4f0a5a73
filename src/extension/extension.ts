import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../protocol';
import { registerCommands } from './commands';

let client: LanguageClient | undefined;

/** What the extension hands to other extensions and to its integration tests. */
export interface CurriculumStudioApi {
  /** Settles when the language server has started (rejects if it could not start). */
  readonly ready: Promise<void>;
}

/** Starts the language server and registers the commands; nothing else happens at activation. */
export function activate(context: vscode.ExtensionContext): CurriculumStudioApi {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'curriculumStudio' },
    // A function, so that a restart after the workspace is trusted tells the server so.
    initializationOptions: (): InitializationOptions => ({ locale: vscode.env.language, trusted: vscode.workspace.isTrusted }),
  };
  const started = new LanguageClient('curriculumStudio', 'Curriculum Studio', serverOptions, clientOptions);
  client = started;
  context.subscriptions.push(
    registerCommands(started),
    // The server compiles a workspace's extra schema only when trusted, and learns trust at start.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void started.restart()),
  );
  const ready = started.start().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Curriculum Studio could not start its checker: {0}', reason));
    throw error;
  });
  // The API's promise may never be awaited; an unobserved rejection must not be reported twice.
  ready.catch(() => undefined);
  return { ready };
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
