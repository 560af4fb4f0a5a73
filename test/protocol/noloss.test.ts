import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { FIX_CASES, RENAME_CASES } from '../unit/edits/cases';
import { mixedVariant, replaceOnce, RICH, richFiles } from '../unit/edits/rich';
import { applyEditsToFile } from '../unit/rules/edits';
import { range, TestClient } from './client';

/**
 * The edits of the built server, applied as a client applies them, to the rich programme with
 * each file written its own way on disk (LF, CRLF, lone CR, a BOM, a BOM and CRLF).
 */
describe('protocol: no data loss in the edits the server returns', () => {
  const lf = richFiles();
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ fixture: RICH });
    for (const [relative, text] of lf) {
      client.write(relative, mixedVariant(relative).write(text));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(relative), type: 2 }] });
    }
    await client.settled();
  });
  after(async () => {
    await client.stop();
  });

  /** A file's bytes on disk, in its variant. */
  const bytes = (relative: string): string => client.read(relative);
  /** A file as an editor shows it and sends it to the server: without its byte order mark. */
  const shown = (relative: string): string => bytes(relative).replace(/^\uFEFF/, '');
  const opened = new Set<string>();
  const open = async (relative: string): Promise<string> => {
    if (!opened.has(relative)) await client.open(relative, shown(relative));
    opened.add(relative);
    return client.uri(relative);
  };

  describe('quick fixes (textDocument/codeAction)', () => {
    for (const c of FIX_CASES) {
      it(`${c.name} (${mixedVariant(c.file).name})`, async () => {
        const uri = await open(c.file);
        const at = (d: Diagnostic): boolean => d.code === c.code && d.range.start.line === c.line;
        const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some(at), `${c.code} on line ${c.line}`);
        const target = diagnostics.find(at)!;
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: target.range,
          context: { diagnostics: [target], only: ['quickfix'] },
        });
        assert.deepEqual(
          actions.map((a) => [a.title, a.kind, Object.keys(a.edit?.changes ?? {})]),
          [[c.title, 'quickfix', [uri]]],
        );
        const before = bytes(c.file);
        const fixed = applyEditsToFile(before, actions[0]!.edit!.changes![uri]!);
        assert.equal(fixed, mixedVariant(c.file).write(replaceOnce(lf.get(c.file)!, c.from, c.to)));

        // Typed into the document, the fix mends its problem; undone, the problem is back.
        await client.change(c.file, { text: fixed.replace(/^\uFEFF/, '') });
        await client.waitForDiagnostics(uri, (d) => !d.some(at), `${c.code} on line ${c.line} to go`);
        await client.change(c.file, { text: shown(c.file) });
        await client.waitForDiagnostics(uri, (d) => d.some(at), `${c.code} on line ${c.line} to come back`);
      });
    }
  });

  describe('rename (textDocument/rename)', () => {
    it('prepareRename gives the range inside the quotes of a quoted id', async () => {
      const uri = await open('assignments/02-seminar.md');
      assert.deepEqual(await client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 6, character: 9 } }), {
        range: range(6, 6, 6, 17),
        placeholder: 's03-seminar',
      });
    });

    for (const c of RENAME_CASES) {
      it(c.name, async () => {
        const uri = await open(c.at.file);
        const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
          textDocument: { uri },
          position: { line: c.at.line, character: c.at.character },
          newName: c.newName,
        });
        const changes = new Map<string, TextEdit[]>(
          Object.entries(edit.changes ?? {}).map(([u, edits]) => [
            path.relative(client.root, URI.parse(u).fsPath).split(path.sep).join('/'),
            edits,
          ]),
        );
        assert.deepEqual([...changes.keys()].sort(), Object.keys(c.changes).sort(), 'the files the rename edits');
        for (const [relative, text] of lf) {
          const expected = (c.changes[relative] ?? []).reduce((t, [from, to]) => replaceOnce(t, from, to), text);
          assert.equal(applyEditsToFile(bytes(relative), changes.get(relative) ?? []), mixedVariant(relative).write(expected), relative);
        }
      });
    }

    it('a rename written to disk leaves the programme with the same problems', async () => {
      const before = await client.request('curriculum/checkAll', {});
      const c = RENAME_CASES[0]!;
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
        textDocument: { uri: await open(c.at.file) },
        position: { line: c.at.line, character: c.at.character },
        newName: c.newName,
      });
      for (const [u, edits] of Object.entries(edit.changes ?? {})) {
        const relative = path.relative(client.root, URI.parse(u).fsPath).split(path.sep).join('/');
        const renamed = applyEditsToFile(bytes(relative), edits);
        client.write(relative, renamed);
        if (opened.has(relative)) await client.change(relative, { text: renamed.replace(/^\uFEFF/, '') });
        else await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: u, type: 2 }] });
      }
      assert.deepEqual(await client.request('curriculum/checkAll', {}), before);
    });
  });
});
