import { promises as fs } from 'node:fs';
import { posix } from 'node:path';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  WatchKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Location,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { buildProgrammeModel, ExtraSchemaRefused, formatMessage, localeOf, Workspace, type ExtraSchema, type Locale, type Problem } from '../core';
import { programmeToHtml, programmeToIcs } from '../core/export';
import { layoutTimeline, type ItemProblems } from '../core/timeline/layout';
import { localToday } from '../core/dates';
import { completionsAt } from '../core/language/completion';
import { hoverAt } from '../core/language/hover';
import { idAt, renameEdits } from '../core/language/references';
import { scaffoldModule, scaffoldProgramme } from '../core/language/scaffold';
import { documentSymbols } from '../core/language/symbols';
import { markdownFiles } from '../node/discover';
import { readModuleText, readModuleTextSync } from '../node/files';
import {
  CheckAllRequest,
  ExportRequest,
  ProgrammesChangedNotification,
  ProgrammeScaffoldRequest,
  ProgrammesRequest,
  TimelineRequest,
  ScaffoldRequest,
  type CheckAllResult,
  type ExportParams,
  type ExportResult,
  type InitializationOptions,
  type ProgrammeScaffoldParams,
  type ProgrammeScaffoldResult,
  type ProgrammesChangedParams,
  type TimelineParams,
  type TimelineResult,
  type ProgrammeSummary,
  type ScaffoldParams,
  type ScaffoldResult,
  type ServerSettings,
} from '../protocol';
import { pathToUri, toCompletionItem, toDiagnostic, toDocumentSymbol, toWorkspaceEdit, uriToPath } from './convert';

/** How long typing must pause before a document is checked again. */
export const DEBOUNCE_MS = 150;

/** How many files the first scan reads and checks before it lets other messages in. */
const READ_BATCH = 50;

/** The Curriculum Studio language server: LSP over the core's workspace index. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace((error) => connection.console.error(`Checker fault: ${describe(error)}`));
  const published = new Map<string, string>();
  const pending = new Map<string, NodeJS.Timeout>();
  /**
   * Open documents whose file was deleted (or renamed) on disk. VS Code keeps such an editor open,
   * marked "(deleted)", but the module is no longer in the programme: it must not count twice
   * after a rename, nor hold its problems. Saving it again brings it back (a Created event).
   */
  const deletedOnDisk = new Set<string>();
  let locale: Locale = 'en';
  let roots: string[] = [];
  let settings: ServerSettings = {};
  let canPullConfiguration = false;
  let trusted = false;
  let extraSchemaSource: string | undefined;
  let canWatchFiles = false;

  /** Runs a request handler; a fault is logged and answered with `fallback`, never a crash. */
  const guard =
    <P, R>(name: string, fallback: R, handler: (params: P) => R | Promise<R>) =>
    async (params: P): Promise<R> => {
      try {
        return await handler(params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        connection.console.error(`${name} failed: ${describe(error)}`);
        return fallback;
      }
    };

  const settingsSeverity = (problem: Problem): Problem | undefined => {
    const override = settings.severity?.[problem.code];
    if (override === undefined) return problem;
    return override === 'off' ? undefined : { ...problem, severity: override };
  };

  /** Tells the client which programmes the changed files belong to, so that open views refresh. */
  const announce = (paths: Iterable<string>): void => {
    const folders = new Set<string>();
    for (const path of paths) {
      const programme = workspace.programmeOf(path);
      if (programme) folders.add(pathToUri(programme.folder));
    }
    if (folders.size > 0) {
      void connection.sendNotification(ProgrammesChangedNotification.method, {
        folderUris: [...folders],
      } satisfies ProgrammesChangedParams);
    }
  };

  const publish = (paths: Iterable<string>): void => {
    for (const path of paths) {
      const problems = workspace.has(path) ? workspace.problemsOf(path) : [];
      const diagnostics = problems.flatMap((p) => {
        const shown = settingsSeverity(p);
        return shown ? [toDiagnostic(shown, locale)] : [];
      });
      const json = JSON.stringify(diagnostics);
      if ((published.get(path) ?? '[]') === json) continue;
      if (diagnostics.length === 0) published.delete(path);
      else published.set(path, json);
      void connection.sendDiagnostics({ uri: pathToUri(path), diagnostics });
    }
  };

  const publishAll = (): void => publish(new Set([...workspace.paths(), ...published.keys()]));

  /** Takes a file's new text and publishes what changed, in its programme and across programmes. */
  const apply = (path: string, text: string | undefined): void => {
    const before = workspace.has(path) ? workspace.filesAffectedBy(path) : new Set<string>();
    if (text === undefined) workspace.remove(path);
    else workspace.update(path, text);
    const after = workspace.has(path) ? workspace.filesAffectedBy(path) : new Set<string>();
    publish(new Set([...before, ...after, path]));
    announce([path]);
  };

  /**
   * Every document typed in is checked now, so that a request never sees stale text: a hover or a
   * rename in one file reads the others too.
   */
  const flush = (): void => {
    for (const [uri, timer] of [...pending]) {
      clearTimeout(timer);
      pending.delete(uri);
      const document = documents.get(uri);
      if (document && !deletedOnDisk.has(uri)) apply(uriToPath(uri), document.getText());
    }
  };

  /** No text for a file that could not be read; `onUnreadable` hears why, unless it is simply gone. */
  const notRead = (error: unknown, onUnreadable?: (code: string) => void): undefined => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') onUnreadable?.(code ?? String(error));
    return undefined;
  };

  /** A file's text on disk; undefined when it is gone or unreadable. */
  const readDisk = (path: string, onUnreadable?: (code: string) => void): Promise<string | undefined> =>
    readModuleText(path, roots).catch((error: unknown) => notRead(error, onUnreadable));

  /** The same, read synchronously: small files read fastest so, and the first scan reads thousands. */
  const readDiskNow = (path: string, onUnreadable?: (code: string) => void): string | undefined => {
    try {
      return readModuleTextSync(path);
    } catch (error) {
      return notRead(error, onUnreadable);
    }
  };

  const onDisk = (path: string): Promise<boolean> =>
    fs.stat(path).then(
      () => true,
      () => false,
    );

  /**
   * Reads every Markdown file of the workspace folders. A folder or file that cannot be read (its
   * permissions) is skipped, logged, and named to the user once a scan: the rest is still checked.
   */
  const scanRoots = async (): Promise<void> => {
    const unreadable: string[] = [];
    for (const root of roots) {
      const report = (path: string, code: string): void => {
        unreadable.push(path === root ? root : posix.relative(root, path));
        connection.console.error(`Cannot read ${path}: ${code}`);
      };
      const files = await markdownFiles(root, (folder) => report(folder.path.replace(/\\/g, '/'), folder.code));
      for (let i = 0; i < files.length; i++) {
        const path = files[i]!.replace(/\\/g, '/');
        const open = documents.get(pathToUri(path));
        // An open document counts with its text; one deleted before is on disk again.
        if (open && deletedOnDisk.delete(open.uri)) workspace.update(path, open.getText());
        if (open) continue;
        const text = readDiskNow(path, (code) => report(path, code));
        if (text !== undefined) workspace.update(path, text);
        // Small files read fastest synchronously; a pause now and then keeps requests answered.
        if (i % READ_BATCH === READ_BATCH - 1) await new Promise((resolve) => setImmediate(resolve));
      }
    }
    publishAll();
    if (unreadable.length > 0) {
      const paths = unreadable.map((path) => `\`${path}\``).join(', ');
      void connection.window.showWarningMessage(formatMessage({ key: 'workspace.unreadable', args: { paths } }, locale));
    }
  };

  const loadSettings = async (): Promise<void> => {
    if (!canPullConfiguration) return;
    const value = (await connection.workspace.getConfiguration('curriculumStudio')) as ServerSettings | null;
    settings = value ?? {};
    await loadExtraSchema();
  };

  /** Compiles the organisation's extra schema, in a trusted workspace only; says so when it cannot. */
  const loadExtraSchema = async (): Promise<void> => {
    const setting = settings.extraSchema?.trim() || undefined;
    if (setting === extraSchemaSource) return;
    extraSchemaSource = setting;
    if (!setting) {
      workspace.setExtraSchema(undefined);
      return;
    }
    if (!trusted) {
      void connection.window.showWarningMessage(formatMessage({ key: 'extra-schema.untrusted', args: { path: setting } }, locale));
      return;
    }
    const file = setting.startsWith('/') || roots.length === 0 ? setting : `${roots[0]}/${setting}`;
    try {
      workspace.setExtraSchema(JSON.parse(await fs.readFile(file, 'utf8')) as ExtraSchema);
    } catch (error) {
      const reason =
        error instanceof ExtraSchemaRefused ? formatMessage(error.reason, locale) : error instanceof Error ? error.message.split('\n')[0]! : String(error);
      void connection.window.showErrorMessage(formatMessage({ key: 'extra-schema.invalid', args: { path: setting, reason } }, locale));
    }
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    locale = localeOf(options.locale ?? params.locale);
    trusted = options.trusted === true;
    roots = (params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []))
      .filter((uri) => uri.startsWith('file:'))
      .map(uriToPath);
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
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
    await loadSettings().catch((error) => connection.console.error(`Settings: ${describe(error)}`));
    await scanRoots();
  });

  connection.onDidChangeConfiguration(async () => {
    await loadSettings().catch((error) => connection.console.error(`Settings: ${describe(error)}`));
    publishAll();
  });

  documents.onDidOpen(({ document }) => {
    deletedOnDisk.delete(document.uri);
    apply(uriToPath(document.uri), document.getText());
  });

  documents.onDidChangeContent(({ document }) => {
    if (deletedOnDisk.has(document.uri)) return;
    if (!workspace.has(uriToPath(document.uri))) return apply(uriToPath(document.uri), document.getText());
    clearTimeout(pending.get(document.uri));
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri);
        const current = documents.get(document.uri);
        if (current && !deletedOnDisk.has(current.uri)) apply(uriToPath(current.uri), current.getText());
      }, DEBOUNCE_MS),
    );
  });

  documents.onDidClose(async ({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    deletedOnDisk.delete(document.uri);
    const path = uriToPath(document.uri);
    // Closed without saving: the file on disk is what counts again, if it is in the workspace.
    const inWorkspace = URI.parse(document.uri).scheme === 'file' && roots.some((root) => path.startsWith(`${root}/`));
    const text = inWorkspace ? await readDisk(path) : undefined;
    // Opened again while the disk was read: the open text counts.
    if (documents.get(document.uri)) return;
    apply(path, text);
  });

  /** A file went from disk: forgotten, even when an editor still shows it (until it is saved again). */
  const deleted = (path: string, uri = pathToUri(path)): void => {
    if (documents.get(uri)) {
      deletedOnDisk.add(uri);
      clearTimeout(pending.get(uri));
      pending.delete(uri);
    }
    apply(path, undefined);
  };

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    for (const change of changes) {
      const path = uriToPath(change.uri);
      if (!/\.md$/i.test(path)) {
        // A deleted folder comes as one event for the folder: forget every module inside it.
        if (change.type === FileChangeType.Deleted) {
          for (const file of workspace.paths().filter((p) => p.startsWith(`${path}/`))) deleted(file);
        }
        continue;
      }
      if (change.type === FileChangeType.Deleted) {
        // An editor that saves by writing a new file over the old one is seen as deleted and created.
        if (!documents.get(change.uri) || !(await onDisk(path))) deleted(path, change.uri);
        continue;
      }
      const open = documents.get(change.uri);
      if (open) {
        // An open document counts with its text; one deleted before is back on disk (saved again).
        if (deletedOnDisk.delete(change.uri)) apply(path, open.getText());
        continue;
      }
      const text = await readDisk(path, (code) => {
        connection.console.error(`Cannot read ${path}: ${code}`);
        void connection.window.showWarningMessage(formatMessage({ key: 'workspace.unreadable', args: { paths: `\`${posix.basename(path)}\`` } }, locale));
      });
      if (documents.get(change.uri)) continue;
      apply(path, text);
    }
  });

  connection.onCompletion(
    guard('completion', [], ({ textDocument, position }) => {
      flush();
      const today = localToday();
      return completionsAt(workspace, uriToPath(textDocument.uri), position, today, locale).map(toCompletionItem);
    }),
  );

  connection.onHover(
    guard('hover', null, ({ textDocument, position }) => {
      flush();
      const hover = hoverAt(workspace, uriToPath(textDocument.uri), position, locale);
      return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: hover.range } : null;
    }),
  );

  const locations = (uri: string, position: { line: number; character: number }, declarationsOnly: boolean, includeDeclaration = true): Location[] => {
    flush();
    const found = idAt(workspace, uriToPath(uri), position);
    if (!found) return [];
    return found.occurrences
      .filter((o) => (declarationsOnly ? o.declaration : includeDeclaration || !o.declaration))
      .map((o) => ({ uri: pathToUri(o.file), range: o.range }));
  };

  connection.onDefinition(guard('definition', [], ({ textDocument, position }) => locations(textDocument.uri, position, true)));

  connection.onReferences(
    guard('references', [], ({ textDocument, position, context }) =>
      locations(textDocument.uri, position, false, context.includeDeclaration),
    ),
  );

  connection.onPrepareRename(
    guard('prepareRename', null, ({ textDocument, position }) => {
      flush();
      const found = idAt(workspace, uriToPath(textDocument.uri), position);
      if (!found) throw new ResponseError(LSPErrorCodes.RequestFailed, formatMessage({ key: 'rename.nothing' }, locale));
      return { range: found.target.textRange ?? found.target.range, placeholder: found.target.id };
    }),
  );

  connection.onRenameRequest(
    guard('rename', null, ({ textDocument, position, newName }) => {
      flush();
      const path = uriToPath(textDocument.uri);
      const found = idAt(workspace, path, position);
      if (!found) throw new ResponseError(LSPErrorCodes.RequestFailed, formatMessage({ key: 'rename.nothing' }, locale));
      if (!/^[a-z0-9][a-z0-9-]*$/.test(newName)) {
        throw new ResponseError(LSPErrorCodes.RequestFailed, formatMessage({ key: 'rename.invalid' }, locale));
      }
      const programme = workspace.programmeOf(path)!;
      const taken =
        found.target.kind === 'track'
          ? programme.programme.tracks.map((t) => t.id.value)
          : [...programme.seances, ...programme.assignments].flatMap((m) => (m.id ? [m.id.value] : []));
      if (newName !== found.target.id && taken.includes(newName)) {
        throw new ResponseError(LSPErrorCodes.RequestFailed, formatMessage({ key: 'rename.taken', args: { id: newName } }, locale));
      }
      return toWorkspaceEdit(renameEdits(found.occurrences, newName));
    }),
  );

  connection.onDocumentSymbol(
    guard('documentSymbol', [], ({ textDocument }) => {
      flush();
      const parsed = workspace.get(uriToPath(textDocument.uri));
      return parsed ? documentSymbols(parsed).map(toDocumentSymbol) : [];
    }),
  );

  connection.onCodeAction(
    guard('codeAction', [], ({ textDocument, context }) => {
      flush();
      const problems = workspace.problemsOf(uriToPath(textDocument.uri));
      const actions: CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        const problem = problems.find((p) => p.code === diagnostic.code && sameRange(p.range, diagnostic.range));
        problem?.fixes?.forEach((fix, i) =>
          actions.push({
            title: formatMessage(fix.title, locale),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: i === 0,
            edit: toWorkspaceEdit(fix.edits),
          }),
        );
      }
      return actions;
    }),
  );

  connection.onRequest(
    ScaffoldRequest.method,
    guard('scaffold', { tracks: [] } as ScaffoldResult, (params: ScaffoldParams): ScaffoldResult => {
      const path = uriToPath(params.uri);
      const programme = workspace.programmeOf(/\.md$/i.test(path) ? path : `${path}/x.md`);
      if (!programme) return { tracks: [] };
      const tracks = programme.programme.tracks.map((t) => ({ id: t.id.value, title: t.title ?? t.id.value }));
      const scaffold = scaffoldModule(programme, {
        type: params.type,
        title: params.title,
        track: params.track,
        today: localToday(),
        exists: (file) => workspace.has(file),
      });
      return { tracks, file: { uri: pathToUri(scaffold.file), text: scaffold.text } };
    }),
  );

  connection.onRequest(ProgrammeScaffoldRequest.method, (params: ProgrammeScaffoldParams): ProgrammeScaffoldResult =>
    scaffoldProgramme({ title: params.title, language: params.language, today: params.today }),
  );

  connection.onRequest(
    TimelineRequest.method,
    guard('timeline', { programmes: [] } as TimelineResult, (params: TimelineParams): TimelineResult => {
      const path = uriToPath(params.uri);
      const programmes = summaries();
      const programme =
        workspace.programmeOf(/\.md$/i.test(path) ? path : `${path}/x.md`) ?? workspace.programmeContexts()[0];
      if (!programme) return { programmes };
      const model = buildProgrammeModel(programme);
      const layout = layoutTimeline(model, {
        today: params.today,
        problems: (source) => itemProblems(`${programme.folder}/${source.file}`),
      });
      return { programmes, current: { folderUri: pathToUri(programme.folder), model, layout } };
    }),
  );

  /** The problems of a module's file, as the timeline marks them on the module's item. */
  const itemProblems = (path: string): ItemProblems | undefined => {
    const shown = workspace.problemsOf(path).flatMap((p) => settingsSeverity(p) ?? []);
    if (shown.length === 0) return undefined;
    const order = ['error', 'warning', 'information', 'hint'] as const;
    const severity = order.find((s) => shown.some((p) => p.severity === s))!;
    return { severity, messages: shown.map((p) => formatMessage(p.message, locale)) };
  };

  const summaries = (): ProgrammeSummary[] =>
    workspace.programmeContexts().map((p) => ({
      uri: pathToUri(p.programme.file),
      folderUri: pathToUri(p.folder),
      id: p.programme.id?.value,
      title: p.programme.title?.value,
    }));

  connection.onRequest(
    ExportRequest.method,
    guard('export', {} as ExportResult, (params: ExportParams): ExportResult => {
      flush();
      const path = uriToPath(params.uri);
      const programme = workspace.programmeOf(/\.md$/i.test(path) ? path : `${path}/x.md`);
      if (!programme) return {};
      const model = buildProgrammeModel(programme);
      // The same call as `curriculum export`, so that the editor and the CLI write the same file.
      const text =
        params.format === 'ics' ? programmeToIcs(model, { now: new Date() }) : programmeToHtml(model, layoutTimeline(model));
      return { text, fileName: `${model.id ?? 'programme'}.${params.format}` };
    }),
  );

  connection.onRequest(
    ProgrammesRequest.method,
    guard('programmes', [] as ProgrammeSummary[], summaries),
  );

  connection.onRequest(
    CheckAllRequest.method,
    guard('checkAll', { files: 0, errors: 0, warnings: 0, others: 0 } as CheckAllResult, async (): Promise<CheckAllResult> => {
      flush();
      await scanRoots();
      const problems = [...workspace.problems().values()].flat().flatMap((p) => settingsSeverity(p) ?? []);
      const errors = problems.filter((p) => p.severity === 'error').length;
      const warnings = problems.filter((p) => p.severity === 'warning').length;
      return { files: workspace.paths().length, errors, warnings, others: problems.length - errors - warnings };
    }),
  );

  documents.listen(connection);
  connection.listen();
}

function sameRange(a: Problem['range'], b: Problem['range']): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
