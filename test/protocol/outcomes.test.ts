import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CompletionItem, Hover, Location, WorkspaceEdit } from 'vscode-languageserver';
import { CompletionItemKind } from 'vscode-languageserver';
import { range, TestClient } from './client';

/** The programme of the outcome-not-practised rule tests: two outcomes, one of them never practised. */
const FIXTURE = path.resolve(__dirname, '../unit/rules/fixtures/outcome-not-practised/fail');

const seance = 'seances/02-feedback.md';

describe('protocol: learning outcome ids', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ fixture: FIXTURE });
  });
  after(async () => {
    await client.stop();
  });

  const at = (file: string, line: number, character: number) => ({
    textDocument: { uri: client.uri(file) },
    position: { line, character },
  });

  it('completes the outcomes of the programme and its tracks in an `outcomes` list', async () => {
    const items = await client.request<CompletionItem[]>('textDocument/completion', at(seance, 5, 13));
    assert.deepStrictEqual(
      items.map((item) => [item.label, item.kind, item.detail, item.textEdit]),
      [
        ['giv-feedback', CompletionItemKind.Reference, 'Give feedback på tværs', { range: range(5, 11, 5, 23), newText: 'giv-feedback' }],
        [
          'lede-samskabelse',
          CompletionItemKind.Reference,
          'Lede samskabelse med borgere',
          { range: range(5, 11, 5, 23), newText: 'lede-samskabelse' },
        ],
      ],
    );
  });

  it('hover on an outcome id shows its text, level and where it is taught and practised', async () => {
    assert.deepStrictEqual(await client.request<Hover>('textDocument/hover', at(seance, 5, 14)), {
      contents: {
        kind: 'markdown',
        value:
          '**Give feedback på tværs** `giv-feedback`  \nBloom level: apply · Action verb: give feedback  \nTaught at: 2027-03-11 Opstart; 2027-04-08 Feedback  \nPractised in: Giv feedback på tværs (`a01-feedback`)',
      },
      range: range(5, 11, 5, 23),
    });
  });

  it('goes from a use of an outcome to its declaration in the programme', async () => {
    assert.deepStrictEqual(await client.request<Location[]>('textDocument/definition', at(seance, 5, 14)), [
      { uri: client.uri('programme.md'), range: range(12, 10, 12, 22) },
    ]);
  });

  it('finds every use of an outcome, with or without its declaration', async () => {
    const references = (includeDeclaration: boolean) =>
      client.request<Location[]>('textDocument/references', { ...at('programme.md', 12, 12), context: { includeDeclaration } });
    const uses = [
      { uri: client.uri('seances/01-opstart.md'), range: range(5, 11, 5, 23) },
      { uri: client.uri(seance), range: range(5, 11, 5, 23) },
      { uri: client.uri('assignments/a01-feedback.md'), range: range(4, 11, 4, 23) },
    ];
    assert.deepStrictEqual(await references(false), uses);
    assert.deepStrictEqual(await references(true), [{ uri: client.uri('programme.md'), range: range(12, 10, 12, 22) }, ...uses]);
  });

  it('renames an outcome in the programme and in every seance and assignment that names it', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(seance, 5, 14), newName: 'feedback' });
    assert.deepStrictEqual(edit, {
      changes: {
        [client.uri('programme.md')]: [{ range: range(12, 10, 12, 22), newText: 'feedback' }],
        [client.uri('seances/01-opstart.md')]: [{ range: range(5, 11, 5, 23), newText: 'feedback' }],
        [client.uri(seance)]: [{ range: range(5, 11, 5, 23), newText: 'feedback' }],
        [client.uri('assignments/a01-feedback.md')]: [{ range: range(4, 11, 4, 23), newText: 'feedback' }],
      },
    });
  });

  it('refuses to rename an outcome to the id of another outcome', async () => {
    await assert.rejects(client.request('textDocument/rename', { ...at(seance, 5, 14), newName: 'lede-samskabelse' }), (error: Error) =>
      error.message.includes('lede-samskabelse'),
    );
  });
});
