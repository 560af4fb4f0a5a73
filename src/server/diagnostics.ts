import type { Connection } from 'vscode-languageserver';
import type { Workspace } from '../core';
import { ProgrammesChangedNotification } from '../protocol';
import { pathToUri, toDiagnostic } from './convert';
import type { Settings } from './settings';

/** Publishes the problems of files as diagnostics, and only those that changed since last time. */
export class Diagnostics {
  /** Path → the diagnostics last published for it, as JSON; files without any are absent. */
  private readonly published = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: Workspace,
    private readonly settings: Settings,
  ) {}

  /** Publishes the problems of these files where they changed. */
  publish(paths: Iterable<string>): void {
    for (const path of paths) {
      const problems = this.workspace.has(path) ? this.workspace.problemsOf(path) : [];
      const diagnostics = problems.flatMap((p) => {
        const shown = this.settings.shown(p);
        return shown ? [toDiagnostic(shown, this.settings.locale)] : [];
      });
      const json = JSON.stringify(diagnostics);
      if ((this.published.get(path) ?? '[]') === json) continue;
      if (diagnostics.length === 0) this.published.delete(path);
      else this.published.set(path, json);
      void this.connection.sendDiagnostics({ uri: pathToUri(path), diagnostics });
    }
  }

  /** Publishes every file of the workspace, and clears those that went. */
  publishAll(): void {
    this.publish(new Set([...this.workspace.paths(), ...this.published.keys()]));
  }

  /** Tells the client which programmes the changed files belong to, so that open views refresh. */
  announce(paths: Iterable<string>): void {
    const folders = new Set<string>();
    for (const path of paths) {
      const programme = this.workspace.programmeOf(path);
      if (programme) folders.add(pathToUri(programme.folder));
    }
    if (folders.size > 0) void this.connection.sendNotification(ProgrammesChangedNotification, { folderUris: [...folders] });
  }
}
