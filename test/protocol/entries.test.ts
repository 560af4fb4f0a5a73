import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { diagnostic, range, same, TestClient } from './client';

const Created = 1;
const Changed = 2;

const fifo = (file: string): void => assert.equal(spawnSync('mkfifo', [file]).status, 0, `mkfifo ${file}`);

const linkedSeance = `---
type: seance
id: s03-delt
title: Delt seance
track: forandring
date: 2027-05-12
locaton: Rådhuset
---
`;

/**
 * Entries of a workspace that are not plain files with plain names: what makes each, and what the
 * server logs for it (`Cannot read <path>: <why>`), relative to the workspace folder; undefined
 * for an entry that is checked (a link inside, a folder named x.md, a name with a line break).
 */
const cases: { what: string; make: (root: string, outside: string) => void; logged?: [string, string] }[] = [
  { what: 'a named pipe', make: (root) => fifo(`${root}/a-pipe.md`), logged: ['a-pipe.md', 'not a file but a named pipe (FIFO)'] },
  {
    what: 'a link to a module inside the workspace',
    make: (root) => {
      mkdirSync(`${root}/.delt`);
      writeFileSync(`${root}/.delt/seance.md`, linkedSeance);
      symlinkSync('../.delt/seance.md', `${root}/seances/03-delt.md`);
    },
  },
  {
    what: 'a link out of the workspace',
    make: (root, outside) => {
      writeFileSync(`${outside}/seance.md`, linkedSeance);
      symlinkSync(`${outside}/seance.md`, `${root}/ude.md`);
    },
    logged: ['ude.md', 'a link to a place outside the workspace folder, not followed'],
  },
  {
    what: 'a link to nothing',
    make: (root) => symlinkSync('findes-ikke.md', `${root}/borte.md`),
    logged: ['borte.md', 'a link to nothing'],
  },
  {
    what: 'a link to its own folder',
    make: (root) => symlinkSync('.', `${root}/igen`),
    logged: ['igen', 'a link that leads back into a folder that holds it'],
  },
  {
    what: 'a folder named x.md',
    make: (root) => {
      mkdirSync(`${root}/noter.md`);
      writeFileSync(`${root}/noter.md/inde.md`, '');
    },
  },
  {
    what: 'a name that is not UTF-8',
    make: (root) => writeFileSync(Buffer.from(`${root}/caf\xe9.md`, 'latin1'), linkedSeance),
    logged: ['caf%E9.md', 'the name is not valid UTF-8'],
  },
  { what: 'a name with a line break', make: (root) => writeFileSync(`${root}/ny\nlinje.md`, '') },
];

const empty = (uri: string, client: TestClient) =>
  client.waitForDiagnostics(
    uri,
    same([
      diagnostic(
        range(0, 0, 0, 0),
        3,
        'empty-file',
        'This file is empty. Start it with a header such as `type: seance` between two `---` lines to make it a course module.',
      ),
    ]),
    'empty-file',
  );

describe('protocol: entries that are not plain files with plain names', () => {
  let client: TestClient | undefined;
  let outside: string;
  beforeEach(() => {
    outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'curriculum-protocol-elsewhere-')));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(outside, { recursive: true, force: true });
  });

  it('first scan: finishes, names each entry not read in the log and one warning, and checks the rest', async () => {
    client = await TestClient.start({ fixture: 'clean', prepare: (root) => cases.forEach((c) => c.make(root, outside)) });
    const c = client;
    const shown = await c.waitForShownMessage((m) => m.type === 2, 'a warning naming the entries not read');
    const named = cases.flatMap((x) => (x.logged ? [`\`${x.logged[0]}\``] : []));
    assert.equal(
      shown.message,
      `Curriculum Studio cannot read ${['`a-pipe.md`', '`borte.md`', '`caf%E9.md`', '`ude.md`', '`igen`'].join(', ')}, so the modules there are not checked. ` +
        'Check that it is a file or folder inside the workspace that you have permission to read (the output of Curriculum Studio says why).',
    );
    assert.deepEqual(new Set(named), new Set(shown.message.match(/`[^`]+`/g)));
    for (const x of cases.filter((x) => x.logged)) {
      const [file, why] = x.logged!;
      assert.ok(c.errorLogs().includes(`Cannot read ${c.root}/${file}: ${why}`), `${x.what}: ${c.errorLogs().join('\n')}`);
    }
    // The five files of the fixture, the linked seance, the file in the folder x.md, the name with a line break.
    assert.deepEqual(await c.request('curriculum/checkAll', {}), { files: 8, errors: 0, warnings: 1, others: 2 });
    await c.waitForDiagnostics(
      c.uri('seances/03-delt.md'),
      same([diagnostic(range(6, 0, 6, 7), 2, 'unknown-key', 'Unknown key `locaton` — did you mean `location`?')]),
      'the seance behind the link inside',
    );
    await empty(c.uri('noter.md/inde.md'), c);
    await empty(c.uri('ny\nlinje.md'), c);
    assert.ok(c.running);
  });

  it('watcher: a named pipe, a link out and a folder named x.md reported as created or changed do not tie up the reads', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    const c = client;
    // More pipes than the thread pool has threads: a read that waits for a writer would block them all.
    const pipes = ['p1.md', 'p2.md', 'p3.md', 'p4.md', 'p5.md'];
    for (const pipe of pipes) fifo(c.path(pipe));
    symlinkSync(`${outside}/seance.md`, c.path('ude.md'));
    writeFileSync(`${outside}/seance.md`, linkedSeance);
    mkdirSync(c.path('mappe.md'));
    await c.notify('workspace/didChangeWatchedFiles', {
      changes: [
        ...pipes.map((pipe) => ({ uri: c.uri(pipe), type: Created })),
        { uri: c.uri('ude.md'), type: Created },
        { uri: c.uri('mappe.md'), type: Changed },
      ],
    });
    await c.waitForShownMessage((m) => m.message.includes('`ude.md`'), 'a warning naming the link out');
    for (const pipe of pipes) await c.waitForShownMessage((m) => m.message.includes(`\`${pipe}\``), `a warning naming ${pipe}`);
    assert.ok(c.errorLogs().includes(`Cannot read ${c.root}/p5.md: not a file but a named pipe (FIFO)`), c.errorLogs().join('\n'));
    assert.ok(c.errorLogs().includes(`Cannot read ${c.root}/ude.md: a link to a place outside the workspace folder, not followed`));
    // The reads are free: a file written now is read and checked.
    writeFileSync(c.path('seances/03-ny.md'), '');
    await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('seances/03-ny.md'), type: Created }] });
    await empty(c.uri('seances/03-ny.md'), c);
    assert.equal(c.diagnostics.get(c.uri('ude.md')), undefined, 'nothing is published for the link out');
    assert.ok(c.running);
  });
});
