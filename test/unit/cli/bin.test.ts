import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '../../..');
const cli = path.join(root, 'dist', 'cli.js');
const fixtures = path.join(__dirname, 'fixtures');

describe('cli: the built `curriculum` command', () => {
  before(function () {
    this.timeout(120_000);
    try {
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      const reason = `${stdout}${stderr}`.split('\n').filter((line) => /error/i.test(line) && !line.includes('npm warn'));
      throw new Error(`npm run build failed, so the built CLI cannot be tested:\n${reason.slice(0, 10).join('\n')}`, { cause: error });
    }
  });

  /** Runs dist/cli.js in a child process, in English whatever the machine's language. */
  const curriculum = (...args: string[]) => {
    const result = spawnSync(process.execPath, [cli, ...args], {
      cwd: fixtures,
      encoding: 'utf8',
      env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('starts with a node shebang and exits 0 clean, 1 on errors, 2 when it cannot run', () => {
    assert.equal(readFileSync(cli, 'utf8').split('\n')[0], '#!/usr/bin/env node');
    assert.deepEqual(curriculum('check', 'clean'), { status: 0, stdout: 'No problems in 6 file(s).\n', stderr: '' });
    const broken = curriculum('check', 'broken');
    assert.deepEqual(
      [broken.status, broken.stderr, broken.stdout.trimEnd().split('\n').pop()],
      [1, '', '1 error(s), 1 warning(s), 0 other(s) in 3 file(s).'],
    );
    assert.deepEqual(curriculum('check', '--bogus'), {
      status: 2,
      stdout: '',
      stderr: 'curriculum: Unknown option --bogus. Run `curriculum --help` to see the options.\n',
    });
  });
});
