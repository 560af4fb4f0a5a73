import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver';
import { TestClient } from './client';
import { InProcessServer, MemoryFiles } from './inProcess';

const ROOT = '/memory/ordering';
const fixture = path.join(__dirname, 'fixtures', 'clean');
const SEANCE = `${ROOT}/seances/01-opstart.md`;
/** Where the assignment names the seance it is given at: `given: s01-opstart`. */
const GIVEN = { line: 5, character: 9 };

describe('protocol: requests see every earlier notification', () => {
  let server: InProcessServer;
  let files: MemoryFiles;
  beforeEach(async () => {
    files = MemoryFiles.fromFixture(fixture, ROOT);
    server = await InProcessServer.start(files, ROOT);
  });
  afterEach(() => server.dispose());

  const hoverOnGiven = (): Promise<Hover | null> =>
    server.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: server.uri('assignments/01-feedback.md') },
      position: GIVEN,
    });

  it('answers a hover sent right after a close from the file on disk, even while the disk is slow', async () => {
    const disk = files.texts.get(SEANCE)!;
    const unsaved = disk.replace(/^title: .*$/m, 'title: Ikke gemt titel');
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: server.uri('seances/01-opstart.md'), languageId: 'markdown', version: 1, text: unsaved },
    });
    assert.match(JSON.stringify(await hoverOnGiven()), /Ikke gemt titel/);

    const read = files.hold(SEANCE);
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri: server.uri('seances/01-opstart.md') } });
    let answered = false;
    const hover = hoverOnGiven().then((h) => ((answered = true), h));
    await read.started;
    await server.processedSoFar();
    assert.equal(answered, false, 'the hover must wait for the closed file to be read');
    read.release();
    const value = JSON.stringify(await hover);
    assert.doesNotMatch(value, /Ikke gemt titel/);
    assert.match(value, new RegExp(disk.match(/^title: (.*)$/m)![1]!));
  });

  it('answers a hover while a long request waits for the disk, and a faulting request, both', async () => {
    const read = files.hold(SEANCE);
    let checked = false;
    const checkAll = server.request<{ files: number }>('curriculum/checkAll', undefined).then((r) => ((checked = true), r));
    await read.started;
    const scaffold = server.request('curriculum/scaffoldProgramme', { title: null, language: 'en', today: '2027-01-04' });
    await assert.rejects(scaffold, { message: /Curriculum Studio could not do this because of a fault of its own/ });
    assert.match(JSON.stringify(await hoverOnGiven()), /Opstart/);
    assert.equal(checked, false, 'the check of all files is still waiting for the disk');
    read.release();
    assert.equal((await checkAll).files, 5);
    assert.ok(
      server.logs.some((log) => /^scaffoldProgramme failed: /.test(log.message)),
      'the fault is logged',
    );
  });
});

describe('protocol: a request right after a close, on the built server and the real disk', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ fixture: 'clean' });
  });
  after(async () => {
    await client.stop();
  });

  it('answers from the file on disk, not from the closed buffer, every time', async () => {
    const seance = 'seances/01-opstart.md';
    const given = { textDocument: { uri: client.uri('assignments/01-feedback.md') }, position: GIVEN };
    for (let round = 0; round < 20; round++) {
      await client.open(seance, client.read(seance).replace(/^title: .*$/m, `title: Ikke gemt ${round}`));
      assert.match(JSON.stringify(await client.request('textDocument/hover', given)), new RegExp(`Ikke gemt ${round}`));
      await client.close(seance);
      const hover = JSON.stringify(await client.request('textDocument/hover', given));
      assert.doesNotMatch(hover, /Ikke gemt/, `round ${round}`);
      assert.match(hover, /Opstart/);
    }
  });
});
