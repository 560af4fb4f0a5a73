import * as vscode from 'vscode';
import { agendaOfText, importProgramme, paragraphsOfText, safeImportPath, type SourceParagraph } from '../core';
import { docxParagraphs } from '../node/docx';

/**
 * Arguments of `curriculumStudio.importProgramme`: the file to import and the folder to write the
 * programme into. Every one given is not asked for, so that tests and other extensions can run the
 * command without the file dialogs.
 */
export interface ImportProgrammeArgs {
  file?: vscode.Uri;
  folder?: vscode.Uri;
}

/** Arguments of `curriculumStudio.pasteAsAgenda`: the text to paste instead of the clipboard's. */
export interface PasteAsAgendaArgs {
  text?: string;
}

/** Registers "Import Programme…" and "Paste as Agenda". */
export function registerImportCommands(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('curriculumStudio.importProgramme', (args?: ImportProgrammeArgs) => importProgrammeFile(args ?? {})),
    vscode.commands.registerCommand('curriculumStudio.pasteAsAgenda', (args?: PasteAsAgendaArgs) => pasteAsAgenda(args ?? {})),
  );
}

/**
 * Imports a programme text into a folder, writing only under it and never over a file (when one of
 * the files is there, nothing is written), then opens its programme.md and the timeline. Returns
 * the programme.md's uri, or undefined when cancelled or refused.
 */
async function importProgrammeFile(args: ImportProgrammeArgs): Promise<vscode.Uri | undefined> {
  const file =
    args.file ??
    (
      await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Import Programme'),
        openLabel: vscode.l10n.t('Import'),
        canSelectMany: false,
        filters: { [vscode.l10n.t('Programme texts')]: ['docx', 'txt', 'md'] },
      })
    )?.[0];
  if (!file) return undefined;
  const kind = /\.(docx|txt|md)$/i.exec(file.path)?.[1]?.toLowerCase();
  if (!kind) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Cannot import {0}: only .docx, .txt and .md files can be imported.', displayPath(file)),
    );
    return undefined;
  }
  const folder =
    args.folder ??
    (
      await vscode.window.showOpenDialog({
        title: vscode.l10n.t('Folder for the imported programme'),
        openLabel: vscode.l10n.t('Import Here'),
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
      })
    )?.[0];
  if (!folder) return undefined;
  let paragraphs: SourceParagraph[];
  try {
    const bytes = await vscode.workspace.fs.readFile(file);
    paragraphs = kind === 'docx' ? await docxParagraphs(bytes) : paragraphsOfText(new TextDecoder().decode(bytes), kind === 'md');
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', displayPath(file), String(error)));
    return undefined;
  }
  const result = importProgramme(paragraphs);
  const targets: { uri: vscode.Uri; content: string }[] = [];
  for (const imported of result.files) {
    if (!safeImportPath(imported.path)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was written: {0} would lie outside the folder.', imported.path));
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder, ...imported.path.split('/'));
    if (await exists(uri)) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t(
          'Nothing was written: {0} exists already, and the import never overwrites a file. Choose a new or empty folder.',
          displayPath(uri),
        ),
      );
      return undefined;
    }
    targets.push({ uri, content: imported.content });
  }
  for (const target of targets) await vscode.workspace.fs.writeFile(target.uri, new TextEncoder().encode(target.content));
  const programme = targets[0]!.uri;
  await vscode.window.showTextDocument(programme);
  await vscode.commands.executeCommand('curriculumStudio.showTimeline', programme);
  if (result.notes.length > 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t(
        'Imported {0} file(s). {1} thing(s) the text does not say are marked TODO and shown as problems.',
        targets.length,
        result.notes.length,
      ),
    );
  }
  return programme;
}

/**
 * Inserts the clipboard's text (or `args.text`) at the cursor of the open seance as agenda items:
 * `Kl 8.15: Velkommen` and the paragraph under it become `- 08:15 Velkommen` with its description.
 * One edit, so one undo takes it back. Returns whether it was inserted.
 */
async function pasteAsAgenda(args: PasteAsAgendaArgs): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a seance first: the agenda items are inserted at its cursor.'));
    return false;
  }
  const text = args.text ?? (await vscode.env.clipboard.readText());
  const agenda = agendaOfText(paragraphsOfText(text, false));
  if (agenda.trim() === '') return false;
  const at = editor.selection;
  // Items start on a line of their own.
  const before = at.start.character > 0 ? '\n' : '';
  return editor.edit((edit) => edit.replace(at, before + agenda));
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function displayPath(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}
