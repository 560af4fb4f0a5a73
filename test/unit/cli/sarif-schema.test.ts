import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from '../../../src/cli/main';

/**
 * The SARIF 2.1.0 JSON Schema as OASIS published it (2.1.0-rtm.5, draft-04), from a registry
 * package: Microsoft's SARIF matchers ship it. Code-scanning services reject a log it rejects.
 */
const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// Not strict: the schema has keywords ajv does not know; no `u` flag: its `language` pattern
// (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is valid only without it.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

const repoRoot = path.join(__dirname, '../../..');
const fixtures = path.join(__dirname, 'fixtures');

/** The schema's complaints, one line each, or [] for a valid log. */
function schemaErrors(log: unknown): string[] {
  return validateSarif(log) ? [] : (validateSarif.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe('cli: SARIF against the SARIF 2.1.0 JSON Schema', () => {
  for (const locale of ['en', 'da', 'sv']) {
    it(`samples/mistakes (every mistake the checker knows) is a valid log, in ${locale}`, async () => {
      const result = await runCli(['check', 'samples/mistakes', '--format', 'sarif', '--locale', locale], repoRoot, {});
      assert.equal(result.status, 1);
      const log = JSON.parse(result.stdout);
      assert.ok(log.runs[0].results.length > 20, 'the log holds the mistakes');
      assert.deepEqual(schemaErrors(log), []);
    });
  }

  it('a clean programme and paths with spaces and æøå give valid logs', async () => {
    const clean = await runCli(['check', 'clean', '--format', 'sarif'], fixtures, {});
    assert.deepEqual([clean.status, JSON.parse(clean.stdout).runs[0].results, schemaErrors(JSON.parse(clean.stdout))], [0, [], []]);
    const spaced = await runCli(['check', 'Lederforløb 2027', '--format', 'sarif'], fixtures, {});
    assert.deepEqual(schemaErrors(JSON.parse(spaced.stdout)), []);
  });

  it('the schema rejects a result without a message and a region with line 0 (the check can fail)', async () => {
    const log = JSON.parse((await runCli(['check', 'broken', '--format', 'sarif'], fixtures, {})).stdout);
    delete log.runs[0].results[0].message;
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    assert.deepEqual(schemaErrors(log), [
      "/runs/0/results/0 must have required property 'message'",
      '/runs/0/results/1/locations/0/physicalLocation/region/startLine must be >= 1',
    ]);
  });
});
