import * as assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { diagnostic, range, same, TestClient } from './client';

const Created = 1;
const Changed = 2;
const Deleted = 3;

describe('protocol: workspace/didChangeWatchedFiles', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('checks a file created on disk', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    const file = 'seances/03-laering.md';
    client.write(file, '---\ntype: seance\nid: s03-laering\ntitle: Læring\ntrack: samskabelsen\ndate: 2027-05-06\n---\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(file), type: Created }] });
    await client.waitForDiagnostics(
      client.uri(file),
      same([
        diagnostic(
          range(4, 7, 4, 19),
          1,
          'unknown-track',
          'There is no track `samskabelsen` in this programme — did you mean `samskabelse`?',
        ),
        diagnostic(
          range(5, 6, 5, 16),
          2,
          'seance-on-holiday',
          'The seance is on Thursday 6 May 2027, a public holiday in Denmark: Kristi Himmelfartsdag.',
        ),
      ]),
      'the diagnostics of the new file',
    );
  });

  it('checks a file changed on disk again', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    const file = 'seances/01-opstart.md';
    client.write(file, client.read(file).replace('title: Opstart', 'titel: Opstart'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(file), type: Changed }] });
    await client.waitForDiagnostics(
      client.uri(file),
      same([
        diagnostic(range(3, 0, 3, 5), 1, 'missing-key', '`title` is missing — `titel` looks like a misspelling of it.'),
        diagnostic(range(3, 0, 3, 5), 2, 'unknown-key', 'Unknown key `titel` — did you mean `title`?'),
      ]),
    );
  });

  it('clears the diagnostics of a deleted file and makes references to it unresolved', async () => {
    client = await TestClient.start({ fixture: 'flawed' });
    const file = 'seances/02-forandring.md';
    const uri = client.uri(file);
    await client.waitForDiagnostics(uri, (d) => d.length === 3, 'the three problems of the seance before it is deleted');
    client.unlink(file);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: Deleted }] });
    await client.waitForDiagnostics(uri, same([]), 'the diagnostics of the deleted file to be cleared');
    await client.waitForDiagnostics(
      client.uri('assignments/01-feedback.md'),
      same([
        diagnostic(range(0, 0, 0, 3), 1, 'missing-key', '`title` is missing. Add a line like `title: Giv feedback på tværs`.'),
        diagnostic(range(5, 5, 5, 19), 1, 'unknown-seance', 'There is no seance `s02-forandring` in this programme.'),
      ]),
      'unknown-seance in the assignment that was due at the deleted seance',
    );
  });

  it('makes references unresolved when a clean seance is deleted', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    const uri = client.uri('seances/02-forandring.md');
    client.unlink('seances/02-forandring.md');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: Deleted }] });
    await client.waitForDiagnostics(
      client.uri('assignments/01-feedback.md'),
      same([diagnostic(range(6, 5, 6, 19), 1, 'unknown-seance', 'There is no seance `s02-forandring` in this programme.')]),
    );
    await client.waitForDiagnostics(
      client.uri('programme.md'),
      same([
        diagnostic(
          range(9, 10, 9, 20),
          2,
          'track-without-seance',
          'No seance belongs to the track `forandring`. Add a seance with `track: forandring`, or remove the track.',
        ),
      ]),
    );
    assert.equal(client.diagnostics.get(uri), undefined, 'a clean file that is deleted needs no publication');
  });

  it('checks every module again when programme.md is deleted: they become orphans', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    const uri = client.uri('programme.md');
    client.unlink('programme.md');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: Deleted }] });
    const orphan = diagnostic(
      range(0, 0, 0, 3),
      1,
      'orphan-module',
      'This module is not in a programme folder, so its references cannot be checked. Move it into the folder of a programme (the folder with its programme.md) or a folder below it.',
    );
    for (const file of ['seances/01-opstart.md', 'seances/02-forandring.md', 'assignments/01-feedback.md']) {
      await client.waitForDiagnostics(client.uri(file), same([orphan]), `orphan-module in ${file}`);
    }
  });

  it('forgets the modules of a deleted folder (one Deleted event for the folder, as editors send it)', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    rmSync(client.path('seances'), { recursive: true });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('seances'), type: Deleted }] });
    await client.waitForDiagnostics(
      client.uri('assignments/01-feedback.md'),
      same([
        diagnostic(range(5, 7, 5, 18), 1, 'unknown-seance', 'There is no seance `s01-opstart` in this programme.'),
        diagnostic(range(6, 5, 6, 19), 1, 'unknown-seance', 'There is no seance `s02-forandring` in this programme.'),
      ]),
      'unknown-seance for both seances of the deleted folder',
    );
  });
});
