import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Workspace } from '../core';
import { uriToPath, pathToUri } from './convert';
import type { Diagnostics } from './diagnostics';
import { readText, type FileAccess } from './files';
import type { ChangeQueue } from './sequence';
import type { Settings } from './settings';

/** How long typing must pause before a document is checked again. */
export const DEBOUNCE_MS = 150;

/**
 * The open documents in the workspace index: opened and closed at once (through the change
 * queue), typing checked when it pauses, and everything typed checked before a request reads.
 */
export class DocumentSync {
  /** Documents typed in and not yet checked, with the timer that will check them. */
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * Open documents whose file was deleted (or renamed) on disk. VS Code keeps such an editor open,
   * marked "(deleted)", but the module is no longer in the programme: it must not count twice
   * after a rename, nor hold its problems. Saving it again brings it back (a Created event).
   */
  readonly deletedOnDisk = new Set<string>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly workspace: Workspace,
    private readonly diagnostics: Diagnostics,
    private readonly settings: Settings,
    private readonly files: FileAccess,
    private readonly changes: ChangeQueue,
  ) {}

  /** Listens to the client's document notifications. */
  listen(): void {
    const { documents, changes } = this;
    documents.onDidOpen(({ document }) => {
      this.deletedOnDisk.delete(document.uri);
      changes.add(() => this.applyOpen(document.uri));
    });
    documents.onDidChangeContent(({ document }) => {
      const uri = document.uri;
      if (this.deletedOnDisk.has(uri)) return;
      if (!this.workspace.has(uriToPath(uri))) return changes.add(() => this.applyOpen(uri));
      this.cancel(uri);
      this.pending.set(
        uri,
        setTimeout(() => {
          this.pending.delete(uri);
          changes.add(() => this.applyOpen(uri));
        }, DEBOUNCE_MS),
      );
    });
    documents.onDidClose(({ document }) => {
      const uri = document.uri;
      this.cancel(uri);
      this.deletedOnDisk.delete(uri);
      changes.add(() => this.closed(uri));
    });
  }

  /** Takes a file's new text and publishes what changed, in its programme and across programmes. */
  apply(path: string, text: string | undefined): void {
    const { workspace } = this;
    const before = workspace.has(path) ? workspace.filesAffectedBy(path) : new Set<string>();
    if (text === undefined) workspace.remove(path);
    else workspace.update(path, text);
    const after = workspace.has(path) ? workspace.filesAffectedBy(path) : new Set<string>();
    this.diagnostics.publish(new Set([...before, ...after, path]));
    this.diagnostics.announce([path]);
  }

  /**
   * Every document typed in is checked now, so that a request never sees stale text: a hover or a
   * rename in one file reads the others too.
   */
  flush(): void {
    for (const [uri, timer] of [...this.pending]) {
      clearTimeout(timer);
      this.pending.delete(uri);
      this.applyOpen(uri);
    }
  }

  /** A file went from disk: forgotten, even when an editor still shows it (until it is saved again). */
  deleted(path: string, uri = pathToUri(path)): void {
    if (this.documents.get(uri)) {
      this.deletedOnDisk.add(uri);
      this.cancel(uri);
    }
    this.apply(path, undefined);
  }

  /** The text of an open document, or undefined when it is not open. */
  openText(uri: string): string | undefined {
    return this.documents.get(uri)?.getText();
  }

  /** Applies an open document's current text, unless it was closed or deleted on disk since. */
  private applyOpen(uri: string): void {
    const text = this.openText(uri);
    if (text !== undefined && !this.deletedOnDisk.has(uri)) this.apply(uriToPath(uri), text);
  }

  /** Closed without saving: the file on disk is what counts again, if it is in the workspace. */
  private async closed(uri: string): Promise<void> {
    const path = uriToPath(uri);
    const onDisk = this.settings.inWorkspace(path);
    const text = onDisk ? await readText(this.files, path, this.settings.roots) : undefined;
    // Opened again meanwhile: the open text counts (its own change follows in the queue).
    if (this.documents.get(uri)) return;
    this.apply(path, text);
  }

  private cancel(uri: string): void {
    clearTimeout(this.pending.get(uri));
    this.pending.delete(uri);
  }
}
