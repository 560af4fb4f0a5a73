import * as posix from '../paths';
import type { ParsedFile } from '../module';

/** Which folders of a workspace are programmes, and which modules belong to each. */
export interface Membership {
  /** Programme folder → the file of the programme module that counts for it. */
  programmeFolders: Map<string, string>;
  /** Programme folder → the files of its seances and assignments. */
  members: Map<string, Set<string>>;
  /** Seances and assignments outside every programme folder. */
  orphans: Set<string>;
  /** Programme modules in a folder whose programme is another file, in path order. */
  extraProgrammeFiles: string[];
  /** Programme folder → its place in the order of programmes, which group members follow. */
  folderOrder: Map<string, number>;
}

/** Works out which folders are programmes and which modules belong to each, from every file. */
export function membershipOf(files: ReadonlyMap<string, { parsed: ParsedFile }>): Membership {
  const folders = new Map<string, string>();
  const extraProgrammeFiles: string[] = [];
  for (const path of [...files.keys()].sort(byProgrammeFileFirst)) {
    if (files.get(path)!.parsed.module?.type !== 'programme') continue;
    const folder = posix.dirname(path);
    if (!folders.has(folder)) folders.set(folder, path);
    else extraProgrammeFiles.push(path);
  }
  const members = new Map([...folders.keys()].map((folder) => [folder, new Set<string>()]));
  const orphans = new Set<string>();
  for (const [path, state] of files) {
    const module = state.parsed.module;
    if (!module || module.type === 'programme') continue;
    const owner = ownerFolder(folders, path);
    if (owner === undefined) orphans.add(path);
    else members.get(owner)!.add(path);
  }
  const folderOrder = new Map([...folders.keys()].map((folder, i) => [folder, i]));
  return { programmeFolders: folders, members, orphans, extraProgrammeFiles, folderOrder };
}

/** The programme folder a file belongs to: the nearest above it. */
export function ownerFolder(programmeFolders: ReadonlyMap<string, string>, path: string): string | undefined {
  for (let folder = posix.dirname(path); ; folder = posix.dirname(folder)) {
    if (programmeFolders.has(folder)) return folder;
    if (folder === posix.dirname(folder)) return undefined;
  }
}

/**
 * Orders paths so that, in each folder, a file named programme.md comes first and the rest by
 * name: with two programme modules in one folder, `programme.md` is the one that counts, and a
 * copy such as `programme - Kopi.md` is the one reported.
 */
function byProgrammeFileFirst(a: string, b: string): number {
  const rank = (path: string): string =>
    `${posix.dirname(path)}/${/^programme\.md$/i.test(posix.basename(path)) ? '0' : '1'}${posix.basename(path)}`;
  const ra = rank(a);
  const rb = rank(b);
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}
