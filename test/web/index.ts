// The web-host suite's entry, loaded by VS Code as `extensionTestsPath` in the web worker
// extension host (test/vscode/run.mjs, with `extensionDevelopmentKind: web`). A worker has no
// `require` of files at run time: mocha's browser build and the tests are bundled in.
import 'mocha/mocha.js';

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
  // The spec reporter given itself: by name the browser build takes its HTML one, and a worker has no DOM.
  mocha.setup('bdd');
  mocha.reporter(Mocha.reporters.Spec);
  (mocha as unknown as { _reporter: unknown })._reporter = Mocha.reporters.Spec;
  mocha.timeout(60_000);
  // After the setup, which defines `describe` and `it`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('./web.test');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} web-host test(s) failed.`);
}
