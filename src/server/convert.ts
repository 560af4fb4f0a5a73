import {
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  SymbolKind,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { formatMessage, type CompletionEntry, type Locale, type OutlineSymbol, type Problem, type Severity, type TextEdit } from '../core';

/** The checker's path of a document: its file path for `file:` URIs, the URI itself otherwise. */
export function uriToPath(uri: string): string {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath.replace(/\\/g, '/') : uri;
}

/** The URI of a checker path. */
export function pathToUri(path: string): string {
  return /^[a-z][a-z0-9+.-]+:/i.test(path) && !/^[a-z]:[\\/]/i.test(path) ? path : URI.file(path).toString();
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A problem as an LSP diagnostic, in the user's language. */
export function toDiagnostic(problem: Problem, locale: Locale): Diagnostic {
  return {
    range: problem.range,
    severity: SEVERITY[problem.severity],
    code: problem.code,
    source: 'curriculum',
    message: formatMessage(problem.message, locale),
  };
}

/** Edits of the checker as an LSP workspace edit, one entry per document. */
export function toWorkspaceEdit(edits: readonly TextEdit[]): WorkspaceEdit {
  const changes: WorkspaceEdit['changes'] = {};
  for (const edit of edits) {
    const uri = pathToUri(edit.file);
    (changes[uri] ??= []).push({ range: edit.range, newText: edit.newText });
  }
  return { changes };
}

const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  track: CompletionItemKind.Reference,
  seance: CompletionItemKind.Event,
  outcome: CompletionItemKind.Reference,
  date: CompletionItemKind.Value,
};

export function toCompletionItem(entry: CompletionEntry): CompletionItem {
  return {
    label: entry.label,
    kind: COMPLETION_KIND[entry.kind],
    detail: entry.detail,
    documentation: entry.documentation ? { kind: 'markdown', value: entry.documentation } : undefined,
    textEdit: { range: entry.range, newText: entry.insertText },
    insertTextFormat: entry.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    sortText: entry.sortText,
    filterText: entry.label,
  };
}

const SYMBOL_KIND: Record<OutlineSymbol['kind'], SymbolKind> = {
  programme: SymbolKind.Package,
  track: SymbolKind.EnumMember,
  seance: SymbolKind.Event,
  'agenda-item': SymbolKind.Field,
  assignment: SymbolKind.Object,
};

export function toDocumentSymbol(symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name || '—',
    detail: symbol.detail,
    kind: SYMBOL_KIND[symbol.kind],
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toDocumentSymbol),
  };
}
