import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { localeOf, localToday, type ExportFormat } from '../core';
import { ExportRequest, ProgrammesChangedNotification, TimelineRequest, type ExportParams, type TimelineParams } from '../protocol';
import { newNonce, timelineHtml } from '../webview-html';
import { mayReveal, revealableFiles } from './revealable';
import { isFromWebview, type FromWebview, type ShowMessage, type ToWebview } from '../webview-protocol';

export const TIMELINE_VIEW_TYPE = 'curriculumStudio.timeline';

/** Where the panel's programme is remembered, so that a restarted VS Code shows the same one. */
const LAST_PROGRAMME = 'curriculumStudio.timeline.programme';

/** How long to wait after the server says a programme changed, so that a burst of edits draws once. */
const REFRESH_DELAY_MS = 50;

/** Arguments of the export commands, so that tests and other extensions can run them without a dialog. */
export interface ExportArgs {
  /** A file or folder of the programme (default: the timeline's programme, else the active file). */
  uri?: vscode.Uri;
  /** Where to write (default: ask with a save dialog). */
  target?: vscode.Uri;
}

/**
 * The programme timeline: one webview panel beside the editor, fed with the model and layout the
 * language server makes from the open buffers, redrawn when the programme changes, restored when
 * VS Code restarts.
 */
export class TimelinePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The uri of the programme module shown. */
  private programme: string | undefined;
  private folder: string | undefined;
  /** The files of the model last sent to the page: the only ones a `reveal` may open. */
  private revealable: ReadonlySet<string> = new Set();
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly shown = new vscode.EventEmitter<ShowMessage>();
  private readonly received = new vscode.EventEmitter<FromWebview>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Fires after each programme sent to the webview (the integration tests wait on it). */
  readonly onDidShow = this.shown.event;
  /** Fires for each valid message from the webview: `ready` proves the page runs under its CSP. */
  readonly onDidReceive = this.received.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    this.programme = context.workspaceState.get<string>(LAST_PROGRAMME);
    this.disposables.push(
      this.shown,
      this.received,
      client.onNotification(ProgrammesChangedNotification, (params) => {
        if (this.panel && (!this.folder || params.folderUris.includes(this.folder))) this.scheduleRefresh();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => this.highlight(event.textEditor)),
    );
  }

  /** Opens the panel (or brings it forward) on the programme of a file, else of the active editor. */
  async show(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (target) this.programme = target.toString();
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(
        TIMELINE_VIEW_TYPE,
        vscode.l10n.t('Programme Timeline'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        this.webviewOptions(),
      );
      this.attach(panel);
    } else {
      this.panel.reveal(undefined, true);
    }
    await this.refresh();
  }

  /** Takes over a panel VS Code restored after a restart. */
  restore(panel: vscode.WebviewPanel): void {
    panel.webview.options = this.webviewOptions();
    this.attach(panel);
  }

  /** Handles a message from the webview (also called by tests, as the webview would). */
  async receive(message: unknown): Promise<void> {
    // A webview is untrusted: anything that is not one of our messages is dropped.
    if (!isFromWebview(message)) return;
    const handled: FromWebview = message;
    this.received.fire(handled);
    switch (handled.type) {
      case 'ready':
        await this.refresh();
        return;
      case 'reveal': {
        if (!this.folder || !mayReveal(handled.source.file, this.revealable)) return;
        const file = vscode.Uri.joinPath(vscode.Uri.parse(this.folder), ...handled.source.file.split('/'));
        const { start, end } = handled.source.range;
        const selection = new vscode.Range(start.line, start.character, end.line, end.character);
        await vscode.window.showTextDocument(file, { selection, viewColumn: vscode.ViewColumn.One });
        return;
      }
      case 'pick':
        this.programme = handled.uri;
        await this.refresh();
        return;
      case 'export':
        await vscode.commands.executeCommand(
          handled.format === 'ics' ? 'curriculumStudio.exportCalendar' : 'curriculumStudio.exportHtml',
          this.folder ? { uri: vscode.Uri.parse(this.folder) } : {},
        );
        return;
    }
  }

  /** Exports the programme of a file as the CLI would, and writes it where the user (or a test) says. */
  async export(format: ExportFormat, args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
    const source = args.uri ?? (this.folder ? vscode.Uri.parse(this.folder) : vscode.window.activeTextEditor?.document.uri);
    if (!source) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a file of a programme first.'));
      return undefined;
    }
    const result = await this.client.sendRequest(ExportRequest, {
      uri: source.toString(),
      format,
    } satisfies ExportParams);
    if (result.text === undefined || !result.fileName) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not in a programme folder.', vscode.workspace.asRelativePath(source)));
      return undefined;
    }
    const folder = this.folder && !args.uri ? vscode.Uri.parse(this.folder) : source;
    const target =
      args.target ??
      (await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(folder.path.endsWith('.md') ? vscode.Uri.joinPath(folder, '..') : folder, result.fileName),
        filters: format === 'ics' ? { [vscode.l10n.t('Calendar')]: ['ics'] } : { HTML: ['html'] },
      }));
    if (!target) return undefined;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
    if (!args.target) void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', vscode.workspace.asRelativePath(target)));
    return target;
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    this.panel?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      // The page loads its script and stylesheet from the built webview folder, and nothing else.
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview')],
      retainContextWhenHidden: false,
    };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    const webview = panel.webview;
    const asset = (name: string): string =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'webview', name)).toString();
    webview.html = timelineHtml({
      cspSource: webview.cspSource,
      nonce: newNonce(),
      scriptUri: asset('timeline.js'),
      styleUri: asset('timeline.css'),
      lang: localeOf(vscode.env.language),
    });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    webview.onDidReceiveMessage((message: unknown) => void this.receive(message));
  }

  private scheduleRefresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  /** Asks the server for the programme and sends it to the webview. */
  private async refresh(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    const result = await this.client.sendRequest(TimelineRequest, {
      uri: this.programme ?? vscode.workspace.workspaceFolders?.[0]?.uri.toString() ?? '',
      today: localToday(),
    } satisfies TimelineParams);
    const current = result.current;
    if (!current || this.panel !== panel) return;
    this.folder = current.folderUri;
    this.revealable = revealableFiles(current.model);
    const programme = result.programmes.find((p) => p.folderUri === current.folderUri);
    if (programme) {
      this.programme = programme.uri;
      void this.context.workspaceState.update(LAST_PROGRAMME, programme.uri);
    }
    panel.title = vscode.l10n.t('Timeline: {0}', current.model.title ?? current.model.id ?? '');
    const message: ShowMessage = {
      type: 'show',
      layout: current.layout,
      model: current.model,
      programmes: result.programmes.map((p) => ({ uri: p.uri, title: p.title ?? p.id ?? p.uri })),
      current: programme?.uri ?? '',
      locale: localeOf(vscode.env.language),
    };
    await this.post(message);
    this.shown.fire(message);
  }

  /** Marks in the view the item written where the cursor is. */
  private highlight(editor: vscode.TextEditor): void {
    if (!this.panel?.visible || !this.folder) return;
    const file = editor.document.uri.toString();
    if (!file.startsWith(`${this.folder}/`)) return;
    void this.post({
      type: 'highlight',
      source: { file: decodeURIComponent(file.slice(this.folder.length + 1)), line: editor.selection.active.line },
    });
  }

  private async post(message: ToWebview): Promise<void> {
    await this.panel?.webview.postMessage(message);
  }
}

/** Shows a lens "Show Programme Timeline" at the top of every programme module. */
export class TimelineLensProvider implements vscode.CodeLensProvider {
  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!/^---\r?\n(?:[^\n]*\n)*?type:[ \t]*["']?programme\b/m.test(document.getText(new vscode.Range(0, 0, 40, 0)))) return [];
    return [
      new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), {
        title: vscode.l10n.t('Show Programme Timeline'),
        command: 'curriculumStudio.showTimeline',
        arguments: [document.uri],
      }),
    ];
  }
}
