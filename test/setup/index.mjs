#!/usr/bin/env node
// The first step of `npm test`: installs what the suites need from Debian (see debian.mjs), so
// that `npm ci && npm test` is all a fresh machine needs.
import { ensureDebianPackages, PACKAGES } from './debian.mjs';

try {
  ensureDebianPackages(Object.keys(PACKAGES));
} catch (error) {
  console.error(`[setup] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
