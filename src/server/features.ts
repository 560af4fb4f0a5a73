import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  type CodeAction,
  type Connection,
  type Location,
  type Position,
} from 'vscode-languageserver';
import {
  completionsAt,
  documentSymbols,
  formatMessage,
  hoverAt,
  idAt,
  localToday,
  renameEdits,
  renameRefusal,
  type LearningTypeWords,
  type Locale,
  type Message,
  type Problem,
  type WorkspaceView,
} from '../core';
import { pathToUri, toCompletionItem, toDocumentSymbol, toWorkspaceEdit, uriToPath } from './convert';

/** What the language features need of the server: the workspace, the language, and `answer`. */
export interface FeatureHost {
  workspace: WorkspaceView;
  locale(): Locale;
  /** The organisation's own words for learning types (empty in an untrusted workspace). */
  learningTypes?(): LearningTypeWords;
  /** Registers a request handler that sees every earlier change and answers `fallback` on a fault. */
  answer<P, R>(name: string, fallback: R | ((error: unknown) => R), handler: (params: P) => R | Promise<R>): (params: P) => Promise<R>;
}

/** Completion, hover, definition, references, rename, outline and quick fixes. */
export function listenToLanguageFeatures(connection: Connection, host: FeatureHost): void {
  const { workspace, answer } = host;
  const refuse = (message: Message): never => {
    throw new ResponseError(LSPErrorCodes.RequestFailed, formatMessage(message, host.locale()));
  };

  connection.onCompletion(
    answer('completion', [], ({ textDocument, position }) =>
      completionsAt(workspace, uriToPath(textDocument.uri), position, localToday(), host.locale()).map(toCompletionItem),
    ),
  );

  connection.onHover(
    answer('hover', null, ({ textDocument, position }) => {
      const hover = hoverAt(workspace, uriToPath(textDocument.uri), position, host.locale(), {
        learningTypes: host.learningTypes?.(),
      });
      return hover ? { contents: { kind: 'markdown' as const, value: hover.markdown }, range: hover.range } : null;
    }),
  );

  const locations = (uri: string, position: Position, declarationsOnly: boolean, includeDeclaration = true): Location[] => {
    const found = idAt(workspace, uriToPath(uri), position);
    if (!found) return [];
    return found.occurrences
      .filter((o) => (declarationsOnly ? o.declaration : includeDeclaration || !o.declaration))
      .map((o) => ({ uri: pathToUri(o.file), range: o.range }));
  };

  connection.onDefinition(answer('definition', [], ({ textDocument, position }) => locations(textDocument.uri, position, true)));

  connection.onReferences(
    answer('references', [], ({ textDocument, position, context }) =>
      locations(textDocument.uri, position, false, context.includeDeclaration),
    ),
  );

  connection.onPrepareRename(
    answer('prepareRename', null, ({ textDocument, position }) => {
      const found = idAt(workspace, uriToPath(textDocument.uri), position) ?? refuse({ key: 'rename.nothing' });
      return { range: found.target.textRange ?? found.target.range, placeholder: found.target.id };
    }),
  );

  connection.onRenameRequest(
    answer('rename', null, ({ textDocument, position, newName }) => {
      const path = uriToPath(textDocument.uri);
      const found = idAt(workspace, path, position) ?? refuse({ key: 'rename.nothing' });
      const refusal = renameRefusal(workspace.programmeOf(path)!, found.target, newName);
      if (refusal) refuse(refusal);
      return toWorkspaceEdit(renameEdits(found.occurrences, newName));
    }),
  );

  connection.onDocumentSymbol(
    answer('documentSymbol', [], ({ textDocument }) => {
      const parsed = workspace.get(uriToPath(textDocument.uri));
      return parsed ? documentSymbols(parsed).map(toDocumentSymbol) : [];
    }),
  );

  connection.onCodeAction(
    answer('codeAction', [], ({ textDocument, context }) => {
      const problems = workspace.problemsOf(uriToPath(textDocument.uri));
      const actions: CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        const problem = problems.find((p) => p.code === diagnostic.code && sameRange(p.range, diagnostic.range));
        problem?.fixes?.forEach((fix, i) =>
          actions.push({
            title: formatMessage(fix.title, host.locale()),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: i === 0,
            edit: toWorkspaceEdit(fix.edits),
          }),
        );
      }
      return actions;
    }),
  );
}

function sameRange(a: Problem['range'], b: Problem['range']): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
