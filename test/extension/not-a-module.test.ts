import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { checkerDiagnostics, open, ready, restore, sample, serverCaughtUp, within } from './helpers';

/** Completion kinds the language server uses: keys, values, tracks, seances, dates. */
const CHECKER_KINDS = new Set([
  vscode.CompletionItemKind.Property,
  vscode.CompletionItemKind.EnumMember,
  vscode.CompletionItemKind.Reference,
  vscode.CompletionItemKind.Event,
  vscode.CompletionItemKind.Value,
]);

describe('A Markdown file that is not a course module', () => {
  const readme = (): vscode.Uri => sample('fremtidens-lederuddannelse/README.md');
  before(ready);
  after(() => restore(readme()));

  it('gets no diagnostics, completions or hovers, even with a header that looks like a module’s', async () => {
    const editor = await open(readme());
    // A header another tool might use (a static site generator), with values the checker would
    // flag in a seance: no `type`, so it is not a course module.
    const header = '---\ntitle: Noter til styregruppen\ntrack: ukendt-spor\ndate: 2027-02-30\n---\n';
    assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), header)));
    await serverCaughtUp(readme());
    assert.deepEqual(checkerDiagnostics(readme()), []);

    const completions = await within(
      vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', readme(), new vscode.Position(2, 7)),
      'completions in a README',
    );
    assert.deepEqual(
      completions.items.filter((item) => item.kind !== undefined && CHECKER_KINDS.has(item.kind)).map((item) => item.label),
      [],
    );
    const hovers = await within(
      vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', readme(), new vscode.Position(3, 8)),
      'hovers in a README',
    );
    assert.deepEqual(hovers, []);
    const definitions = await within(
      vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', readme(), new vscode.Position(2, 10)),
      'definitions in a README',
    );
    assert.deepEqual(definitions, []);
  });
});
