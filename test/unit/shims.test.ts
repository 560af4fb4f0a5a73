import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Minimatch } from '../../src/extension/shims/minimatch';
import { parse, satisfies } from '../../src/extension/shims/semver';

const client = require.resolve('vscode-languageclient/node');
/** The range vscode-languageclient checks VS Code's version against. */
const clientRange = /REQUIRED_VSCODE_VERSION = '([^']+)'/.exec(readFileSync(client, 'utf8'))?.[1];

// The very semver the client would use (it has no types here): the two functions it calls.
type SemVer = { major: number; minor: number; patch: number; prerelease: (string | number)[] };
const fromClient = createRequire(client);
const semverParse = fromClient('semver/functions/parse') as (version: string) => SemVer | null;
const semverSatisfies = fromClient('semver/functions/satisfies') as (version: SemVer, range: string) => boolean;

describe('the stand-ins the extension bundle uses for the language client’s semver and minimatch', () => {
  it('knows the form of range the language client checks', () => {
    assert.ok(clientRange, 'REQUIRED_VSCODE_VERSION not found in vscode-languageclient/lib/node/main.js');
    assert.match(clientRange, /^\^[1-9]\d*\.\d+\.\d+$/);
  });

  const versions = [
    '1.91.0',
    '1.91.1',
    '1.90.9',
    '1.139.1',
    '1.140.0-insider',
    '2.0.0',
    '0.91.0',
    '1.9.0',
    'v1.95.2',
    ' 1.92.0 ',
    '1.92',
    'x',
    '1.92.0+build.5',
    '01.92.0',
  ];
  for (const range of ['^1.91.0', '^1.139.1', '^2.0.0']) {
    it(`agrees with semver on ${range}`, () => {
      for (const version of versions) {
        const expected = semverParse(version);
        const actual = parse(version);
        assert.equal(actual === null, expected === null, `parse(${JSON.stringify(version)})`);
        if (!expected || !actual) continue;
        assert.deepEqual(actual, {
          major: expected.major,
          minor: expected.minor,
          patch: expected.patch,
          prerelease: expected.prerelease.map(String),
        });
        // As the client does: an insider build counts as its release.
        const [forClient, forSemver] = [actual, expected];
        forClient.prerelease = [];
        forSemver.prerelease = [];
        assert.equal(satisfies(forClient, range), semverSatisfies(forSemver, range), `satisfies(${version}, ${range})`);
      }
    });
  }

  it('refuses a range it does not know, and every glob', () => {
    assert.throws(() => satisfies('1.91.0', '>=1.91.0'), /knows only \^x\.y\.z ranges/);
    assert.throws(() => new Minimatch('**/*.md'), /no glob matcher/);
  });
});
