import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { localToday } from '../core';
import {
  CheckAllRequest,
  ProgrammeScaffoldRequest,
  ProgrammesRequest,
  ScaffoldRequest,
  type CheckAllResult,
  type ProgrammeLanguage,
  type ProgrammeScaffoldParams,
  type ScaffoldParams,
  type ScaffoldResult,
} from '../protocol';

export type { ProgrammeLanguage } from '../protocol';

/**
 * Arguments of `curriculumStudio.newProgramme`. Every one that is given is not asked for, so that
 * tests and other extensions can run the command without any UI.
 */
export interface NewProgrammeArgs {
  title?: string;
  language?: ProgrammeLanguage;
  /** The folder the programme's own folder is created in; defaults to the workspace folder. */
  folder?: vscode.Uri;
}

/** Arguments of `curriculumStudio.newSeance` and `curriculumStudio.newAssignment`. */
export interface NewModuleArgs {
  title?: string;
  /** A track id; `null` for a module of no single track; left out, the user picks one. */
  track?: string | null;
  /** A file or folder inside the programme; defaults to the active editor's file. */
  uri?: vscode.Uri;
}

/** Registers the commands of the extension; they talk to the language server through `client`. */
export function registerCommands(client: LanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('curriculumStudio.newProgramme', (args?: NewProgrammeArgs | vscode.Uri) =>
      newProgramme(client, args instanceof vscode.Uri ? { folder: args } : (args ?? {})),
    ),
    vscode.commands.registerCommand('curriculumStudio.newSeance', (args?: NewModuleArgs | vscode.Uri) =>
      newModule(client, 'seance', args instanceof vscode.Uri ? { uri: args } : (args ?? {})),
    ),
    vscode.commands.registerCommand('curriculumStudio.newAssignment', (args?: NewModuleArgs | vscode.Uri) =>
      newModule(client, 'assignment', args instanceof vscode.Uri ? { uri: args } : (args ?? {})),
    ),
    vscode.commands.registerCommand('curriculumStudio.checkAll', () => checkAll(client)),
  );
}

/** Creates `<folder>/<slug>/programme.md`; returns its uri, or undefined when cancelled or refused. */
async function newProgramme(client: LanguageClient, args: NewProgrammeArgs): Promise<vscode.Uri | undefined> {
  const folder = args.folder ?? (await pickWorkspaceFolder());
  if (!folder) return undefined;
  const title =
    args.title ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New Programme'),
      prompt: vscode.l10n.t('Title of the new programme'),
      placeHolder: vscode.l10n.t('For example: Fremtidens Lederuddannelse'),
      validateInput: validateTitle,
      ignoreFocusOut: true,
    }));
  if (!title?.trim()) return undefined;
  const language = args.language ?? (await pickLanguage());
  if (!language) return undefined;
  const scaffold = await client.sendRequest(ProgrammeScaffoldRequest, {
    title: title.trim(),
    language,
    today: localToday(),
  } satisfies ProgrammeScaffoldParams);
  const uri = vscode.Uri.joinPath(folder, scaffold.file);
  return (await createModule(uri, scaffold.text)) ? uri : undefined;
}

/** Creates a seance or an assignment in the programme of `args.uri` (or of the active editor). */
async function newModule(client: LanguageClient, type: 'seance' | 'assignment', args: NewModuleArgs): Promise<vscode.Uri | undefined> {
  // An id is one line: a line break in it would write a header key of its own.
  if (typeof args.track === 'string' && /[\r\n\u2028\u2029]/.test(args.track)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('A track id is one line, like samskabelse; this one has a line break.'));
    return undefined;
  }
  const base = args.uri ?? activeFile() ?? (await pickProgramme(client));
  if (!base) return undefined;
  const title =
    args.title ??
    (await vscode.window.showInputBox({
      title: type === 'seance' ? vscode.l10n.t('New Seance') : vscode.l10n.t('New Assignment'),
      prompt: type === 'seance' ? vscode.l10n.t('Title of the new seance') : vscode.l10n.t('Title of the new assignment'),
      validateInput: validateTitle,
      ignoreFocusOut: true,
    }));
  if (!title?.trim()) return undefined;
  const request = (track?: string): Promise<ScaffoldResult> =>
    client.sendRequest(ScaffoldRequest, { uri: base.toString(), type, title: title.trim(), track } satisfies ScaffoldParams);
  const first = await request();
  if (!first.file) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('{0} is not in a programme folder. Open a file of the programme (or its programme.md) first.', displayPath(base)),
    );
    return undefined;
  }
  let track = args.track;
  if (track === undefined) {
    if (first.tracks.length === 0) track = null;
    else {
      const picked = await pickTrack(type, first.tracks);
      if (!picked) return undefined;
      track = picked.id;
    }
  }
  const scaffold = track ? await request(track) : first;
  if (!scaffold.file) return undefined;
  const uri = vscode.Uri.parse(scaffold.file.uri);
  return (await createModule(uri, scaffold.file.text)) ? uri : undefined;
}

/** Checks the whole workspace again and tells the counts. */
async function checkAll(client: LanguageClient): Promise<CheckAllResult> {
  const result = await client.sendRequest(CheckAllRequest);
  const message =
    result.errors + result.warnings + result.others === 0
      ? vscode.l10n.t('Files checked: {0}. No problems found.', result.files)
      : vscode.l10n.t(
          'Files checked: {0}. Errors: {1}, warnings: {2}, other notes: {3}.',
          result.files,
          result.errors,
          result.warnings,
          result.others,
        );
  void vscode.window.showInformationMessage(message);
  return result;
}

/** Creates a new file with `text` through a workspace edit (so it can be undone), saves and shows it. */
async function createModule(uri: vscode.Uri, text: string): Promise<boolean> {
  if (await exists(uri)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists. Choose another title.', displayPath(uri)));
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.createFile(uri, { overwrite: false, ignoreIfExists: false });
  edit.insert(uri, new vscode.Position(0, 0), text);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', displayPath(uri)));
    return false;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  await document.save();
  await vscode.window.showTextDocument(document);
  return true;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function pickWorkspaceFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: the new programme gets a folder of its own inside it.'));
    return undefined;
  }
  if (folders.length === 1) return folders[0]!.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Where should the new programme go?') }))?.uri;
}

async function pickLanguage(): Promise<ProgrammeLanguage | undefined> {
  // Each language is named in itself, so that everyone finds their own.
  const items: (vscode.QuickPickItem & { language: ProgrammeLanguage })[] = [
    { label: 'Dansk', description: 'da', language: 'da' },
    { label: 'Svenska', description: 'sv', language: 'sv' },
    { label: 'English', description: 'en', language: 'en' },
  ];
  const own = items.find((item) => vscode.env.language.startsWith(item.language));
  if (own) items.unshift(...items.splice(items.indexOf(own), 1));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New Programme'),
    placeHolder: vscode.l10n.t('Language the programme is written in'),
    ignoreFocusOut: true,
  });
  return picked?.language;
}

async function pickTrack(type: 'seance' | 'assignment', tracks: ScaffoldResult['tracks']): Promise<{ id: string | null } | undefined> {
  const items: (vscode.QuickPickItem & { id: string | null })[] = [
    ...tracks.map((track) => ({ label: track.title, description: track.id, id: track.id })),
    { label: vscode.l10n.t('No track'), description: vscode.l10n.t('for all tracks, like an opening or a closing day'), id: null },
  ];
  return vscode.window.showQuickPick(items, {
    title: type === 'seance' ? vscode.l10n.t('New Seance') : vscode.l10n.t('New Assignment'),
    placeHolder: type === 'seance' ? vscode.l10n.t('Track of the new seance') : vscode.l10n.t('Track of the new assignment'),
    matchOnDescription: true,
    ignoreFocusOut: true,
  });
}

/** Without an open file, the programme is picked from the workspace's programmes. */
async function pickProgramme(client: LanguageClient): Promise<vscode.Uri | undefined> {
  const programmes = await client.sendRequest(ProgrammesRequest);
  if (programmes.length === 0) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('There is no programme in this workspace yet. Create one with “Curriculum Studio: New Programme”.'),
    );
    return undefined;
  }
  if (programmes.length === 1) return vscode.Uri.parse(programmes[0]!.uri);
  const picked = await vscode.window.showQuickPick(
    programmes.map((p) => ({ label: p.title ?? p.id ?? displayPath(vscode.Uri.parse(p.folderUri)), description: p.id, uri: p.uri })),
    { placeHolder: vscode.l10n.t('Which programme?'), ignoreFocusOut: true },
  );
  return picked && vscode.Uri.parse(picked.uri);
}

function activeFile(): vscode.Uri | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  // A file on disk, or one of a virtual workspace (github.dev); not an unsaved buffer or a diff's side.
  return uri && (uri.scheme === 'file' || vscode.workspace.getWorkspaceFolder(uri)) ? uri : undefined;
}

function validateTitle(value: string): string | undefined {
  return /[\p{L}\p{N}]/u.test(value) ? undefined : vscode.l10n.t('Write a title with at least one letter or digit.');
}

function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
