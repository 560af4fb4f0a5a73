import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';

const root = path.join(__dirname, '../../..');
const fixtures = path.join(__dirname, 'fixtures');
const bin = path.join(root, 'src', 'cli', 'bin.ts');

const linkedSeance = `---
type: seance
id: s03-delt
title: Delt seance
track: personligt-lederskab
date: 2027-05-12
locaton: Rådhuset
---
`;

/**
 * One entry of a programme folder that is not a plain file with a plain name, what makes it, and
 * the line `curriculum check` prints for it (in English, path relative to the workspace).
 */
interface EntryCase {
  what: string;
  make: (programme: string, outside: string) => void;
  lines: string[];
  /** The `notChecked` entries of the JSON report. */
  notChecked: { file: string; severity: string; reason: string }[];
}

const notChecked = {
  fifo: 'Not checked: this is a named pipe (FIFO), not a file. Remove it, or give it a name that does not end in .md.',
  socket: 'Not checked: this is a socket, not a file. Remove it, or give it a name that does not end in .md.',
  badName: 'Not checked: the name is not valid UTF-8 text (the bytes shown as %..). Rename it.',
  outside: 'Not checked: a link to a place outside the folder being checked. Links are followed only inside it.',
  dangling: 'Not checked: a link to something that does not exist.',
  loop: 'Not checked: a link that leads back to itself or to a folder that holds it.',
};
const empty =
  'This file is empty. Start it with a header such as `type: seance` between two `---` lines to make it a course module. [empty-file]';

let socket: Server | undefined;

const cases: EntryCase[] = [
  {
    what: 'a named pipe (FIFO) named like a module',
    make: (programme) => {
      const made = spawnSync('mkfifo', [path.join(programme, 'a-pipe.md')]);
      assert.equal(made.status, 0, 'mkfifo');
    },
    lines: [`clean/a-pipe.md: error: ${notChecked.fifo}`],
    notChecked: [{ file: 'clean/a-pipe.md', severity: 'error', reason: 'fifo' }],
  },
  {
    what: 'a socket named like a module',
    make: () => undefined, // made in before(): a socket exists while its server listens
    lines: [`clean/sock.md: error: ${notChecked.socket}`],
    notChecked: [{ file: 'clean/sock.md', severity: 'error', reason: 'socket' }],
  },
  {
    what: 'a link to a module inside the folder',
    make: (programme) => {
      mkdirSync(path.join(programme, '.delt'));
      writeFileSync(path.join(programme, '.delt', 'seance.md'), linkedSeance);
      symlinkSync('../.delt/seance.md', path.join(programme, 'seances', 'delt.md'));
    },
    lines: ['clean/seances/delt.md:7:1: warning: Unknown key `locaton` — did you mean `location`? [unknown-key]'],
    notChecked: [],
  },
  {
    what: 'a link to a module outside the folder',
    make: (programme, outside) => {
      writeFileSync(path.join(outside, 'seance.md'), linkedSeance);
      symlinkSync(path.join(outside, 'seance.md'), path.join(programme, 'ude.md'));
    },
    lines: [`clean/ude.md: warning: ${notChecked.outside}`],
    notChecked: [{ file: 'clean/ude.md', severity: 'warning', reason: 'link-outside' }],
  },
  {
    what: 'a link to nothing',
    make: (programme) => symlinkSync('findes-ikke.md', path.join(programme, 'borte.md')),
    lines: [`clean/borte.md: warning: ${notChecked.dangling}`],
    notChecked: [{ file: 'clean/borte.md', severity: 'warning', reason: 'link-dangling' }],
  },
  {
    what: 'links in a loop: a folder link to its own folder, and two file links to each other',
    make: (programme) => {
      symlinkSync('.', path.join(programme, 'igen'));
      symlinkSync('ring-b.md', path.join(programme, 'ring-a.md'));
      symlinkSync('ring-a.md', path.join(programme, 'ring-b.md'));
    },
    lines: [
      `clean/igen: warning: ${notChecked.loop}`,
      `clean/ring-a.md: warning: ${notChecked.loop}`,
      `clean/ring-b.md: warning: ${notChecked.loop}`,
    ],
    notChecked: [
      { file: 'clean/igen', severity: 'warning', reason: 'link-loop' },
      { file: 'clean/ring-a.md', severity: 'warning', reason: 'link-loop' },
      { file: 'clean/ring-b.md', severity: 'warning', reason: 'link-loop' },
    ],
  },
  {
    what: 'a folder named x.md: a folder like any other',
    make: (programme) => {
      mkdirSync(path.join(programme, 'noter.md'));
      writeFileSync(path.join(programme, 'noter.md', 'inde.md'), '');
    },
    lines: [`clean/noter.md/inde.md:1:1: information: ${empty}`],
    notChecked: [],
  },
  {
    what: 'a name that is not UTF-8',
    make: (programme) =>
      writeFileSync(Buffer.concat([Buffer.from(`${programme}/caf`), Buffer.from([0xe9]), Buffer.from('.md')]), linkedSeance),
    lines: [`clean/caf%E9.md: error: ${notChecked.badName}`],
    notChecked: [{ file: 'clean/caf%E9.md', severity: 'error', reason: 'bad-name' }],
  },
  {
    what: 'a name with a line break',
    make: (programme) => writeFileSync(path.join(programme, 'ny\nlinje.md'), ''),
    lines: [`clean/ny\\nlinje.md:1:1: information: ${empty}`],
    notChecked: [],
  },
];

describe('cli: entries that are not plain files with plain names', function () {
  // Child processes that compile the CLI from source on a busy machine; the time is no goal.
  this.timeout(120_000);

  let workspace: string;
  let outside: string;
  before(async () => {
    workspace = realpathSync(mkdtempSync(path.join(tmpdir(), 'curriculum-entries-')));
    outside = realpathSync(mkdtempSync(path.join(tmpdir(), 'curriculum-elsewhere-')));
    const programme = path.join(workspace, 'clean');
    cpSync(path.join(fixtures, 'clean'), programme, { recursive: true });
    for (const c of cases) c.make(programme, outside);
    socket = createServer();
    await new Promise<void>((resolve) => socket!.listen(path.join(programme, 'sock.md'), resolve));
  });
  after(async () => {
    await new Promise<void>((resolve) => (socket ? socket.close(() => resolve()) : resolve()));
    rmSync(workspace, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  /** Runs `curriculum` from source in a child process; one that hangs is killed and fails. */
  const curriculum = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), bin, ...args], {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' },
      timeout: 30_000,
    });
    assert.equal(result.signal, null, `curriculum ${args.join(' ')} did not finish: ${result.stderr}`);
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  // The notes come first, in path order, then the problems in path order.
  const expectedNotes = cases.flatMap((c) => c.lines.filter((line) => !/:\d+:\d+: /.test(line))).sort();
  const expectedProblems = cases.flatMap((c) => c.lines.filter((line) => /:\d+:\d+: /.test(line))).sort();

  it('check: finishes, reports each entry on one line, and checks the rest (text)', () => {
    const result = curriculum('check');
    // The six files of the programme, the linked seance, the file in the folder x.md, the name with a line break.
    const summary = '3 error(s), 6 warning(s), 2 other(s) in 9 file(s).';
    assert.deepEqual(result, {
      status: 1,
      stdout: [...expectedNotes, ...expectedProblems, summary].map((l) => `${l}\n`).join(''),
      stderr: '',
    });
    for (const c of cases) for (const line of c.lines) assert.ok(result.stdout.includes(`${line}\n`), `${c.what}: ${line}`);
  });

  it('check: the JSON report lists what was not checked, and the problems of the rest', () => {
    const result = curriculum('check', '--format', 'json');
    assert.equal(result.status, 1);
    const report = JSON.parse(result.stdout) as {
      files: number;
      problems: { file: string; code: string }[];
      notChecked: { file: string }[];
    };
    assert.equal(report.files, 9);
    assert.deepEqual(
      report.notChecked.map(({ file, severity, reason }: { file: string; severity?: string; reason?: string }) => ({
        file,
        severity,
        reason,
      })),
      cases.flatMap((c) => c.notChecked).sort((a, b) => (a.file < b.file ? -1 : 1)),
    );
    assert.deepEqual(
      report.problems.map((p) => [p.file, p.code]),
      [
        ['clean/noter.md/inde.md', 'empty-file'],
        ['clean/ny\nlinje.md', 'empty-file'],
        ['clean/seances/delt.md', 'unknown-key'],
      ],
    );
  });

  it('check: SARIF names each entry in a tool execution notification', () => {
    const result = curriculum('check', '--format', 'sarif');
    const log = JSON.parse(result.stdout) as {
      runs: {
        invocations: {
          toolExecutionNotifications: {
            descriptor: { id: string };
            level: string;
            locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
          }[];
        }[];
      }[];
    };
    const notes = log.runs[0]!.invocations[0]!.toolExecutionNotifications;
    assert.deepEqual(
      notes.map((n) => [n.locations[0]!.physicalLocation.artifactLocation.uri, n.descriptor.id, n.level]),
      cases
        .flatMap((c) => c.notChecked)
        .sort((a, b) => (a.file < b.file ? -1 : 1))
        .map((n) => [n.file.split('/').map(encodeURIComponent).join('/'), n.reason, n.severity]),
    );
  });

  for (const format of ['ics', 'html']) {
    it(`export ${format}: finishes, writes the programme, and says on stderr what it left out`, () => {
      const result = curriculum('export', format, 'clean');
      assert.equal(result.status, 0);
      assert.equal(result.stderr, expectedNotes.map((line) => `curriculum: ${line}\n`).join(''));
      assert.ok(result.stdout.includes(format === 'ics' ? 'BEGIN:VCALENDAR' : '<!DOCTYPE html>'), result.stdout.slice(0, 200));
      // The linked seance is a seance of the programme.
      assert.ok(result.stdout.includes('Delt seance'), 'the seance behind the link is exported');
    });
  }
});

describe('cli: a path with control characters cannot forge a line of text output', () => {
  it('writes a line break and an escape character in a path given on the command line visibly, in every message', async () => {
    assert.deepEqual(await runCli(['check', 'ny\nlinje.md: error: forged [x]'], fixtures, {}), {
      stdout: '',
      stderr: 'curriculum: Cannot read ny\\nlinje.md: error: forged [x]: there is no such file or folder.\n',
      status: 2,
    });
    assert.deepEqual(await runCli(['export', 'html', 'clean', '-o', 'mangler\u001b[2J/ud.html'], fixtures, {}), {
      stdout: '',
      stderr: 'curriculum: Cannot write mangler\\x1b[2J/ud.html: ENOENT.\n',
      status: 2,
    });
    assert.deepEqual(await runCli(['model', 'a\rb'], fixtures, {}), {
      stdout: '',
      stderr: 'curriculum: Cannot read a\\rb: there is no such file or folder.\n',
      status: 2,
    });
  });
});
