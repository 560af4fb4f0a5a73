import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { safeImportPath, type ImportedFile, type Message } from '../core';

/** Why an import wrote nothing: a file there already, or a path that would leave the folder. */
export class ImportRefused extends Error {
  constructor(readonly reason: Message) {
    super(reason.key);
  }
}

/**
 * Writes an imported programme into a folder, never over an existing file and never outside the
 * folder: every path is checked first, and when one file exists already nothing at all is written.
 * Each file is created exclusively (`wx`), so a file that appears meanwhile is not overwritten either.
 * Returns the paths written.
 */
export async function writeImportedFiles(folder: string, files: readonly ImportedFile[], shown = folder): Promise<string[]> {
  const root = path.resolve(folder);
  const targets = files.map((file) => {
    const target = path.resolve(root, ...file.path.split('/'));
    if (!safeImportPath(file.path) || !target.startsWith(root + path.sep)) {
      throw new ImportRefused({ key: 'import.outside', args: { path: file.path, folder: shown } });
    }
    return { target, file };
  });
  for (const { target, file } of targets) {
    const there = await fs.lstat(target).then(
      () => true,
      (error: NodeJS.ErrnoException) => error.code !== 'ENOENT',
    );
    if (there) throw new ImportRefused({ key: 'import.exists', args: { path: path.join(shown, ...file.path.split('/')) } });
  }
  const written: string[] = [];
  for (const { target, file } of targets) {
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, file.content, { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      const shownPath = path.join(shown, ...file.path.split('/'));
      if (e.code === 'EEXIST') throw new ImportRefused({ key: 'import.exists', args: { path: shownPath } });
      throw new ImportRefused({ key: 'import.cannot-write', args: { path: shownPath, reason: e.code ?? e.message } });
    }
    written.push(target);
  }
  return written;
}
