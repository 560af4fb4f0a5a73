import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { FileExistsRequest, MarkdownFilesRequest, ReadFileRequest, type MarkdownFilesResult, type ReadFileResult } from '../protocol';

/** Folders the server never reads modules from (as on disk: src/node/discover.ts). */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'out']);

/**
 * Answers the server's file requests with `vscode.workspace.fs`, so that the server needs no
 * disk: in vscode.dev and github.dev (a web worker) and in any virtual workspace.
 */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(
    client.onRequest(MarkdownFilesRequest, ({ folderUri }) => markdownFiles(vscode.Uri.parse(folderUri))),
    client.onRequest(ReadFileRequest, ({ uri }) => readText(vscode.Uri.parse(uri))),
    client.onRequest(FileExistsRequest, async ({ uri }) => {
      try {
        await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
        return true;
      } catch {
        return false;
      }
    }),
  );
}

/**
 * The Markdown files under a folder, walked with `readDirectory` (every file system provider has
 * it; `findFiles` needs a search provider, which a virtual file system may lack). Links to
 * folders are not followed, so that a loop cannot walk for ever.
 */
async function markdownFiles(root: vscode.Uri): Promise<MarkdownFilesResult> {
  const result: MarkdownFilesResult = { uris: [], unreadable: [] };
  const walk = async (folder: vscode.Uri): Promise<void> => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch (error) {
      result.unreadable.push({ uri: folder.toString(), code: codeOf(error) });
      return;
    }
    for (const [name, type] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const isLink = (type & vscode.FileType.SymbolicLink) !== 0;
      if (type & vscode.FileType.Directory) {
        if (!isLink && !name.startsWith('.') && !SKIPPED_FOLDERS.has(name)) await walk(vscode.Uri.joinPath(folder, name));
      } else if (type & vscode.FileType.File && /\.md$/i.test(name)) {
        result.uris.push(vscode.Uri.joinPath(folder, name).toString());
      }
    }
  };
  await walk(root);
  return result;
}

/** A file's text as UTF-8 as Node reads it (a byte order mark kept, a byte that is not UTF-8 as U+FFFD), or why not. */
async function readText(uri: vscode.Uri): Promise<ReadFileResult> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { code: 'EISDIR' };
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri)) };
  } catch (error) {
    return { code: codeOf(error) };
  }
}

/** A file system error's code in Node's words, which the server's log and messages already know. */
function codeOf(error: unknown): string {
  const code = error instanceof vscode.FileSystemError ? error.code : undefined;
  if (code) return NODE_CODES[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}

const NODE_CODES: Record<string, string> = {
  FileNotFound: 'ENOENT',
  NoPermissions: 'EACCES',
  FileIsADirectory: 'EISDIR',
  FileNotADirectory: 'ENOTDIR',
  Unavailable: 'EIO',
};
