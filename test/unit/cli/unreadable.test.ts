import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.join(__dirname, '../../..');
const fixtures = path.join(__dirname, 'fixtures');

/** Root reads every file whatever its permissions: the command then runs as `nobody`. */
const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

describe('cli: a folder or file it may not read', function () {
  // A child process that compiles the CLI from source on a busy machine; the time is no goal.
  this.timeout(60_000);

  // The command runs as `nobody`, who may not read this clone when it lies in a private folder
  // (a fresh machine's root clones into /root, mode 0700): the built CLI is copied to a folder
  // that everyone may read.
  let command: string;
  before(function () {
    this.timeout(120_000);
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe' });
    const folder = realpathSync(mkdtempSync(path.join(tmpdir(), 'curriculum-cli-')));
    chmodSync(folder, 0o755);
    // The CLI and the bundles it loads on demand.
    for (const file of ['cli.js', 're2.js', 'mammoth.js'].filter((name) => existsSync(path.join(root, 'dist', name)))) {
      copyFileSync(path.join(root, 'dist', file), path.join(folder, file));
    }
    command = path.join(folder, 'cli.js');
  });
  after(() => {
    if (command) rmSync(path.dirname(command), { recursive: true, force: true });
  });

  let workspace: string;
  const locked: string[] = [];
  beforeEach(() => {
    workspace = realpathSync(mkdtempSync(path.join(tmpdir(), 'curriculum-unreadable-')));
    chmodSync(workspace, 0o755);
    cpSync(path.join(fixtures, 'clean'), path.join(workspace, 'clean'), { recursive: true });
    cpSync(path.join(fixtures, 'broken'), path.join(workspace, 'broken'), { recursive: true });
  });
  afterEach(() => {
    for (const file of locked.splice(0)) chmodSync(file, 0o755);
    rmSync(workspace, { recursive: true, force: true });
  });

  const lock = (relative: string): void => {
    const file = path.join(workspace, relative);
    chmodSync(file, 0o000);
    locked.push(file);
  };

  /** Runs the built `curriculum` in a child process, as a user who is not root. */
  const curriculum = (...args: string[]) => {
    const result = spawnSync(process.execPath, [command, ...args], {
      cwd: workspace,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' },
      ...unprivileged,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('exits 2 naming a programme folder it may not read, rather than checking part of the workspace', () => {
    lock('broken');
    assert.deepEqual(curriculum('check'), {
      status: 2,
      stdout: '',
      stderr: 'curriculum: Cannot read broken: you do not have permission to read it.\n',
    });
    // The readable programme beside it is checked as usual.
    assert.deepEqual(curriculum('check', 'clean'), { status: 0, stdout: 'No problems in 6 file(s).\n', stderr: '' });
  });

  it('names a module file it may not read, in Danish', () => {
    lock('clean/seances/opstart.md');
    assert.deepEqual(curriculum('check', 'clean', '--locale', 'da'), {
      status: 2,
      stdout: '',
      stderr: 'curriculum: Kan ikke læse clean/seances/opstart.md: du har ikke adgang til at læse den.\n',
    });
  });

  it('names a folder inside one it may not enter, in Swedish, and exports nothing from it', () => {
    lock('broken');
    assert.deepEqual(curriculum('check', 'broken/seances', '--locale', 'sv'), {
      status: 2,
      stdout: '',
      stderr: 'curriculum: Kan inte läsa broken/seances: du har inte behörighet att läsa den.\n',
    });
    assert.deepEqual(curriculum('export', 'html', 'broken'), {
      status: 2,
      stdout: '',
      stderr: 'curriculum: Cannot read broken: you do not have permission to read it.\n',
    });
  });
});
