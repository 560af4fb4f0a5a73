import { promises as fs, readFileSync } from 'node:fs';
import type { FileAccess } from '../server/files';
import { markdownFiles } from './discover';

/** The server's file access on Node: the local disk (`within` is for hosts that check links). */
export const nodeFileAccess: FileAccess = {
  readFile: (path) => fs.readFile(path, 'utf8'),
  readFileNow: (path) => readFileSync(path, 'utf8'),
  markdownFiles: (root, onUnreadable) => markdownFiles(root, onUnreadable),
  exists: (path) =>
    fs.stat(path).then(
      () => true,
      () => false,
    ),
};
