/**
 * The few path operations the core needs, on checker paths: file paths with forward slashes
 * (`/work/samples/programme.md`) or, in a virtual workspace, URIs (`vscode-vfs://github/o/r/x.md`).
 * Plain string work, so that the core runs in a browser as well as in Node (`node:path` would
 * also resolve a URI against the current folder, which a web worker does not have).
 */

/** The folder of a path: everything before its last `/`; `/` for a file at the root, `.` for a bare name. */
export function dirname(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  if (slash === 0) return '/';
  return trimmed.slice(0, slash).replace(/([^/:])\/+$/, '$1') || '/';
}

/** The last part of a path. */
export function basename(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Parts joined with one `/` between each (a `//` inside a part, as in a URI's authority, stays). */
export function join(first: string, ...rest: string[]): string {
  return rest.reduce((joined, part) => (part === '' ? joined : `${joined.replace(/\/+$/, '')}/${part.replace(/^\/+/, '')}`), first);
}

/** The path of `to` relative to the folder `from` (both absolute, or both URIs), `..` where it leads out. */
export function relative(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}
