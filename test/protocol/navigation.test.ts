import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ResponseError } from 'vscode-jsonrpc/node';
import type { DocumentSymbol, Hover, Location, WorkspaceEdit } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { applyEdits, range, repoRoot, TestClient } from './client';

const seanceSchema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'seance.schema.json'), 'utf8')) as {
  properties: Record<string, { title: string; description: string; examples: unknown[] }>;
};

const seance = 'seances/01-opstart.md';
const assignment = 'assignments/01-feedback.md';

describe('protocol: hover, definition, references and symbols', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ fixture: 'clean' });
  });
  after(async () => {
    await client.stop();
  });

  const at = (file: string, line: number, character: number) => ({
    textDocument: { uri: client.uri(file) },
    position: { line, character },
  });

  it('hover on a header key shows the schema title, description and example', async () => {
    const { title, description } = seanceSchema.properties['date']!;
    assert.deepStrictEqual(await client.request<Hover>('textDocument/hover', at(seance, 5, 1)), {
      contents: { kind: 'markdown', value: `**${title}** \`date\`\n\n${description}\n\nExample: \`2027-03-11\`` },
      range: range(5, 0, 5, 4),
    });
  });

  it('hover on a seance id in an assignment summarises the seance: title, date, time, track, facilitators', async () => {
    assert.deepStrictEqual(await client.request<Hover>('textDocument/hover', at(assignment, 5, 10)), {
      contents: {
        kind: 'markdown',
        value:
          '**Opstart** `s01-opstart`  \nDate: 2027-03-11  \nTime: 09:00–15:00  \nTrack: Samskabelse på tværs (samskabelse)  \nFacilitators: Procesleder',
      },
      range: range(5, 7, 5, 18),
    });
  });

  it('hover on a track id in a seance summarises the track and its seances', async () => {
    assert.deepStrictEqual(await client.request<Hover>('textDocument/hover', at(seance, 4, 9)), {
      contents: { kind: 'markdown', value: '**Samskabelse på tværs** `samskabelse`  \nSeances: 2027-03-11 Opstart' },
      range: range(4, 7, 4, 18),
    });
  });

  it('hover in the body is null', async () => {
    assert.equal(await client.request('textDocument/hover', at(seance, 10, 5)), null);
  });

  it("definition of a track id in a seance is the track's entry in programme.md", async () => {
    assert.deepStrictEqual(await client.request<Location[]>('textDocument/definition', at(seance, 4, 9)), [
      { uri: client.uri('programme.md'), range: range(8, 10, 8, 21) },
    ]);
  });

  it("definition of a seance id in an assignment is the seance's id", async () => {
    assert.deepStrictEqual(await client.request<Location[]>('textDocument/definition', at(assignment, 6, 8)), [
      { uri: client.uri('seances/02-forandring.md'), range: range(2, 4, 2, 18) },
    ]);
  });

  it('references of a seance id, with the declaration', async () => {
    const params = { ...at(seance, 2, 6), context: { includeDeclaration: true } };
    assert.deepStrictEqual(await client.request<Location[]>('textDocument/references', params), [
      { uri: client.uri(seance), range: range(2, 4, 2, 15) },
      { uri: client.uri(assignment), range: range(5, 7, 5, 18) },
    ]);
  });

  it('references of a seance id, without the declaration', async () => {
    const params = { ...at(seance, 2, 6), context: { includeDeclaration: false } };
    assert.deepStrictEqual(await client.request<Location[]>('textDocument/references', params), [
      { uri: client.uri(assignment), range: range(5, 7, 5, 18) },
    ]);
  });

  it('references of a track id from programme.md: the declaration, the seance and the assignment', async () => {
    const params = { ...at('programme.md', 8, 12), context: { includeDeclaration: true } };
    assert.deepStrictEqual(await client.request<Location[]>('textDocument/references', params), [
      { uri: client.uri('programme.md'), range: range(8, 10, 8, 21) },
      { uri: client.uri(seance), range: range(4, 7, 4, 18) },
      { uri: client.uri(assignment), range: range(4, 7, 4, 18) },
    ]);
  });

  it('documentSymbol of a seance: the seance, with its agenda items as children', async () => {
    const item = (line: number, name: string, detail: string, end: number): DocumentSymbol => ({
      name,
      detail,
      kind: 8,
      range: range(line, 0, line, end),
      selectionRange: range(line, 0, line, end),
      children: [],
    });
    assert.deepStrictEqual(
      await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(seance) } }),
      [
        {
          name: 'Opstart',
          detail: '2027-03-11 09:00–15:00',
          kind: 24,
          range: range(0, 0, 13, 0),
          selectionRange: range(3, 7, 3, 14),
          children: [
            item(10, '09:00 Velkommen', 'plenum', 26),
            item(11, '10:00 Samskabelse i praksis', 'groups', 39),
            item(12, '12:00 Frokost', 'meal', 25),
          ],
        },
      ],
    );
  });

  it('documentSymbol of programme.md: the programme, with its tracks as children', async () => {
    assert.deepStrictEqual(
      await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('programme.md') } }),
      [
        {
          name: 'Lederforløb 2027',
          detail: '2027-01-11 – 2027-06-25',
          kind: 4,
          range: range(0, 0, 12, 0),
          selectionRange: range(3, 7, 3, 23),
          children: [
            {
              name: 'Samskabelse på tværs',
              detail: 'samskabelse',
              kind: 22,
              range: range(8, 4, 8, 52),
              selectionRange: range(8, 10, 8, 21),
              children: [],
            },
            {
              name: 'Ledelse af forandring',
              detail: 'forandring',
              kind: 22,
              range: range(9, 4, 9, 52),
              selectionRange: range(9, 10, 9, 20),
              children: [],
            },
          ],
        },
      ],
    );
  });

  it('documentSymbol of an assignment: given → due as detail', async () => {
    assert.deepStrictEqual(
      await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(assignment) } }),
      [
        {
          name: 'Giv feedback på tværs',
          detail: 's01-opstart → s02-forandring',
          kind: 19,
          range: range(0, 0, 11, 0),
          selectionRange: range(3, 7, 3, 28),
          children: [],
        },
      ],
    );
  });
});

describe('protocol: rename of a track id', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start({ fixture: 'clean' });
  });
  afterEach(async () => {
    await client.stop();
  });

  const onTrack = () => ({ textDocument: { uri: client.uri(seance) }, position: { line: 4, character: 9 } });

  /** The ResponseError a request fails with. */
  async function failure(method: string, params: unknown): Promise<ResponseError<unknown>> {
    try {
      await client.request(method, params);
    } catch (error) {
      if (error instanceof ResponseError) return error;
      throw error;
    }
    assert.fail(`${method} succeeded, but should have failed`);
  }

  it('prepareRename gives the range of the id and the id as placeholder', async () => {
    assert.deepStrictEqual(await client.request('textDocument/prepareRename', onTrack()), {
      range: range(4, 7, 4, 18),
      placeholder: 'samskabelse',
    });
  });

  it('prepareRename on something that is no id fails with a message in words', async () => {
    const error = await failure('textDocument/prepareRename', {
      textDocument: { uri: client.uri(seance) },
      position: { line: 3, character: 2 },
    });
    assert.equal(error.message, 'Only the id of a track, seance or assignment can be renamed here.');
  });

  it('rename edits programme.md and every seance and assignment that uses the track, and nothing else', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...onTrack(), newName: 'samarbejde' });
    assert.deepStrictEqual(edit, {
      changes: {
        [client.uri('programme.md')]: [{ range: range(8, 10, 8, 21), newText: 'samarbejde' }],
        [client.uri(seance)]: [{ range: range(4, 7, 4, 18), newText: 'samarbejde' }],
        [client.uri(assignment)]: [{ range: range(4, 7, 4, 18), newText: 'samarbejde' }],
      },
    });
    // Applied on disk, the programme is as clean as before: every reference follows the new id.
    for (const [uri, edits] of Object.entries(edit.changes)) {
      const file = path.relative(client.root, URI.parse(uri).fsPath);
      client.write(file, applyEdits(client.read(file), edits));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    }
    assert.equal(client.read('programme.md').split('\n')[8], '  - { id: samarbejde, title: Samskabelse på tværs }');
    assert.deepStrictEqual(await client.request('curriculum/checkAll', {}), { files: 5, errors: 0, warnings: 0, others: 0 });
  });

  it('rename keeps the quotes of a quoted id', async () => {
    const text = client.read(seance).replace('track: samskabelse', 'track: "samskabelse"');
    await client.open(seance, text);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...onTrack(), newName: 'samarbejde' });
    assert.deepStrictEqual(edit.changes![client.uri(seance)], [{ range: range(4, 8, 4, 19), newText: 'samarbejde' }]);
  });

  it('rename to an id that is not written as an id fails with the English message', async () => {
    const error = await failure('textDocument/rename', { ...onTrack(), newName: 'Sam Arbejde' });
    assert.equal(error.message, 'An id may contain only lower-case letters, digits and hyphens, like `s03-feedback`.');
  });

  it('rename to an id the programme already uses fails, naming the id', async () => {
    const error = await failure('textDocument/rename', { ...onTrack(), newName: 'forandring' });
    assert.equal(error.message, 'The id `forandring` is already used in this programme.');
  });

  it('a refused rename answers with the LSP error code RequestFailed (-32803)', async () => {
    const error = await failure('textDocument/rename', { ...onTrack(), newName: 'forandring' });
    assert.equal(error.code, -32803);
  });
});

describe('protocol: rename of a seance id', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ fixture: 'clean' });
  });
  after(async () => {
    await client.stop();
  });

  it('renames the id of a seance and the `due` that refers to it, from the reference in the assignment', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: client.uri(assignment) },
      position: { line: 6, character: 10 },
      newName: 's02-forandring-der-holder',
    });
    assert.deepStrictEqual(edit, {
      changes: {
        [client.uri('seances/02-forandring.md')]: [{ range: range(2, 4, 2, 18), newText: 's02-forandring-der-holder' }],
        [client.uri(assignment)]: [{ range: range(6, 5, 6, 19), newText: 's02-forandring-der-holder' }],
      },
    });
  });

  it('refuses to rename a seance to the id of an assignment: ids are unique across modules', async () => {
    await assert.rejects(
      client.request('textDocument/rename', {
        textDocument: { uri: client.uri(seance) },
        position: { line: 2, character: 6 },
        newName: 'a01-feedback',
      }),
      (error: Error) => error.message === 'The id `a01-feedback` is already used in this programme.',
    );
  });
});

describe('protocol: hover in Danish', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ fixture: 'clean', locale: 'da' });
  });
  after(async () => {
    await client.stop();
  });

  it('summarises a seance with Danish labels', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: client.uri(assignment) },
      position: { line: 5, character: 10 },
    });
    assert.deepStrictEqual(hover.contents, {
      kind: 'markdown',
      value:
        '**Opstart** `s01-opstart`  \nDato: 2027-03-11  \nTid: 09:00–15:00  \nSpor: Samskabelse på tværs (samskabelse)  \nFacilitatorer: Procesleder',
    });
  });
});
