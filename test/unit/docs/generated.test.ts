import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { generate } from '../../../src/build/generate';

const root = path.join(__dirname, '../../..');

describe('files generated from the rules', () => {
  it('package.json and README.md list the codes as the rules make them (`npm run build` brings them up to date)', () => {
    assert.deepEqual(generate(root, { check: true }), []);
  });

  describe('in a copy with a stale list', () => {
    let copy: string;
    beforeEach(() => {
      copy = mkdtempSync(path.join(tmpdir(), 'generated-'));
      for (const file of ['package.json', 'README.md']) cpSync(path.join(root, file), path.join(copy, file));
    });
    afterEach(() => rmSync(copy, { recursive: true, force: true }));

    it('names a README whose rule table lacks a rule, and a package.json whose severity setting does, without writing them in check mode', () => {
      const readme = readFileSync(path.join(copy, 'README.md'), 'utf8').replace(/\n\| `seance-on-holiday` \|[^\n]*/, '');
      writeFileSync(path.join(copy, 'README.md'), readme);
      writeFileSync(
        path.join(copy, 'package.json'),
        readFileSync(path.join(copy, 'package.json'), 'utf8').replace('"seance-on-holiday",\n', ''),
      );
      assert.deepEqual(generate(copy, { check: true }).sort(), ['README.md', 'package.json']);
      assert.equal(readFileSync(path.join(copy, 'README.md'), 'utf8'), readme);
    });

    it('writes them back as they were', () => {
      const readme = readFileSync(path.join(copy, 'README.md'), 'utf8');
      const manifest = readFileSync(path.join(copy, 'package.json'), 'utf8');
      writeFileSync(path.join(copy, 'README.md'), readme.replace(/\n\| `seance-on-holiday` \|[^\n]*/, ''));
      writeFileSync(path.join(copy, 'package.json'), manifest.replace('"seance-on-holiday",\n', ''));
      assert.deepEqual(generate(copy).sort(), ['README.md', 'package.json']);
      assert.equal(readFileSync(path.join(copy, 'README.md'), 'utf8'), readme);
      assert.equal(readFileSync(path.join(copy, 'package.json'), 'utf8'), manifest);
      assert.deepEqual(generate(copy, { check: true }), []);
    });
  });
});
