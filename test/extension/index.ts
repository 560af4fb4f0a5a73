import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import type MochaType from 'mocha';

/**
 * The integration suite's entry, loaded by VS Code as `extensionTestsPath` (by test/vscode/run.mjs
 * in a VS Code server, or by @vscode/test-electron). Resolves when every test passed.
 */
export async function run(): Promise<void> {
  // Mocha is not bundled: its reporters and interfaces are loaded by name at run time.
  const repository = path.resolve(__dirname, '../../..');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Mocha = require(path.join(repository, 'node_modules/mocha/lib/mocha.cjs')) as typeof MochaType;
  // CURRICULUM_VSCODE_GREP runs only the tests whose titles match, while working on them.
  const grep = process.env.CURRICULUM_VSCODE_GREP;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000, slow: 5_000, ...(grep ? { grep } : {}) });
  // Activation first: it proves the extension started by itself, before any test opened a file.
  const files = readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js'))
    .sort((a, b) => Number(b === 'activation.test.js') - Number(a === 'activation.test.js') || a.localeCompare(b));
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} integration test(s) failed.`);
}
