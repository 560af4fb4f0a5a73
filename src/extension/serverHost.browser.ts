import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import type { ServerHost } from './serverHost';

/** The web worker extension host's Worker (the extension's types are Node's, which lack it). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

/** The browser host (vscode.dev, github.dev): the same server, built as dist/web/server.js, in a web worker. */
export function startServerHost(context: vscode.ExtensionContext, clientOptions: LanguageClientOptions): ServerHost {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  const worker = new Worker(script.toString(true));
  const client = new LanguageClient('curriculumStudio', 'Curriculum Studio', clientOptions, worker);
  const restart = async (): Promise<void> => {
    await client.stop();
    await client.start();
  };
  return { client, serverPid: () => undefined, restart };
}
