// The web-host suite's entry, loaded by VS Code as `extensionTestsPath` in the web worker
// extension host (test/vscode/run.mjs, with `extensionDevelopmentKind: web`). A worker has no
// `require` of files at run time: mocha's browser build and the tests are bundled in.

declare const mocha: BrowserMocha;
declare const Mocha: { reporters: { Spec: unknown } };

interface BrowserMocha {
  setup(ui: 'bdd'): void;
  reporter(reporter: unknown): void;
  timeout(ms: number): void;
  run(done: (failures: number) => void): void;
}

/** Runs the web-host tests; resolves when every one passed. */
export async function run(): Promise<void> {
  // Required here, not imported at the top: mocha's package is `"type": "module"`, so its UMD
  // build is bundled as a part of this module and sets this module's `module.exports` to the
  // mocha instance. Imported, that happened while VS Code loaded the suite, which then called the
  // instance's own `run()` (the HTML reporter: `document is not defined`) instead of this one.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('mocha/mocha.js');
  mocha.setup('bdd');
  mocha.reporter(Mocha.reporters.Spec);
  mocha.timeout(60_000);
  // After the setup, which defines `describe` and `it`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./web.test');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} web-host test(s) failed.`);
}
