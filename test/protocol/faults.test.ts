import * as assert from 'node:assert/strict';
import { chmodSync, cpSync, renameSync, rmSync } from 'node:fs';
import type { CompletionItem, CompletionList, Location, WorkspaceEdit } from 'vscode-languageserver';
import type { TimelineResult } from '../../src/protocol';
import { diagnostic, range, same, TestClient } from './client';

const Created = 1;
const Deleted = 3;

const SEANCE = 'seances/02-forandring.md';
const ASSIGNMENT = 'assignments/01-feedback.md';

const unknownTrack = diagnostic(
  range(4, 7, 4, 16),
  1,
  'unknown-track',
  'There is no track `forandrng` in this programme — did you mean `forandring`?',
);
const trackWithoutSeance = diagnostic(
  range(9, 10, 9, 20),
  2,
  'track-without-seance',
  'No seance belongs to the track `forandring`. Add a seance with `track: forandring`, or remove the track.',
);
const unknownSeance = diagnostic(range(6, 5, 6, 19), 1, 'unknown-seance', 'There is no seance `s02-forandring` in this programme.');

describe('protocol faults: a file deleted or renamed on disk while it is open', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  /** Opens the seance of the `forandring` track and types a wrong track into it, without saving. */
  const openWithTypo = async (c: TestClient): Promise<string> => {
    const uri = await c.open(SEANCE);
    await c.change(SEANCE, { range: range(4, 7, 4, 17), text: 'forandrng' });
    await c.waitForDiagnostics(uri, same([unknownTrack]), 'unknown-track in the unsaved buffer');
    await c.waitForDiagnostics(
      c.uri('programme.md'),
      same([trackWithoutSeance]),
      'track-without-seance while the seance names no track of it',
    );
    return uri;
  };

  it('forgets a deleted file that is still open: its problems go, and the programme no longer counts it', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    const original = client.read(SEANCE);
    const uri = await openWithTypo(client);
    client.unlink(SEANCE);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: Deleted }] });
    await client.waitForDiagnostics(uri, same([]), 'the problems of the deleted file to be cleared although it is open');
    await client.waitForDiagnostics(
      client.uri(ASSIGNMENT),
      same([unknownSeance]),
      'unknown-seance where the assignment is due at the deleted seance',
    );
    assert.deepEqual(client.diagnostics.get(client.uri('programme.md')), [trackWithoutSeance]);

    // Typing on in the "(deleted)" editor does not bring the module back.
    const published = client.published.length;
    await client.change(SEANCE, { range: range(4, 7, 4, 16), text: 'forandring' });
    const due = { textDocument: { uri: client.uri(ASSIGNMENT) }, position: { line: 6, character: 8 } };
    assert.deepEqual(await client.request<Location[]>('textDocument/definition', due), [], 'a deleted seance is no definition');
    assert.deepEqual(client.published.slice(published), [], 'nothing is published for a change to a deleted file');

    // Saving it writes the file again: the buffer counts again, and the assignment is resolved.
    client.write(SEANCE, original);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: Created }] });
    await client.waitForDiagnostics(client.uri(ASSIGNMENT), same([]), 'the assignment to be resolved once the seance is saved again');
    await client.waitForDiagnostics(client.uri('programme.md'), same([]), 'the track to have its seance again');
    assert.deepEqual(await client.request<Location[]>('textDocument/definition', due), [{ uri, range: range(2, 4, 2, 18) }]);
  });

  it('does not report a file renamed on disk while open as a duplicate of its old name', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    const renamed = 'seances/02-forandring-der-holder.md';
    const oldUri = await client.open(SEANCE);
    renameSync(client.path(SEANCE), client.path(renamed));
    // A rename is a deletion and a creation, sent together as VS Code batches them.
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [
        { uri: oldUri, type: Deleted },
        { uri: client.uri(renamed), type: Created },
      ],
    });
    // Between the two events the seance is gone: the programme misses its track, then has it again.
    await client.waitForDiagnostics(client.uri('programme.md'), same([]), 'the programme to count the renamed seance once');
    await client.waitForDiagnostics(client.uri(ASSIGNMENT), same([]), 'the assignment to be due at the renamed seance');
    const codes = client.published.flatMap((p) => p.diagnostics.map((d) => d.code));
    assert.ok(!codes.includes('duplicate-id'), `no duplicate-id, but published: ${codes.join(', ')}`);
    const due = { textDocument: { uri: client.uri(ASSIGNMENT) }, position: { line: 6, character: 8 } };
    const definition = [{ uri: client.uri(renamed), range: range(2, 4, 2, 18) }];
    assert.deepEqual(await client.request<Location[]>('textDocument/definition', due), definition);

    // Closing the editor of the old name changes nothing.
    await client.close(SEANCE);
    await client.settled();
    assert.deepEqual(await client.request<Location[]>('textDocument/definition', due), definition);
    assert.equal(client.diagnostics.get(oldUri), undefined, 'the old name never had a problem to publish');
  });

  it('clears the problems of a file deleted without an event when its editor is closed', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    const uri = await openWithTypo(client);
    // Some clients watch no files: the server hears of the deletion only when the editor closes.
    client.unlink(SEANCE);
    await client.close(SEANCE);
    await client.waitForDiagnostics(uri, same([]), 'the problems of the deleted file to be cleared when it is closed');
    await client.waitForDiagnostics(client.uri(ASSIGNMENT), same([unknownSeance]), 'unknown-seance in the assignment');
  });

  it('forgets an open module of a folder deleted on disk', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    const uri = await openWithTypo(client);
    rmSync(client.path('seances'), { recursive: true });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('seances'), type: Deleted }] });
    await client.waitForDiagnostics(uri, same([]), 'the problems of the open module of the deleted folder to be cleared');
    await client.waitForDiagnostics(
      client.uri(ASSIGNMENT),
      same([diagnostic(range(5, 7, 5, 18), 1, 'unknown-seance', 'There is no seance `s01-opstart` in this programme.'), unknownSeance]),
      'unknown-seance for both seances of the deleted folder',
    );
  });
});

/** Root reads every file whatever its permissions: the server then runs as `nobody`. */
const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

describe('protocol faults: a folder or file that cannot be read', () => {
  let client: TestClient | undefined;
  let locked: string[] = [];
  afterEach(async () => {
    // Give the permissions back, so that the temp folder can be removed.
    for (const path of locked) chmodSync(path, 0o755);
    locked = [];
    await client?.stop();
    client = undefined;
  });

  const lock = (path: string): void => {
    chmodSync(path, 0o000);
    locked.push(path);
  };

  it('skips a programme folder it may not read, says so, and checks and serves the rest', async () => {
    client = await TestClient.start({ fixture: 'twins', user: unprivileged, prepare: (root) => lock(`${root}/hold-2`) });
    const shown = await client.waitForShownMessage((m) => m.type === 2, 'a warning about the unreadable folder');
    assert.equal(
      shown.message,
      'Curriculum Studio cannot read `hold-2`, so the modules there are not checked. Check that it is a file or folder inside the workspace that you have permission to read (the output of Curriculum Studio says why).',
    );
    assert.deepEqual(await client.request('curriculum/checkAll', {}), { files: 5, errors: 0, warnings: 0, others: 0 });
    // The readable programme is checked as usual.
    await client.open('hold-1/seances/02-forandring.md');
    await client.change('hold-1/seances/02-forandring.md', { range: range(4, 7, 4, 17), text: 'forandrng' });
    await client.waitForDiagnostics(
      client.uri('hold-1/seances/02-forandring.md'),
      same([unknownTrack]),
      'unknown-track in the readable programme',
    );
    assert.ok(client.running, 'the server is still running');

    // Once the folder may be read, checking again takes it in, without a warning.
    chmodSync(client.path('hold-2'), 0o755);
    const warnings = client.shownMessages.length;
    assert.deepEqual(await client.request('curriculum/checkAll', {}), { files: 10, errors: 1, warnings: 1, others: 0 });
    assert.equal(client.shownMessages.length, warnings);
  });

  it('names a module file it may not read, in the language of the editor', async () => {
    client = await TestClient.start({
      fixture: 'twins',
      locale: 'da',
      user: unprivileged,
      prepare: (root) => lock(`${root}/hold-1/seances/01-opstart.md`),
    });
    const shown = await client.waitForShownMessage((m) => m.type === 2, 'a warning about the unreadable file');
    assert.equal(
      shown.message,
      'Curriculum Studio kan ikke læse `hold-1/seances/01-opstart.md`, så modulerne der bliver ikke tjekket. Tjek at det er en fil eller mappe i arbejdsområdet, som du har adgang til at læse (outputtet fra Curriculum Studio siger hvorfor).',
    );
    assert.ok(
      client.errorLogs().some((log) => log.endsWith('/hold-1/seances/01-opstart.md: EACCES')),
      client.errorLogs().join('\n'),
    );
    assert.ok(client.running, 'the server is still running');
  });
});

describe('protocol faults: two programmes with the same ids', () => {
  // hold-1 and hold-2 are two runs of one programme: the same track, seance and assignment ids;
  // hold-2 is a year later and has a third seance.
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ fixture: 'twins' });
  });
  after(async () => {
    await client.stop();
  });

  const at = (file: string, line: number, character: number) => ({
    textDocument: { uri: client.uri(file) },
    position: { line, character },
  });

  it('finds no duplicate id: every file is clean', async () => {
    assert.deepEqual(await client.request('curriculum/checkAll', {}), { files: 10, errors: 0, warnings: 0, others: 0 });
    assert.deepEqual(
      client.published.filter((p) => p.diagnostics.length > 0),
      [],
    );
  });

  it('goes to the definition in the same programme', async () => {
    assert.deepEqual(await client.request<Location[]>('textDocument/definition', at(`hold-2/${ASSIGNMENT}`, 5, 8)), [
      { uri: client.uri('hold-2/seances/01-opstart.md'), range: range(2, 4, 2, 15) },
    ]);
    assert.deepEqual(await client.request<Location[]>('textDocument/definition', at('hold-1/seances/01-opstart.md', 4, 9)), [
      { uri: client.uri('hold-1/programme.md'), range: range(8, 10, 8, 21) },
    ]);
  });

  it('finds the references of a track in its programme only', async () => {
    const params = { ...at('hold-1/programme.md', 8, 12), context: { includeDeclaration: true } };
    assert.deepEqual(await client.request<Location[]>('textDocument/references', params), [
      { uri: client.uri('hold-1/programme.md'), range: range(8, 10, 8, 21) },
      { uri: client.uri('hold-1/seances/01-opstart.md'), range: range(4, 7, 4, 18) },
      { uri: client.uri(`hold-1/${ASSIGNMENT}`), range: range(4, 7, 4, 18) },
    ]);
  });

  it('renames an id in its programme only, and checks the new id against that programme', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      ...at(`hold-2/${ASSIGNMENT}`, 6, 10),
      newName: 's02-omstilling',
    });
    assert.deepEqual(edit, {
      changes: {
        [client.uri('hold-2/seances/02-forandring.md')]: [{ range: range(2, 4, 2, 18), newText: 's02-omstilling' }],
        [client.uri(`hold-2/${ASSIGNMENT}`)]: [{ range: range(6, 5, 6, 19), newText: 's02-omstilling' }],
      },
    });
    // s03-opfoelgning is taken in hold-2, and free in hold-1.
    await assert.rejects(
      client.request('textDocument/rename', { ...at('hold-2/seances/01-opstart.md', 2, 6), newName: 's03-opfoelgning' }),
      (error: Error) => error.message === 'The id `s03-opfoelgning` is already used in this programme.',
    );
    const free = await client.request<WorkspaceEdit>('textDocument/rename', {
      ...at('hold-1/seances/01-opstart.md', 2, 6),
      newName: 's03-opfoelgning',
    });
    assert.deepEqual(Object.keys(free.changes ?? {}), [client.uri('hold-1/seances/01-opstart.md'), client.uri(`hold-1/${ASSIGNMENT}`)]);
  });

  it("completes the seance ids of the assignment's own programme", async () => {
    const labels = async (folder: string): Promise<string[]> => {
      const answer = await client.request<CompletionItem[] | CompletionList>(
        'textDocument/completion',
        at(`${folder}/${ASSIGNMENT}`, 5, 7),
      );
      return (Array.isArray(answer) ? answer : answer.items).map((item) => item.label);
    };
    assert.deepEqual(await labels('hold-1'), ['s01-opstart', 's02-forandring']);
    assert.deepEqual(await labels('hold-2'), ['s01-opstart', 's02-forandring', 's03-opfoelgning']);
  });

  it('draws the timeline of each programme with its own seances and dates', async () => {
    for (const [folder, id, seances, assignment] of [
      [
        'hold-1',
        'lederforloeb-2027',
        [
          ['s01-opstart', '2027-03-11'],
          ['s02-forandring', '2027-04-08'],
        ],
        ['2027-03-11', '2027-04-08'],
      ],
      [
        'hold-2',
        'lederforloeb-2028',
        [
          ['s01-opstart', '2028-03-09'],
          ['s02-forandring', '2028-04-06'],
          ['s03-opfoelgning', '2028-05-11'],
        ],
        ['2028-03-09', '2028-04-06'],
      ],
    ] as const) {
      const result = await client.request<TimelineResult>('curriculum/timeline', {
        uri: client.uri(`${folder}/${ASSIGNMENT}`),
        today: '2027-01-04',
      });
      assert.deepEqual(
        result.programmes.map((p) => [p.id, p.folderUri]),
        [
          ['lederforloeb-2027', client.uri('hold-1')],
          ['lederforloeb-2028', client.uri('hold-2')],
        ],
      );
      const current = result.current!;
      assert.equal(current.folderUri, client.uri(folder));
      assert.equal(current.model.id, id);
      assert.deepEqual(
        current.model.seances.map((s) => [s.id, s.date, s.source.file]),
        seances.map(([sid, date]) => [sid, date, seanceFile(sid)]),
      );
      assert.deepEqual(
        current.model.assignments.map((a) => [a.id, a.startDate, a.dueDate, a.source.file]),
        [['a01-feedback', ...assignment, ASSIGNMENT]],
      );
    }
  });

  it('reports a duplicate in one programme there only', async () => {
    cpSync(client.path('hold-1/seances/02-forandring.md'), client.path('hold-1/seances/02-kopi.md'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('hold-1/seances/02-kopi.md'), type: Created }] });
    const duplicate = (other: string) =>
      diagnostic(
        range(2, 4, 2, 18),
        1,
        'duplicate-id',
        `The id \`s02-forandring\` is also used in ${other}. Ids must be unique in a programme.`,
      );
    const copy = await client.waitForDiagnostics(
      client.uri('hold-1/seances/02-kopi.md'),
      (d) => d.some((x) => x.code === 'duplicate-id'),
      'duplicate-id in the copy',
    );
    assert.deepEqual(
      copy.filter((d) => d.code === 'duplicate-id'),
      [duplicate('seances/02-forandring.md')],
    );
    const hold2 = client.published.filter((p) => p.uri.startsWith(`${client.uri('hold-2')}/`));
    assert.deepEqual(hold2, [], 'nothing is published in the other programme');
  });
});

function seanceFile(id: string): string {
  return {
    's01-opstart': 'seances/01-opstart.md',
    's02-forandring': 'seances/02-forandring.md',
    's03-opfoelgning': 'seances/03-opfoelgning.md',
  }[id]!;
}
