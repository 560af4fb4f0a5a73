import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions, StateChangeEvent } from 'vscode-languageclient';
import type { InitializationOptions } from '../protocol';
import { registerCommands } from './commands';
import { registerImportCommands } from './importing';
import { startServerHost } from './serverHost';
import { TIMELINE_VIEW_TYPE, TimelineLensProvider, TimelinePanel, type ExportArgs } from './timeline';
import { serveWorkspaceFiles } from './workspaceFiles';

let client: BaseLanguageClient | undefined;

/** `performance.now()` and `process.cpuUsage()` on the first and the last line of the bundle (esbuild's banner and footer). */
type Stamp = [number, NodeJS.CpuUsage | undefined];
declare const CURRICULUM_BUNDLE_START: Stamp | undefined;
declare const CURRICULUM_BUNDLE_END: Stamp | undefined;

/**
 * How long starting took, in milliseconds (what the activation benchmark reads): wall-clock time,
 * and the CPU time of the extension host process, which other processes on the machine do not
 * inflate (undefined when not bundled).
 */
export interface StartupTimes {
  /** The bundle's top level running, its imports included. */
  readonly evaluateMs: number | undefined;
  readonly evaluateCpuMs: number | undefined;
  /** The call of `activate()`, to its return (the language server starts after). */
  readonly activateMs: number;
  readonly activateCpuMs: number;
}

/** What the extension hands to other extensions and to its integration tests. */
export interface CurriculumStudioApi {
  /** Settles when the language server has started (rejects if it could not start). */
  readonly ready: Promise<void>;
  /** The programme timeline panel. */
  readonly timeline: TimelinePanel;
  /** The language server's process id while it runs (the fault tests stop it to see it restart). */
  serverPid(): number | undefined;
  /** Fires when the server starts, stops or is restarted after a crash (Starting, then Running). */
  readonly onDidChangeServerState: vscode.Event<StateChangeEvent>;
  readonly startup: StartupTimes;
}

/** Starts the language server and registers the commands; nothing else happens at activation. */
export function activate(context: vscode.ExtensionContext): CurriculumStudioApi {
  const called: Stamp = [performance.now(), cpuUsage()];
  const clientOptions: LanguageClientOptions = {
    // Files on disk, unsaved buffers, and a virtual workspace's files (vscode-vfs: in github.dev);
    // not other schemes (git:, a diff's old side), whose copies of a module would count twice.
    documentSelector: [...new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)])].map(
      (scheme) => ({ scheme, language: 'markdown' }),
    ),
    synchronize: { configurationSection: 'curriculumStudio' },
    // A function, so that a restart after the workspace is trusted tells the server so.
    initializationOptions: (): InitializationOptions => ({ locale: vscode.env.language, trusted: vscode.workspace.isTrusted }),
  };
  const host = startServerHost(context, clientOptions);
  const started = host.client;
  client = started;
  const timeline = new TimelinePanel(context, started);
  context.subscriptions.push(
    registerCommands(started),
    registerImportCommands(),
    serveWorkspaceFiles(started),
    timeline,
    vscode.commands.registerCommand('curriculumStudio.showTimeline', (uri?: vscode.Uri) => timeline.show(uri)),
    vscode.commands.registerCommand('curriculumStudio.exportCalendar', (args?: ExportArgs) => timeline.export('ics', args)),
    vscode.commands.registerCommand('curriculumStudio.exportHtml', (args?: ExportArgs) => timeline.export('html', args)),
    vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => {
        await ready;
        timeline.restore(panel);
      },
    }),
    vscode.languages.registerCodeLensProvider({ language: 'markdown', pattern: '**/programme.md' }, new TimelineLensProvider()),
    // The server compiles a workspace's extra schema only when trusted, and learns trust at start.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void host.restart()),
  );
  const ready = started.start().catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Curriculum Studio could not start its checker: {0}', reason));
    throw error;
  });
  // The API's promise may never be awaited; an unobserved rejection must not be reported twice.
  ready.catch(() => undefined);
  const returned: Stamp = [performance.now(), cpuUsage()];
  const bundled = typeof CURRICULUM_BUNDLE_START === 'object' && typeof CURRICULUM_BUNDLE_END === 'object';
  const startup: StartupTimes = {
    evaluateMs: bundled ? CURRICULUM_BUNDLE_END[0] - CURRICULUM_BUNDLE_START[0] : undefined,
    evaluateCpuMs: bundled ? cpuMs(CURRICULUM_BUNDLE_START, CURRICULUM_BUNDLE_END) : undefined,
    activateMs: returned[0] - called[0],
    activateCpuMs: cpuMs(called, returned),
  };
  return {
    ready,
    timeline,
    startup,
    serverPid: () => host.serverPid(),
    onDidChangeServerState: started.onDidChangeState,
  };
}

/** The host process's CPU time; a web worker (vscode.dev) has no `process`. */
function cpuUsage(): NodeJS.CpuUsage | undefined {
  return typeof process === 'object' ? process.cpuUsage() : undefined;
}

function cpuMs([, from]: Stamp, [, to]: Stamp): number {
  return from && to ? (to.user - from.user + to.system - from.system) / 1000 : NaN;
}

export function deactivate(): Promise<void> | undefined {
  return client?.stop();
}
