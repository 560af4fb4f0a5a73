import { FileChangeType, type Connection, type FileEvent } from 'vscode-languageserver';
import { formatMessage, paths as posix, type Workspace } from '../core';
import { pathToUri, uriToPath } from './convert';
import type { Diagnostics } from './diagnostics';
import type { DocumentSync } from './documents';
import { readText, readTextSoon, type FileAccess } from './files';
import { BATCH, yieldToOthers } from './sequence';
import type { Settings } from './settings';

/** The Markdown files of the workspace folders: read all at start and on "check all", then watched. */
export class WorkspaceScan {
  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly files: FileAccess,
    private readonly sync: DocumentSync,
    private readonly diagnostics: Diagnostics,
    private readonly settings: Settings,
  ) {}

  /**
   * Reads every Markdown file of the workspace folders, letting other messages in after each
   * batch. A folder or file that cannot be read (its permissions) is skipped, logged, and named to
   * the user once a scan: the rest is still checked.
   */
  async scan(): Promise<void> {
    const unreadable: string[] = [];
    for (const root of this.settings.roots) {
      const report = (path: string, code: string): void => {
        unreadable.push(path === root ? root : posix.relative(root, path));
        this.connection.console.error(`Cannot read ${path}: ${code}`);
      };
      const files = await this.files.markdownFiles(root, (folder) => report(folder.path.replace(/\\/g, '/'), folder.code));
      for (let i = 0; i < files.length; i++) {
        const path = files[i]!.replace(/\\/g, '/');
        const uri = pathToUri(path);
        const open = this.sync.openText(uri);
        // An open document counts with its text; one deleted before is on disk again.
        if (open !== undefined && this.sync.deletedOnDisk.delete(uri)) this.workspace.update(path, open);
        if (open !== undefined) continue;
        const text = await readTextSoon(this.files, path, this.settings.roots, (code) => report(path, code));
        if (text !== undefined && this.sync.openText(uri) === undefined) this.workspace.update(path, text);
        if (i % BATCH === BATCH - 1) await yieldToOthers();
      }
    }
    this.diagnostics.publishAll();
    if (unreadable.length > 0) {
      const paths = unreadable.map((path) => `\`${path}\``).join(', ');
      void this.connection.window.showWarningMessage(formatMessage({ key: 'workspace.unreadable', args: { paths } }, this.settings.locale));
    }
  }

  /** Takes the files changed on disk (created, changed, deleted) that the client saw. */
  async changed(changes: readonly FileEvent[]): Promise<void> {
    const { sync } = this;
    // Deletions first: a file renamed on disk comes as a deletion and a creation, and the new name
    // read before the old one goes would count the module twice (a duplicate-id for a moment).
    const ordered = [...changes].sort((a, b) => Number(b.type === FileChangeType.Deleted) - Number(a.type === FileChangeType.Deleted));
    for (const change of ordered) {
      const path = uriToPath(change.uri);
      if (!/\.md$/i.test(path)) {
        // A deleted folder comes as one event for the folder: forget every module inside it.
        if (change.type === FileChangeType.Deleted) {
          for (const file of this.workspace.paths().filter((p) => p.startsWith(`${path}/`))) sync.deleted(file);
        }
        continue;
      }
      if (change.type === FileChangeType.Deleted) {
        // An editor that saves by writing a new file over the old one is seen as deleted and created.
        if (sync.openText(change.uri) === undefined || !(await this.files.exists(path))) sync.deleted(path, change.uri);
        continue;
      }
      const open = sync.openText(change.uri);
      if (open !== undefined) {
        // An open document counts with its text; one deleted before is back on disk (saved again).
        if (sync.deletedOnDisk.delete(change.uri)) sync.apply(path, open);
        continue;
      }
      const text = await readText(this.files, path, this.settings.roots, (code) => {
        this.connection.console.error(`Cannot read ${path}: ${code}`);
        const paths = `\`${posix.basename(path)}\``;
        void this.connection.window.showWarningMessage(
          formatMessage({ key: 'workspace.unreadable', args: { paths } }, this.settings.locale),
        );
      });
      if (sync.openText(change.uri) !== undefined) continue;
      sync.apply(path, text);
    }
  }
}
