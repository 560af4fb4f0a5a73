// Loaded by VS Code as `extensionTestsPath` in the activation benchmark (test/bench/activation.mjs
// bundles it into the temporary extension folder). VS Code runs it after the extensions activated at
// start (ours by workspaceContains:**/programme.md) have returned from activate(). It prints one
// line, `CURRICULUM_ACTIVATION {json}`, with:
// - VS Code's own figures from its "Startup Performance" view (the data behind "Developer: Show
//   Running Extensions"): loadCode (require() of dist/extension.js: read, compile, evaluate),
//   callActivate (the call of activate() until it returns), finishActivate (until its promise
//   settles; ours returns an object, so ~0);
// - the extension's own (StartupTimes): evaluateMs (first to last line of the bundle) and
//   activateMs, each also as CPU time of the extension host process.
import * as vscode from 'vscode';
import type { CurriculumStudioApi } from '../../src/extension/extension';

const EXTENSION_ID = 'curriculum-studio.curriculum-studio';
const PERF = vscode.Uri.from({ scheme: 'perf', path: 'Startup Performance' });

/** VS Code's row for the extension in the "Extension Activation Stats" table (ms). */
interface VsCodeTimes {
  eager: boolean;
  loadCode: number;
  callActivate: number;
  finishActivate: number;
  event: string;
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<CurriculumStudioApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded.`);
  const activeAtStart = extension.isActive;
  const api = await extension.activate();
  const times = await vscodeActivationTimes();
  console.log(`CURRICULUM_ACTIVATION ${JSON.stringify({ activeAtStart, ...times, ...api.startup })}`);
}

/** Our row of VS Code's "Startup Performance" view, once VS Code has written it. */
async function vscodeActivationTimes(): Promise<VsCodeTimes> {
  // The view's content provider is registered when the view is first shown.
  await vscode.commands.executeCommand('perfview.show');
  const document = await vscode.workspace.openTextDocument(PERF);
  const row = (): VsCodeTimes | undefined => {
    const line = document
      .getText()
      .split('\n')
      .find((text) => text.startsWith(`| ${EXTENSION_ID} |`));
    if (!line) return undefined;
    const [, eager, loadCode, callActivate, finishActivate, event] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    // A row with fewer cells than these is not the row of a finished activation yet.
    if (event === undefined) return undefined;
    return {
      eager: eager === 'true',
      loadCode: Number(loadCode),
      callActivate: Number(callActivate),
      finishActivate: Number(finishActivate),
      event,
    };
  };
  const now = row();
  if (now) return now;
  // The view fills in its text once the workbench has finished starting.
  return new Promise((resolve) => {
    const listener = vscode.workspace.onDidChangeTextDocument((change) => {
      const found = change.document === document ? row() : undefined;
      if (!found) return;
      listener.dispose();
      resolve(found);
    });
  });
}
