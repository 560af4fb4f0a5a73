import type { Connection } from 'vscode-languageserver';
import { FileExistsRequest, MarkdownFilesRequest, ReadFileRequest } from '../protocol';
import { pathToUri, uriToPath } from './convert';
import type { FileAccess } from './files';

/**
 * The server's file access through the client: every read is a request the extension answers
 * with `vscode.workspace.fs`, so that it works wherever VS Code can open the files (a virtual
 * workspace such as github.dev, a web worker with no disk at all) and on the desktop alike.
 */
export function clientFileAccess(connection: Connection): FileAccess {
  return {
    async readFile(path) {
      const result = await connection.sendRequest(ReadFileRequest, { uri: pathToUri(path) });
      if (result.text === undefined)
        throw Object.assign(new Error(`Cannot read ${path}: ${result.code ?? 'unknown'}`), { code: result.code });
      return result.text;
    },
    async markdownFiles(root, onUnreadable) {
      const result = await connection.sendRequest(MarkdownFilesRequest, { folderUri: pathToUri(root) });
      for (const folder of result.unreadable) onUnreadable({ path: uriToPath(folder.uri), code: folder.code });
      return result.uris.map(uriToPath);
    },
    exists: (path) => connection.sendRequest(FileExistsRequest, { uri: pathToUri(path) }),
  };
}

/** Whether a checker path is a URI (a virtual workspace's file) rather than a path on disk. */
export function isUriPath(path: string): boolean {
  return pathToUri(path) === path;
}

/**
 * Files on disk through `local`, the files of a virtual workspace (whose checker paths are URIs)
 * through `remote`: the Node server reads the disk itself, and asks the client for the rest.
 */
export function routedFileAccess(local: FileAccess, remote: FileAccess): FileAccess {
  const pick = (path: string): FileAccess => (isUriPath(path) ? remote : local);
  return {
    readFile: (path, within) =>
      pick(path).readFile(
        path,
        within?.filter((root) => isUriPath(root) === isUriPath(path)),
      ),
    readFileNow: (path) => pick(path).readFileNow?.(path),
    markdownFiles: (root, onUnreadable) => pick(root).markdownFiles(root, onUnreadable),
    exists: (path) => pick(path).exists(path),
  };
}
