import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';

const root = path.join(__dirname, '../../..');

describe('samples/mistakes/README.md', () => {
  it('ends its check with the summary `curriculum check samples/mistakes` prints', async () => {
    const readme = readFileSync(path.join(root, 'samples/mistakes/README.md'), 'utf8');
    const written = /The check exits with status 1 \(errors found\) and ends with\n`([^`]+)`/.exec(readme)?.[1];
    const result = await runCli(['check', 'samples/mistakes'], root);
    assert.equal(result.status, 1);
    assert.equal(written, result.stdout.trimEnd().split('\n').pop());
  });
});
