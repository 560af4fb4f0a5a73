import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CheckAllResult } from '../../src/protocol';
import { RENAME_CASES } from '../unit/edits/cases';
import { checkerDiagnostics, ready, serverCaughtUp, waitForDiagnostics, within, workspaceRoot } from './helpers';

/** The rich programme of the no-data-loss unit tests, read from the repository (this file runs bundled in out/). */
const RICH = path.resolve(__dirname, '../../../test/unit/edits/fixtures/rich');
const FOLDER = 'noloss-rich';

/** How each file is written into the workspace: VS Code keeps CRLF and a BOM, and so must every edit. */
const WRITTEN: Record<string, (lf: string) => string> = {
  'seances/01-opstart.md': (lf) => `\uFEFF${lf.replace(/\n/g, '\r\n')}`,
  'programme.md': (lf) => lf.replace(/\n/g, '\r\n'),
  'seances/05-indrykket.md': (lf) => `\uFEFF${lf}`,
  'assignments/02-seminar.md': (lf) => `\uFEFF${lf.replace(/\n/g, '\r\n')}`,
};
const written = (relative: string, lf: string): string => (WRITTEN[relative] ?? ((t: string) => t))(lf);

function richFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(path.relative(RICH, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(RICH);
  return files;
}

/** `text` with `from`, found exactly once, replaced by `to`. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at !== -1 && text.indexOf(from, at + 1) === -1, `expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

describe('No data loss in the edits VS Code applies', () => {
  const lf = richFiles();
  const uri = (relative: string): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), FOLDER, ...relative.split('/'));
  const disk = async (relative: string): Promise<string> =>
    new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri(relative)));

  before(async () => {
    await ready();
    for (const [relative, text] of lf)
      await vscode.workspace.fs.writeFile(uri(relative), new TextEncoder().encode(written(relative, text)));
    // Checking all reads every file from disk: the server then knows the new programme whole.
    await vscode.commands.executeCommand<CheckAllResult>('curriculumStudio.checkAll');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // File by file, so that the watcher of `**/*.md` tells the server of each one.
    for (const relative of [...lf.keys(), 'seances/07-feedback.md', 'seances/08-feedback.md']) {
      await vscode.workspace.fs.delete(uri(relative), { useTrash: false }).then(undefined, () => undefined);
    }
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), FOLDER), { recursive: true, useTrash: false });
  });

  /** The checker's quick fixes for the range of its diagnostic `code` on `line`. */
  async function quickFixes(file: vscode.Uri, code: string, line: number): Promise<vscode.CodeAction[]> {
    const [target] = await waitForDiagnostics(
      file,
      (d) => d.some((x) => x.code === code && x.range[0] === line),
      `${code} on line ${line}`,
    ).then((d) => d.filter((x) => x.code === code && x.range[0] === line));
    const [l1, c1, l2, c2] = target!.range;
    const actions = await within(
      vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', file, new vscode.Range(l1, c1, l2, c2)),
      `code actions for ${code}`,
    );
    // The Markdown extension offers refactorings here too; the quick fixes are the checker's.
    return actions.filter((action) => action.kind?.value === vscode.CodeActionKind.QuickFix.value);
  }

  it('two quick fixes in a file with a BOM and CRLF change only their own bytes, and the saved file keeps both', async () => {
    const relative = 'seances/01-opstart.md';
    const document = await vscode.workspace.openTextDocument(uri(relative));
    await vscode.window.showTextDocument(document);

    const quoted = await quickFixes(document.uri, 'invalid-value', 8);
    assert.deepEqual(
      quoted.map((action) => action.title),
      ['Change to `onsite`'],
    );
    assert.ok(await vscode.workspace.applyEdit(quoted[0]!.edit!), 'VS Code refused the quick fix’s edit.');
    const once = replaceOnce(lf.get(relative)!, 'mode: "onsit" #', 'mode: "onsite" #');
    // VS Code shows the text without its BOM, with the file's own line breaks.
    assert.equal(document.getText(), once.replace(/\n/g, '\r\n'));

    const sort = await quickFixes(document.uri, 'agenda-not-ascending', 17);
    // The Nordic time 9.15 on the same range has a fix of its own: all the section's times as 08:15.
    assert.deepEqual(
      sort.map((action) => action.title),
      ['Put the agenda in time order', 'Write the times as 08:15'],
    );
    assert.ok(await vscode.workspace.applyEdit(sort[0]!.edit!), 'VS Code refused the quick fix’s edit.');
    const twice = replaceOnce(
      once,
      '- 10:00 Oplæg: feedback (oplæg)\n  En linje mere under punktet, med track: samskabelsee.\n- 9.15 Kaffe (pause)\n- 09:30 Velkommen (plenum) <!-- en kommentar -->\n',
      '- 9.15 Kaffe (pause)\n- 09:30 Velkommen (plenum) <!-- en kommentar -->\n- 10:00 Oplæg: feedback (oplæg)\n  En linje mere under punktet, med track: samskabelsee.\n',
    );
    assert.equal(document.getText(), twice.replace(/\n/g, '\r\n'));

    assert.ok(await document.save(), 'Could not save the fixed seance.');
    assert.equal(await disk(relative), written(relative, twice));
    await waitForDiagnostics(
      document.uri,
      (d) => !d.some((x) => x.code === 'invalid-value' || x.code === 'agenda-not-ascending'),
      'the two fixed problems to go',
    );
  });

  it('a rename across five files, in every quoting, changes each file only at the id; saved, BOMs and CRLF stay', async () => {
    const c = RENAME_CASES[0]!;
    const at = await vscode.workspace.openTextDocument(uri(c.at.file));
    await vscode.window.showTextDocument(at);
    const edit = await within(
      vscode.commands.executeCommand<vscode.WorkspaceEdit>(
        'vscode.executeDocumentRenameProvider',
        at.uri,
        new vscode.Position(c.at.line, c.at.character),
        c.newName,
      ),
      `a rename to ${c.newName}`,
    );
    assert.deepEqual(
      edit
        .entries()
        .map(([u]) => vscode.workspace.asRelativePath(u, false))
        .sort(),
      Object.keys(c.changes)
        .map((relative) => `${FOLDER}/${relative}`)
        .sort(),
    );
    const codes = (): string[][] => Object.keys(c.changes).map((relative) => checkerDiagnostics(uri(relative)).map((d) => d.code));
    const codesBefore = codes();
    assert.ok(await vscode.workspace.applyEdit(edit), 'VS Code refused the rename.');
    for (const relative of Object.keys(c.changes)) {
      const expected = c.changes[relative]!.reduce((t, [from, to]) => replaceOnce(t, from, to), lf.get(relative)!);
      const document = await vscode.workspace.openTextDocument(uri(relative));
      assert.equal(document.getText(), written(relative, expected).replace(/^\uFEFF/, ''), relative);
      assert.ok(await document.save(), `Could not save ${relative}.`);
      assert.equal(await disk(relative), written(relative, expected), relative);
    }
    // Every file is checked as before: the references follow the new id.
    for (const relative of Object.keys(c.changes)) await serverCaughtUp(uri(relative));
    assert.deepEqual(codes(), codesBefore);
  });

  it('New Seance never writes over a file that is there: a notes file in its way is left as it is', async () => {
    const notes = 'seances/07-feedback.md';
    const text = 'Noter til feedbackdagen: ikke et modul.\r\n';
    await vscode.workspace.fs.writeFile(uri(notes), new TextEncoder().encode(text));
    await vscode.commands.executeCommand<CheckAllResult>('curriculumStudio.checkAll');
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('curriculumStudio.newSeance', {
      title: 'Feedback',
      track: 'laering',
      uri: uri('programme.md'),
    });
    assert.equal(created && vscode.workspace.asRelativePath(created, false), `${FOLDER}/seances/08-feedback.md`);
    assert.equal(await disk(notes), text);
    assert.equal(
      await disk('seances/08-feedback.md'),
      '---\ntype: seance\nid: s08-feedback\ntitle: Feedback\ntrack: laering\ndate: 2027-06-11\n' +
        'time: { start: "09:00", end: "15:00" }\nfacilitators: []\n---\n## Formål\n\n## Agenda\n- 09:00 Velkommen (plenum)\n',
    );
  });
});
