import * as vscode from 'vscode';

/** The files of the virtual workspace, by path under `memfs:/`, put in at build time (esbuild.mjs). */
declare const MEMFS_FILES: Record<string, string>;

interface Entry {
  type: vscode.FileType;
  data?: Uint8Array;
  mtime: number;
}

/**
 * A file system in memory for the web-host tests, registered as `memfs:`: the workspace folder
 * `memfs:/samples` is the samples, and nothing of it is on any disk the extension could read.
 */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, Entry>([['/', { type: vscode.FileType.Directory, mtime: Date.now() }]]);
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(files: Record<string, string>) {
    for (const [path, text] of Object.entries(files)) this.put(path, new TextEncoder().encode(text));
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const entry = this.entry(uri);
    return { type: entry.type, ctime: entry.mtime, mtime: entry.mtime, size: entry.data?.byteLength ?? 0 };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const folder = uri.path === '/' ? '/' : `${uri.path}/`;
    if (this.entry(uri).type !== vscode.FileType.Directory) throw vscode.FileSystemError.FileNotADirectory(uri);
    return [...this.entries]
      .filter(([path]) => path !== '/' && path.startsWith(folder) && !path.slice(folder.length).includes('/'))
      .map(([path, entry]) => [path.slice(folder.length), entry.type]);
  }

  createDirectory(uri: vscode.Uri): void {
    this.entries.set(uri.path, { type: vscode.FileType.Directory, mtime: Date.now() });
    this.changed.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const entry = this.entry(uri);
    if (!entry.data) throw vscode.FileSystemError.FileIsADirectory(uri);
    return entry.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const existed = this.entries.has(uri.path);
    if (!existed && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (existed && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    this.put(uri.path, content);
    this.changed.fire([{ type: existed ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    this.entry(uri);
    for (const path of [...this.entries.keys()]) if (path === uri.path || path.startsWith(`${uri.path}/`)) this.entries.delete(path);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri): void {
    const data = this.readFile(from);
    this.delete(from);
    this.writeFile(to, data, { create: true, overwrite: true });
  }

  private entry(uri: vscode.Uri): Entry {
    const entry = this.entries.get(uri.path);
    if (!entry) throw vscode.FileSystemError.FileNotFound(uri);
    return entry;
  }

  private put(path: string, data: Uint8Array): void {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const folder = `/${parts.slice(0, i).join('/')}`;
      if (!this.entries.has(folder)) this.entries.set(folder, { type: vscode.FileType.Directory, mtime: Date.now() });
    }
    this.entries.set(`/${parts.join('/')}`, { type: vscode.FileType.File, data, mtime: Date.now() });
  }
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider('memfs', new MemoryFileSystem(MEMFS_FILES), { isCaseSensitive: true }),
  );
}
