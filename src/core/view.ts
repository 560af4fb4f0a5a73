import type { ParsedFile } from './module';
import type { ProgrammeContext } from './programme';
import type { Problem } from './types';

/**
 * What the language features and the shells read of a workspace: the files as parsed, the
 * programmes with their modules, and the problems. `Workspace` is one; a test or another host
 * may pass its own.
 */
export interface WorkspaceView {
  /** Whether the workspace holds a file. */
  has(file: string): boolean;
  /** The parsed form of a file. */
  get(file: string): ParsedFile | undefined;
  /** Every file path of the workspace. */
  paths(): string[];
  /** The programmes of the workspace, with their modules. */
  programmeContexts(): ProgrammeContext[];
  /** The programme a file belongs to: the one whose folder is the nearest above it. */
  programmeOf(file: string): ProgrammeContext | undefined;
  /** The problems of one file. */
  problemsOf(file: string): Problem[];
}

/**
 * The programme of a file, or of a folder: the programme in that folder, else the nearest one
 * above it. A Markdown file is taken as a file, anything else as a folder.
 */
export function programmeAt(workspace: WorkspaceView, fileOrFolder: string): ProgrammeContext | undefined {
  const path = fileOrFolder.replace(/\\/g, '/').replace(/(.)\/+$/, '$1');
  if (/\.md$/i.test(path)) return workspace.programmeOf(path);
  return workspace.programmeContexts().find((p) => p.folder === path) ?? workspace.programmeOf(path);
}

/** Whether a file is inside a folder (at any depth). */
export function isInside(file: string, folder: string): boolean {
  return file.startsWith(folder.endsWith('/') ? folder : `${folder}/`) && file !== folder;
}
