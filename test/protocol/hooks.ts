import { execFileSync } from 'node:child_process';
import { repoRoot } from './client';

/** Builds dist/server.js once before every protocol test, so that the tests run the current source. */
export const mochaHooks = {
  beforeAll(this: Mocha.Context): void {
    this.timeout(60000);
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  },
};
