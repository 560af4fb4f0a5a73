import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { rulesReport } from '../../../src/cli/output';

describe('README', () => {
  it('holds the rule table exactly as `curriculum rules --format markdown` prints it', () => {
    const readme = readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');
    const table = /<!-- rules:start -->\n([\s\S]*?)\n<!-- rules:end -->/.exec(readme)?.[1];
    assert.equal(table, rulesReport('markdown', 'en'));
  });
});
