import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CurriculumStudioApi } from '../../src/extension/extension';

/** The extension's id: publisher.name from package.json. */
export const EXTENSION_ID = 'curriculum-studio.curriculum-studio';

/** How long any wait for VS Code or the language server may take before the test fails. */
export const WAIT_MS = 20_000;

/** The workspace: a temporary copy of samples/ made by the runner. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'The test workspace has no folder: the runner must open a copy of samples/.');
  return folder.uri;
}

/** A file of the workspace by its path relative to samples/. */
export function sample(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), relative);
}

/** The extension's API, once its language server has started. */
export async function ready(): Promise<CurriculumStudioApi> {
  const extension = vscode.extensions.getExtension<CurriculumStudioApi>(EXTENSION_ID);
  assert.ok(extension, `The extension ${EXTENSION_ID} is not loaded.`);
  const api = await within(extension.activate(), `${EXTENSION_ID} to activate`);
  await within(api.ready, 'the language server to start');
  return api;
}

/** `promise`, or a failure naming what was awaited when it takes longer than `ms`. */
export async function within<T>(promise: Thenable<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}.`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The next event of a VS Code event that passes a test, or a failure naming what was awaited. */
export function next<T>(event: vscode.Event<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  return within(
    new Promise<T>((resolve) => {
      const subscription = event((value) => {
        if (!accept(value)) return;
        subscription.dispose();
        resolve(value);
      });
    }),
    what,
  );
}

/** A diagnostic of the checker in a form that compares exactly: code, range, severity, message. */
export interface Seen {
  code: string;
  range: [number, number, number, number];
  severity: 'error' | 'warning' | 'information' | 'hint';
  message: string;
}

const SEVERITY = ['error', 'warning', 'information', 'hint'] as const;

/** The checker's diagnostics of a file, ordered by position. */
export function checkerDiagnostics(uri: vscode.Uri): Seen[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'curriculum')
    .map(seen)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.code.localeCompare(b.code));
}

function seen(d: vscode.Diagnostic): Seen {
  const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
  const { start, end } = d.range;
  return { code, range: [start.line, start.character, end.line, end.character], severity: SEVERITY[d.severity], message: d.message };
}

/**
 * Waits until the checker's diagnostics of `uri` satisfy `until`, looking now and on every
 * change of diagnostics; fails after `ms` with what was there last.
 */
export function waitForDiagnostics(uri: vscode.Uri, until: (diagnostics: Seen[]) => boolean, what: string, ms = WAIT_MS): Promise<Seen[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = checkerDiagnostics(uri);
      if (!until(current)) return false;
      finish();
      resolve(current);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const last = JSON.stringify(checkerDiagnostics(uri), null, 2);
      reject(
        new Error(`Timed out after ${ms} ms waiting for ${what} in ${vscode.workspace.asRelativePath(uri)}. Diagnostics there: ${last}`),
      );
    }, ms);
    const finish = (): void => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

/** Waits until the checker reports no problem in `uri`. */
export function waitForNoDiagnostics(uri: vscode.Uri, what: string): Promise<Seen[]> {
  return waitForDiagnostics(uri, (d) => d.length === 0, what);
}

/**
 * Returns once the language server has handled everything sent about `uri` so far: a hover
 * request is answered only after the document's pending changes are checked, and the server
 * sends a file's diagnostics before it answers.
 */
export async function serverCaughtUp(uri: vscode.Uri): Promise<void> {
  await within(
    vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(0, 0)),
    `the language server to answer about ${vscode.workspace.asRelativePath(uri)}`,
  );
}

/** Opens a file in an editor. */
export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

/** Replaces the first occurrence of `from` on line `line` (0-based) with `to`, as typing would. */
export async function replaceOnLine(editor: vscode.TextEditor, line: number, from: string, to: string): Promise<void> {
  const text = editor.document.lineAt(line).text;
  const at = text.indexOf(from);
  assert.notEqual(at, -1, `Line ${line + 1} of ${editor.document.fileName} has no "${from}": ${text}`);
  const done = await editor.edit((edit) => edit.replace(new vscode.Range(line, at, line, at + from.length), to));
  assert.ok(done, 'The editor refused the edit.');
}

/** Puts documents back to their text on disk, so that the next test starts from the samples again. */
export async function restore(...uris: vscode.Uri[]): Promise<void> {
  for (const uri of uris) {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!document?.isDirty) continue;
    const disk = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, document.validateRange(new vscode.Range(0, 0, document.lineCount, 0)), disk);
    assert.ok(await vscode.workspace.applyEdit(edit), `Could not restore ${uri.fsPath}.`);
    // Back to the text on disk, VS Code may see the document as saved already.
    if (document.isDirty) assert.ok(await document.save(), `Could not save ${uri.fsPath}.`);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

type Window = typeof vscode.window;

/**
 * Replaces a function of `vscode.window` (an input box, a quick pick, a message) for one test,
 * so that a command can be driven without UI; dispose to put the real one back.
 */
export function replaceWindowFunction<K extends keyof Window>(name: K, fake: (...args: never[]) => unknown): vscode.Disposable {
  const window = vscode.window as unknown as Record<K, unknown>;
  const original = window[name];
  window[name] = fake;
  return new vscode.Disposable(() => {
    window[name] = original;
  });
}
