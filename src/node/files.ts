import { closeSync, constants, fstatSync, openSync, promises as fs, readFileSync, type Stats } from 'node:fs';
import * as path from 'node:path';

/**
 * Why an entry of a programme folder is not read as a module: something that is not a file (a
 * named pipe would block the read for ever), a name that is not UTF-8, or a link the checker does
 * not follow. Each is told to the user; none is skipped silently.
 */
export type NotCheckedReason = 'fifo' | 'socket' | 'device' | 'bad-name' | 'link-outside' | 'link-dangling' | 'link-loop' | 'link-repeated';

/** What the server's log says of each reason (the log is for whoever debugs: English). */
const LOGGED: Record<NotCheckedReason, string> = {
  fifo: 'not a file but a named pipe (FIFO)',
  socket: 'not a file but a socket',
  device: 'not a file but a device',
  'bad-name': 'the name is not valid UTF-8',
  'link-outside': 'a link to a place outside the workspace folder, not followed',
  'link-dangling': 'a link to nothing',
  'link-loop': 'a link that leads back into a folder that holds it',
  'link-repeated': 'a link to a folder that is checked already',
};

/** A file read that met something other than a regular file: `code` is what a log shows. */
export class NotAFileError extends Error {
  readonly code: string;
  constructor(
    readonly file: string,
    readonly reason: NotCheckedReason,
  ) {
    super(`${file}: ${LOGGED[reason]}`);
    this.code = LOGGED[reason];
  }
}

/** The reason a stat of something that is not a file or folder gives. */
export function kindOf(stats: Pick<Stats, 'isFIFO' | 'isSocket'>): NotCheckedReason {
  return stats.isFIFO() ? 'fifo' : stats.isSocket() ? 'socket' : 'device';
}

/** What a log says for a reason. */
export function loggedReason(reason: NotCheckedReason): string {
  return LOGGED[reason];
}

// O_NONBLOCK: opening a named pipe with no writer returns at once instead of waiting for one.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * A module's text, read only when it is a regular file: a named pipe, socket or device throws a
 * {@link NotAFileError} instead of blocking. The file is opened first and its type taken from the
 * open descriptor, so that nothing can be swapped in between the check and the read. A folder
 * throws EISDIR, as `readFileSync` does.
 */
export function readModuleTextSync(file: string): string {
  const fd = openSync(file, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory())
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: 'EISDIR', path: file });
    if (!stats.isFile()) throw new NotAFileError(file, kindOf(stats));
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The same through the thread pool. With `within` (the workspace folders), a file whose real path
 * is outside every one of them (a link out of the workspace) throws a {@link NotAFileError}.
 */
export async function readModuleText(file: string, within?: readonly string[]): Promise<string> {
  if (within) {
    const real = await fs.realpath(file);
    const roots = await Promise.all(within.map((root) => fs.realpath(root).catch(() => root)));
    if (!roots.some((root) => isInside(real, root))) throw new NotAFileError(file, 'link-outside');
  }
  const handle = await fs.open(file, OPEN_FLAGS);
  try {
    const stats = await handle.stat();
    if (stats.isDirectory())
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: 'EISDIR', path: file });
    if (!stats.isFile()) throw new NotAFileError(file, kindOf(stats));
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Whether `inner` is `outer` or inside it (both absolute). Real paths are compared, so that a
 * link cannot lead out through a folder that is itself a link.
 */
export function isInside(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * A path for a line of text output: control characters (a line break that would forge a line of
 * its own, an escape sequence that would drive the terminal) written visibly, as `\n`, `\x1b`.
 */
export function visiblePath(text: string): string {
  return visibleControls(text);
}

/** Any text with its control characters written visibly (see {@link visiblePath}). */
export function visibleControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    if (named[c]) return named[c];
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}

/**
 * A file name's bytes as text, with bytes that are not UTF-8 written as `%E9` (not `\xe9`: a
 * backslash is a folder separator to Windows and to the server's paths).
 */
export function visibleName(name: Buffer): string {
  let out = '';
  let i = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  while (i < name.length) {
    // The longest run that decodes, byte by byte at the first that does not.
    let end = name.length;
    for (; end > i; end--) {
      try {
        out += decoder.decode(name.subarray(i, end));
        break;
      } catch {
        // shorter
      }
    }
    if (end === i) {
      out += `%${name[i]!.toString(16).toUpperCase().padStart(2, '0')}`;
      end = i + 1;
    }
    i = end;
  }
  return out;
}

/** Whether a name's bytes are valid UTF-8. */
export function isUtf8Name(name: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(name);
    return true;
  } catch {
    return false;
  }
}
