// What the tests and `npm start` need from Debian, installed by themselves on a fresh machine:
// a step that needs a package installs it (as root, once, saying what and why) or, without root,
// stops with the one command that installs it. Nothing is downloaded from outside Debian's archive.
import { spawnSync } from 'node:child_process';

/** The Debian packages this repository can need, and why. */
export const PACKAGES = {
  chromium: 'the browser that the webview, export, benchmark and VS Code tests drive (never a downloaded one)',
  'libkrb5-dev': 'Kerberos headers, to build one native module of the VS Code server that the VS Code tests and `npm start` install',
  'pkg-config': 'finds the Kerberos headers for that build',
  python3: 'runs node-gyp, which builds the native modules of that VS Code server',
  make: 'drives the native builds of that VS Code server',
  'g++': 'compiles the native modules of that VS Code server',
};

/** What building the VS Code server needs from Debian (a minimal Debian has none of it). */
export const SERVER_BUILD_PACKAGES = ['libkrb5-dev', 'pkg-config', 'python3', 'make', 'g++'];

/** The names among `names` that dpkg does not list as installed. */
export function missingPackages(names) {
  return names.filter((name) => {
    const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return query.error !== undefined || !/install ok installed/.test(query.stdout ?? '');
  });
}

/**
 * Makes sure the named packages are installed. Installs the missing ones with apt-get when this
 * process is root; otherwise throws an error that names the one command to run.
 */
export function ensureDebianPackages(names) {
  const missing = missingPackages(names);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const why = missing.map((name) => `  ${name}: ${PACKAGES[name] ?? 'needed by the tests'}`).join('\n');
  const aptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).stdout?.trim();
  if (!aptGet) {
    throw new Error(`These Debian packages are missing and there is no apt-get to install them:\n${why}`);
  }
  if (process.getuid?.() !== 0) {
    throw new Error(`These Debian packages are missing:\n${why}\nInstall them once, as root:\n  sudo sh -c '${command}'`);
  }
  console.log(`[setup] installing from Debian (once): ${missing.join(', ')}\n${why}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', ...missing],
  ]) {
    const result = spawnSync('apt-get', args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) throw new Error(`apt-get ${args[0]} failed (${result.error?.message ?? `exit ${result.status}`}): ${command}`);
  }
  const still = missingPackages(missing);
  if (still.length > 0) throw new Error(`apt-get finished, but these are still not installed: ${still.join(', ')}`);
}
