import { promises as fs, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import { findFrontmatter } from '../core';
import { isInside, isUtf8Name, kindOf, loggedReason, readModuleText, visibleName, type NotCheckedReason } from './files';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);

/**
 * Something under a folder that is not read: a folder that could not be read (with the system's
 * error code: EACCES, EIO, ...), or an entry that is not checked, with its `reason` (then `code`
 * says it in words for a log).
 */
export interface UnreadableFolder {
  path: string;
  code: string;
  reason?: NotCheckedReason;
}

/**
 * Every Markdown file under a folder, skipping hidden folders, node_modules and build output.
 * A folder that cannot be read throws, or, with `onUnreadable`, is reported there and skipped, so
 * that one folder without permissions does not hide the rest of the workspace.
 *
 * Only regular files are taken. A named pipe, socket or device named `*.md`, and a name that is
 * not UTF-8 (it cannot be opened by a name read as text), go to `onUnreadable` with their reason.
 * Links are followed when their real target is inside the real `root`: a link to a file is read
 * under the link's own path, a link to a folder is walked after the folders themselves, once for
 * each real folder, so that a loop or two links to one folder end. Other links (outside, to
 * nothing, in a loop, to a folder walked already) go to `onUnreadable` too.
 */
export async function markdownFiles(root: string, onUnreadable?: (folder: UnreadableFolder) => void): Promise<string[]> {
  const out: string[] = [];
  const realRoot = await fs.realpath(root).catch(() => path.resolve(root));
  const walked = new Set<string>();
  const linkedFolders: { path: string; real: string; within: string }[] = [];
  const notChecked = (file: string, reason: NotCheckedReason): void => onUnreadable?.({ path: file, code: loggedReason(reason), reason });
  const walk = async (folder: string, real: string): Promise<void> => {
    walked.add(real);
    let entries: Dirent<Buffer>[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      if (!onUnreadable) throw error;
      onUnreadable({ path: folder, code: (error as NodeJS.ErrnoException).code ?? String(error) });
      return;
    }
    const named = entries.map((entry) => ({ entry, name: visibleName(entry.name), utf8: isUtf8Name(entry.name) }));
    for (const { entry, name, utf8 } of named.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(folder, name);
      const markdown = /\.md$/i.test(name);
      // Hidden and build folders are not walked, nor links that could lead into one.
      const skipped = name.startsWith('.') || SKIPPED_FOLDERS.has(name);
      if (skipped && !entry.isFile() && (!markdown || entry.isDirectory())) continue;
      if (!utf8) {
        if (markdown || entry.isDirectory()) notChecked(full, 'bad-name');
      } else if (entry.isDirectory()) {
        await walk(full, path.join(real, name));
      } else if (entry.isFile()) {
        if (markdown) out.push(full);
      } else if (entry.isSymbolicLink()) {
        await followLink(full, real, markdown);
      } else if (markdown) {
        notChecked(full, kindOf(entry));
      }
    }
  };
  const followLink = async (link: string, within: string, markdown: boolean): Promise<void> => {
    let target: string;
    let stats: Stats;
    try {
      target = await fs.realpath(link);
      stats = await fs.stat(target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!markdown) return;
      if (code === 'ENOENT') notChecked(link, 'link-dangling');
      else if (code === 'ELOOP') notChecked(link, 'link-loop');
      else onUnreadable?.({ path: link, code: code ?? String(error) });
      return;
    }
    if (!stats.isDirectory() && !markdown) return;
    if (!isInside(target, realRoot)) notChecked(link, 'link-outside');
    else if (stats.isDirectory()) linkedFolders.push({ path: link, real: target, within });
    else if (stats.isFile()) out.push(link);
    else notChecked(link, kindOf(stats));
  };
  await walk(root, realRoot);
  for (let link = linkedFolders.shift(); link; link = linkedFolders.shift()) {
    if (isInside(link.within, link.real)) notChecked(link.path, 'link-loop');
    else if (walked.has(link.real)) notChecked(link.path, 'link-repeated');
    else await walk(link.path, link.real);
  }
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
    const text = (await readModuleText(file)).replace(/^\uFEFF/, '');
    const span = findFrontmatter(text);
    if (!span?.close) return false;
    return /^type:[ \t]*["']?programme["']?[ \t]*(#.*)?$/m.test(text.slice(span.content.start, span.content.end));
  } catch {
    return false;
  }
}
