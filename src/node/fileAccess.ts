import { promises as fs } from 'node:fs';
import type { FileAccess } from '../server/files';
import { markdownFiles } from './discover';
import { readModuleText, readModuleTextSync } from './files';

/**
 * The server's file access on Node: the local disk, regular files only (a named pipe would block a
 * read for ever), and links only to files inside the workspace folders.
 */
export const nodeFileAccess: FileAccess = {
  readFile: (path, within) => readModuleText(path, within),
  readFileNow: (path) => readModuleTextSync(path),
  markdownFiles: (root, onUnreadable) => markdownFiles(root, onUnreadable),
  exists: (path) =>
    fs.stat(path).then(
      () => true,
      () => false,
    ),
};
