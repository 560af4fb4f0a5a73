import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { FromWebview, ShowMessage } from '../../src/webview-protocol';
import { next, ready, restore, sample } from './helpers';

/** The sample folder of a programme id: the id without its year. */
function folderOf(id: string): string {
  return id.replace(/-(\d{4}|\d)$/, '');
}

describe('The programme timeline', () => {
  const seance = sample('varde-lederseminar/seances/01-lederseminar.md');
  after(() => restore(seance));

  it('opens beside the editor, loads the page under its CSP and shows the programme of the active file', async () => {
    const api = await ready();
    await vscode.window.showTextDocument(seance);
    const loaded = next(api.timeline.onDidReceive, (m: FromWebview) => m.type === 'ready', 'the webview to say it is ready');
    const shown = next(
      api.timeline.onDidShow,
      (m: ShowMessage) => m.model.id === 'varde-lederseminar-2025',
      'the Varde programme to be shown',
    );
    await vscode.commands.executeCommand('curriculumStudio.showTimeline');
    await loaded;
    const message = await shown;
    assert.equal(message.model.title, 'Lederseminar 2025');
    assert.deepEqual(
      message.layout.lanes.map((lane) => [lane.id, lane.seances.map((s) => s.id), lane.assignments.map((a) => a.id)]),
      [['samskabelse', ['s01-lederseminar'], ['a01-borgerinterview', 'a02-eksempel-paa-samskabelse', 'a03-maal-i-praksis']]],
    );
    // The picker offers every programme of the workspace (the scaffolding tests may have added one).
    assert.ok(message.programmes.some((p) => p.uri === message.current && p.title === 'Lederseminar 2025'));
    assert.ok(message.programmes.some((p) => p.title === 'Fremtidens Lederuddannelse'));
    const tab = vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((t) => t.input instanceof vscode.TabInputWebview);
    assert.ok(tab, 'The timeline opens as a webview tab.');
  });

  it('shows each sample programme when it is picked', async () => {
    const api = await ready();
    // Varde last: the tests below work on the programme shown.
    const samples: [string, number][] = [
      ['fremtidens-lederuddannelse-2027', 6],
      ['faxe-leder-og-laeringsakademi-2026', 5],
      // One theme day, drawn in the lane of each of the four focus areas it serves.
      ['soroe-temadag-feedback-2026', 4],
      ['kommunens-ledarstig-3', 7],
      ['varde-lederseminar-2025', 1],
    ];
    for (const [id, seances] of samples) {
      const folder = sample(folderOf(id));
      const shown = next(api.timeline.onDidShow, (m: ShowMessage) => m.model.id === id, `${id} to be shown`);
      await api.timeline.receive({ type: 'pick', uri: vscode.Uri.joinPath(folder, 'programme.md').toString() });
      const message = await shown;
      assert.equal(
        message.layout.lanes.reduce((n, lane) => n + lane.seances.length, 0),
        seances,
        id,
      );
    }
  });

  it('reveals the line of an item the user clicks', async () => {
    const api = await ready();
    const range = { start: { line: 2, character: 4 }, end: { line: 2, character: 20 } };
    const opened = next(
      vscode.window.onDidChangeActiveTextEditor,
      (e) => e?.document.uri.path.endsWith('01-borgerinterview.md') === true,
      'the assignment to open',
    );
    await api.timeline.receive({ type: 'reveal', source: { file: 'assignments/01-borgerinterview.md', range } });
    const editor = (await opened)!;
    assert.deepEqual(
      [editor.selection.start.line, editor.selection.start.character, editor.selection.end.line, editor.selection.end.character],
      [2, 4, 2, 20],
    );
  });

  it('opens nothing when the page asks to reveal a file it was not sent', async () => {
    const api = await ready();
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
    const active = vscode.window.activeTextEditor?.document.uri.toString();
    // Enough `..` to reach the root from any folder: joined to the programme folder, this is /etc/passwd.
    for (const file of [`${'../'.repeat(40)}etc/passwd`, '/etc/passwd', '../fremtidens-lederuddannelse/programme.md']) {
      await api.timeline.receive({ type: 'reveal', source: { file, range } });
    }
    assert.deepEqual(
      vscode.workspace.textDocuments.map((d) => d.uri.path).filter((p) => p === '/etc/passwd'),
      [],
    );
    // A file of another programme would have been shown in the editor.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), active);
  });

  it('redraws when a module is edited, from the unsaved buffer', async () => {
    const api = await ready();
    const document = await vscode.workspace.openTextDocument(seance);
    const line = document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('date: '));
    const redrawn = next(
      api.timeline.onDidShow,
      (m: ShowMessage) => m.model.seances.some((s) => s.id === 's01-lederseminar' && s.date === '2025-10-23'),
      'the timeline to show the new date',
    );
    const edit = new vscode.WorkspaceEdit();
    edit.replace(seance, new vscode.Range(line, 0, line, document.lineAt(line).text.length), 'date: 2025-10-23');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const message = await redrawn;
    assert.equal(message.layout.lanes[0]!.seances[0]!.date, '2025-10-23');
    assert.equal(document.isDirty, true, 'The edit is not saved: the view is drawn from the buffer.');
  });

  it('exports the same HTML as `curriculum export html` and a calendar with one event per seance', async () => {
    await ready();
    await restore(seance);
    const folder = sample('fremtidens-lederuddannelse');
    const target = vscode.Uri.joinPath(folder, '..', 'fremtidens.html');
    const written = await vscode.commands.executeCommand<vscode.Uri>('curriculumStudio.exportHtml', { uri: folder, target });
    assert.equal(written?.toString(), target.toString());
    const fromEditor = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const repository = path.resolve(__dirname, '..', '..', '..');
    const fromCli = execFileSync(process.execPath, [path.join(repository, 'dist', 'cli.js'), 'export', 'html', folder.fsPath], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    assert.equal(fromEditor, fromCli);

    const calendar = vscode.Uri.joinPath(folder, '..', 'fremtidens.ics');
    await vscode.commands.executeCommand('curriculumStudio.exportCalendar', { uri: folder, target: calendar });
    const ics = new TextDecoder().decode(await vscode.workspace.fs.readFile(calendar));
    assert.equal(ics.match(/^BEGIN:VEVENT/gm)?.length, 6);
    assert.match(ics, /^UID:s01-opstart@fremtidens-lederuddannelse-2027\.curriculum-studio/m);
  });
});
