import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { findFrontmatter } from '../core';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);

/** A folder that could not be read, with the system's error code (EACCES, EIO, ...). */
export interface UnreadableFolder {
  path: string;
  code: string;
}

/**
 * Every Markdown file under a folder, skipping hidden folders, node_modules and build output.
 * A folder that cannot be read throws, or, with `onUnreadable`, is reported there and skipped, so
 * that one folder without permissions does not hide the rest of the workspace.
 */
export async function markdownFiles(root: string, onUnreadable?: (folder: UnreadableFolder) => void): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      if (!onUnreadable) throw error;
      onUnreadable({ path: folder, code: (error as NodeJS.ErrnoException).code ?? String(error) });
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) await walk(full);
      } else if (entry.isFile() && /\.md$/i.test(entry.name)) {
        out.push(full);
      }
    }
  };
  await walk(root);
  return out;
}

/**
 * The nearest folder at or above `start` that holds a programme module, so that checking one
 * seance, or one subfolder, still checks it against its programme. The search stops at the root
 * of a git repository (a folder holding `.git`), so that a stray file far above is never taken.
 */
export async function enclosingProgrammeFolder(start: string): Promise<string | undefined> {
  for (let folder = start; ; folder = path.dirname(folder)) {
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      if (!/\.md$/i.test(name)) continue;
      if (await isProgrammeFile(path.join(folder, name))) return folder;
    }
    if (names.includes('.git') || folder === path.dirname(folder)) return undefined;
  }
}

async function isProgrammeFile(file: string): Promise<boolean> {
  try {
    const text = (await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    const span = findFrontmatter(text);
    if (!span?.close) return false;
    return /^type:[ \t]*["']?programme["']?[ \t]*(#.*)?$/m.test(text.slice(span.content.start, span.content.end));
  } catch {
    return false;
  }
}
