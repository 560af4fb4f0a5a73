import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { next, open, ready, restore, workspaceRoot } from './helpers';

/** A programme text in the style of the Varde seminar (invented names). */
const SEMINAR = [
  'Lederseminar Eksempel Kommune',
  'Torsdag d. 30. oktober 2025',
  'Kl 8.15: Velkommen',
  'Kommunaldirektøren byder velkommen.',
  'Kl 12: Frokost',
  'Fredag',
  'Kl 8.30: God morgen',
  'Kl 12: Slut',
  '',
].join('\n');

const read = async (uri: vscode.Uri): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

describe('Import Programme… and Paste as Agenda', () => {
  const made: vscode.Uri[] = [];
  before(ready);
  afterEach(async () => {
    await restore();
    for (const uri of made.splice(0)) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
  });

  it('Import Programme… writes the folder, opens programme.md and the timeline; a second import into it writes nothing', async function () {
    // The first Markdown editor of a run may wait for VS Code's own Markdown features to start.
    this.timeout(120_000);
    const source = vscode.Uri.joinPath(workspaceRoot(), 'import-source.txt');
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'imported-seminar');
    made.push(source, folder);
    await vscode.workspace.fs.writeFile(source, new TextEncoder().encode(SEMINAR));
    // The dialogs are skipped through the command's documented argument.
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('curriculumStudio.importProgramme', { file: source, folder });
    assert.equal(uri?.toString(), vscode.Uri.joinPath(folder, 'programme.md').toString());
    // The command awaited the timeline's opening; its tab may reach this side a moment later.
    const timelineShown = (): boolean =>
      vscode.window.tabGroups.all.flatMap((group) => group.tabs).some((tab) => tab.input instanceof vscode.TabInputWebview);
    if (!timelineShown()) await next(vscode.window.tabGroups.onDidChangeTabs, timelineShown, 'the timeline to open');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(
      await read(uri),
      '---\ntype: programme\nid: lederseminar-eksempel-kommune\ntitle: Lederseminar Eksempel Kommune\nlanguage: da\nperiod: { start: 2025-10-30, end: 2025-10-31 }\n---\n',
    );
    assert.equal(
      await read(vscode.Uri.joinPath(folder, 'seances', '02-fredag.md')),
      '---\ntype: seance\nid: s02-fredag\ntitle: Fredag\ndate: 2025-10-31\ntime: { start: "08:30", end: "12:00" }\n---\n## Program\n\n### Fredag\n\n- 08:30 God morgen\n- 12:00 Slut\n',
    );
    assert.deepEqual((await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder, 'seances'))).map(([name]) => name).sort(), [
      '01-torsdag-d-30-oktober-2025.md',
      '02-fredag.md',
    ]);

    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'programme.md'), new TextEncoder().encode('mine'));
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder, 'seances'), { recursive: true, useTrash: false });
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('curriculumStudio.importProgramme', {
      file: source,
      folder,
    });
    assert.equal(again, undefined);
    assert.equal(await read(vscode.Uri.joinPath(folder, 'programme.md')), 'mine');
    assert.deepEqual(
      (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name),
      ['programme.md'],
    );
  });

  it('Paste as Agenda inserts the items at the cursor in one edit, which one undo takes back', async () => {
    const seance = vscode.Uri.joinPath(workspaceRoot(), 'paste-seance.md');
    made.push(seance);
    const original = '---\ntype: seance\nid: s-paste\ntitle: Paste\ndate: 2025-10-30\n---\n## Program\n\n';
    await vscode.workspace.fs.writeFile(seance, new TextEncoder().encode(original));
    const editor = await open(seance);
    editor.selection = new vscode.Selection(8, 0, 8, 0);

    const done = await vscode.commands.executeCommand<boolean>('curriculumStudio.pasteAsAgenda', {
      text: 'Kl 8: Kaffe Kl 8.15: Velkommen\nProcesleder A byder velkommen.\n',
    });
    assert.equal(done, true);
    assert.equal(editor.document.getText(), original + '- 08:00 Kaffe\n- 08:15 Velkommen\n  Procesleder A byder velkommen.\n');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });
});
