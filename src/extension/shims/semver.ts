// Stands in for `semver` in the extension bundle (esbuild.mjs, `clientShims`). vscode-languageclient
// uses semver for one thing: checking `vscode.version` against its own `^1.x.y` (which VS Code has
// already checked against our `engines.vscode`). The whole of semver is 20 KB of the bundle and
// builds some forty regular expressions at load; this does that one check, and fails loudly on any
// other range, so that a client which starts to need more breaks the integration tests, not users.
// test/unit/shims.test.ts compares it with semver.

/** The parts of a parsed version that the client reads and writes. */
export interface Version {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

const VERSION =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const CARET = /^\^([1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** `semver/functions/parse` for a strict version string: null when it is not one. */
export function parse(version: unknown): Version | null {
  if (typeof version !== 'string') return null;
  const match = VERSION.exec(version.trim());
  if (!match) return null;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] ? match[4].split('.') : [] };
}

/** `semver/functions/satisfies` for a caret range with a major version of 1 or more. */
export function satisfies(version: Version | string, range: string): boolean {
  const caret = CARET.exec(range);
  if (!caret) throw new Error(`The semver stand-in of the extension bundle knows only ^x.y.z ranges (x ≥ 1), not ${range}.`);
  const parsed = typeof version === 'string' ? parse(version) : version;
  if (!parsed || parsed.prerelease.length > 0) return false;
  const [major, minor, patch] = [Number(caret[1]), Number(caret[2]), Number(caret[3])];
  return parsed.major === major && (parsed.minor > minor || (parsed.minor === minor && parsed.patch >= patch));
}
