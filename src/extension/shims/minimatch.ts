// Stands in for `minimatch` in the extension bundle (esbuild.mjs, `clientShims`). vscode-languageclient
// matches globs in two features only: file-operation events (`workspace.fileOperations`) and
// document filters with a `pattern` in pull diagnostics and notebook sync. Our server uses none of
// them (test/protocol/lifecycle.test.ts asserts its exact capabilities and registrations), and
// minimatch with brace-expansion is 28 KB of the bundle. Should one of them ever be reached, this
// throws, naming why.

export class Minimatch {
  constructor(pattern: string) {
    throw new Error(
      `The extension bundle has no glob matcher (minimatch is left out, see src/extension/shims/minimatch.ts): cannot match ${pattern}.`,
    );
  }
}

export function minimatch(_path: string, pattern: string): boolean {
  return new Minimatch(pattern) as never;
}
