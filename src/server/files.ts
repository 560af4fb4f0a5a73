/**
 * How the server reaches the files of the workspace. The host passes one in: Node reads the disk
 * (src/node/files.ts), a browser host can pass another, so that the server itself never touches
 * `fs`. Paths use forward slashes.
 */
export interface FileAccess {
  /**
   * A file's text as UTF-8; rejects with an error whose `code` says why (ENOENT, EACCES, ...).
   * `within` are the workspace folders: a host that follows links may refuse a file outside them.
   */
  readFile(path: string, within?: readonly string[]): Promise<string>;
  /**
   * The same, at once, where the host can: small files read fastest so, and the first scan reads
   * thousands. Without it, or when it answers undefined (not at once for this file), the scan
   * reads through `readFile`.
   */
  readFileNow?(path: string): string | undefined;
  /**
   * Every Markdown file under a folder, skipping hidden folders and build output. A folder that
   * cannot be read is told to `onUnreadable` and skipped.
   */
  markdownFiles(root: string, onUnreadable: (folder: { path: string; code: string }) => void): Promise<string[]>;
  /** Whether a file or folder exists. */
  exists(path: string): Promise<boolean>;
}

/** The error code of a failed read, or the error itself in words. */
function codeOf(error: unknown): string {
  return (error as { code?: string }).code ?? String(error);
}

/** No text for a file that could not be read; `onUnreadable` hears why, unless it is simply gone. */
function notRead(error: unknown, onUnreadable?: (code: string) => void): undefined {
  const code = codeOf(error);
  if (code !== 'ENOENT') onUnreadable?.(code);
  return undefined;
}

/** A file's text; undefined when it is gone or unreadable. */
export function readText(
  files: FileAccess,
  path: string,
  within: readonly string[],
  onUnreadable?: (code: string) => void,
): Promise<string | undefined> {
  return files.readFile(path, within).catch((error: unknown) => notRead(error, onUnreadable));
}

/** The same, at once when the host can read at once; else a promise. */
export function readTextSoon(
  files: FileAccess,
  path: string,
  within: readonly string[],
  onUnreadable?: (code: string) => void,
): string | undefined | Promise<string | undefined> {
  if (!files.readFileNow) return readText(files, path, within, onUnreadable);
  try {
    return files.readFileNow(path) ?? readText(files, path, within, onUnreadable);
  } catch (error) {
    return notRead(error, onUnreadable);
  }
}
