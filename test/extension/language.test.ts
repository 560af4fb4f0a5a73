import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CheckAllResult } from '../../src/protocol';
import { checkerDiagnostics, ready, restore, sample, serverCaughtUp, waitForNoDiagnostics, within, type Seen } from './helpers';

const PROGRAMME = 'fremtidens-lederuddannelse';

describe('Language features through VS Code', () => {
  before(ready);

  describe('completion', () => {
    it('offers the programme’s track ids for `track:`, replacing the whole value', async () => {
      const uri = sample(`${PROGRAMME}/seances/03-forandring.md`);
      const list = await within(
        vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(4, 17)),
        'completions at `track: forandring`',
      );
      const tracks = list.items
        .filter((item) => item.kind === vscode.CompletionItemKind.Reference)
        .map((item) => ({ label: item.label, detail: item.detail, range: rangeOf(item) }))
        .sort((a, b) => String(a.label).localeCompare(String(b.label)));
      assert.deepEqual(tracks, [
        { label: 'forandring', detail: 'Ledelse af forandring', range: [4, 7, 4, 17] },
        { label: 'laering', detail: 'Læringskultur', range: [4, 7, 4, 17] },
        { label: 'personligt-lederskab', detail: 'Personligt lederskab', range: [4, 7, 4, 17] },
        { label: 'samskabelse', detail: 'Samskabelse og tværgående samarbejde', range: [4, 7, 4, 17] },
      ]);
    });
  });

  describe('quick fix', () => {
    const uri = (): vscode.Uri => sample('mistakes/ledertraening/seances/01-kommunikation.md');
    after(() => restore(uri()));

    it('turns the Danish `8.15` into `08:15` and the problem goes away', async () => {
      const [problem] = checkerDiagnostics(uri());
      assert.deepEqual(problem, {
        code: 'invalid-time',
        range: [7, 15, 7, 19],
        severity: 'error',
        message: '`time.start` must be a time on the 24-hour clock written hours:minutes, like 08:15; `8.15` is not.',
      } satisfies Seen);

      // VS Code asks code action providers only about a document that is open.
      await vscode.workspace.openTextDocument(uri());
      const actions = await within(
        vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(), new vscode.Range(7, 15, 7, 19)),
        'code actions for `8.15`',
      );
      // The Markdown extension offers refactorings here too; the quick fixes are the checker's.
      const fixes = actions.filter((action) => action.kind?.value === vscode.CodeActionKind.QuickFix.value);
      assert.deepEqual(
        fixes.map((action) => ({ title: action.title, kind: action.kind?.value, preferred: action.isPreferred })),
        [{ title: 'Change to `08:15`', kind: 'quickfix', preferred: true }],
      );
      const edit = fixes[0]?.edit;
      assert.ok(edit, 'The quick fix carries no edit.');
      assert.ok(await vscode.workspace.applyEdit(edit), 'VS Code refused the quick fix’s edit.');

      const document = await vscode.workspace.openTextDocument(uri());
      assert.equal(document.lineAt(7).text, 'time: { start: 08:15, end: "15:30" }');
      await waitForNoDiagnostics(uri(), 'invalid-time to go after the quick fix');
    });
  });

  describe('rename', () => {
    const files = ['programme.md', 'seances/03-forandring.md', 'assignments/03-forandringsplan.md'];
    after(() => restore(...files.map((file) => sample(`${PROGRAMME}/${file}`))));

    // VS Code renames only in a document that is open.
    beforeEach(() => vscode.workspace.openTextDocument(sample(`${PROGRAMME}/programme.md`)));

    it('renames a track id in the programme and in every seance and assignment that names it', async () => {
      const before = await vscode.commands.executeCommand<CheckAllResult>('curriculumStudio.checkAll');
      const edit = await within(
        vscode.commands.executeCommand<vscode.WorkspaceEdit>(
          'vscode.executeDocumentRenameProvider',
          sample(`${PROGRAMME}/programme.md`),
          new vscode.Position(16, 12),
          'forandringsledelse',
        ),
        'a rename of the track `forandring`',
      );
      const changes = edit
        .entries()
        .map(([uri, edits]) => ({
          file: vscode.workspace.asRelativePath(uri, false),
          edits: edits.map((e) => ({ range: rangeOf({ range: e.range }), newText: e.newText })),
        }))
        .sort((a, b) => a.file.localeCompare(b.file));
      assert.deepEqual(changes, [
        { file: `${PROGRAMME}/assignments/03-forandringsplan.md`, edits: [{ range: [4, 7, 4, 17], newText: 'forandringsledelse' }] },
        { file: `${PROGRAMME}/programme.md`, edits: [{ range: [16, 8, 16, 18], newText: 'forandringsledelse' }] },
        { file: `${PROGRAMME}/seances/03-forandring.md`, edits: [{ range: [4, 7, 4, 17], newText: 'forandringsledelse' }] },
      ]);

      assert.ok(await vscode.workspace.applyEdit(edit), 'VS Code refused the rename.');
      const documents = await Promise.all(files.map((file) => vscode.workspace.openTextDocument(sample(`${PROGRAMME}/${file}`))));
      assert.deepEqual(
        documents.map((d) => d.getText().match(/^.*\bforandringsledelse\b.*$/gm)),
        [['  - id: forandringsledelse'], ['track: forandringsledelse'], ['track: forandringsledelse']],
      );
      for (const document of documents) await serverCaughtUp(document.uri);
      for (const document of documents)
        assert.deepEqual(checkerDiagnostics(document.uri), [], vscode.workspace.asRelativePath(document.uri));
      assert.deepEqual(await vscode.commands.executeCommand<CheckAllResult>('curriculumStudio.checkAll'), before);
    });

    it('refuses a new id that is not written the id way, in plain words', async () => {
      const refusal = await vscode.commands
        .executeCommand(
          'vscode.executeDocumentRenameProvider',
          sample(`${PROGRAMME}/programme.md`),
          new vscode.Position(16, 12),
          'Ledelse af forandring',
        )
        .then(
          () => undefined,
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        );
      // VS Code adds a line of its own ("No result.") under the server's reason.
      assert.equal(refusal?.split('\n')[0], 'An id may contain only lower-case letters, digits and hyphens, like `s03-feedback`.');
    });
  });
});

function rangeOf(item: { range?: vscode.Range | { inserting: vscode.Range; replacing: vscode.Range } }): number[] | undefined {
  const range = item.range && 'replacing' in item.range ? item.range.replacing : item.range;
  return range && [range.start.line, range.start.character, range.end.line, range.end.character];
}
