import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { basename, dirname, join, relative } from '../../src/core/paths';

describe('core paths (browser-safe posix)', () => {
  const files = ['/work/samples/programme.md', '/work/samples/seances/01-opstart.md', '/a', '/', '/work/samples/'];

  it('dirname and basename agree with node:path posix on file paths', () => {
    for (const file of files) {
      assert.equal(dirname(file), posix.dirname(file), file);
      assert.equal(basename(file), posix.basename(file), file);
    }
  });

  it('relative agrees with node:path posix on absolute file paths', () => {
    const pairs: [string, string][] = [
      ['/work/samples', '/work/samples/seances/01-opstart.md'],
      ['/work/samples', '/work/samples'],
      ['/work/samples/hold-1', '/work/samples/hold-2/programme.md'],
      ['/', '/work/x.md'],
    ];
    for (const [from, to] of pairs) assert.equal(relative(from, to), posix.relative(from, to), `${from} -> ${to}`);
  });

  it('join agrees with node:path posix on file paths', () => {
    assert.equal(join('/work/samples', 'seances', '01-x.md'), posix.join('/work/samples', 'seances', '01-x.md'));
    assert.equal(join('slug', 'programme.md'), 'slug/programme.md');
  });

  it('works on the URIs of a virtual workspace, keeping the authority', () => {
    const file = 'vscode-vfs://github/owner/repo/samples/seances/01-x.md';
    assert.equal(dirname(file), 'vscode-vfs://github/owner/repo/samples/seances');
    assert.equal(basename(file), '01-x.md');
    assert.equal(relative('vscode-vfs://github/owner/repo/samples', file), 'seances/01-x.md');
    assert.equal(join('memfs:/samples', 'seances', 's03-x.md'), 'memfs:/samples/seances/s03-x.md');
    assert.equal(dirname('memfs:/samples'), 'memfs:');
    // Walking up ends: the nearest-folder search stops where dirname no longer changes.
    let folder = file;
    const seen: string[] = [];
    while (folder !== dirname(folder) && seen.length < 20) seen.push((folder = dirname(folder)));
    assert.ok(seen.length < 20, seen.join(' '));
  });
});
