import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type { Diagnostic, DocumentSymbol, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { Workspace } from '../../src/core';
import { toDiagnostic } from '../../src/server/convert';
import { applySplice, mutation, samples, spliceFor, type Mutation } from '../unit/robustness/arbitraries';
import { assertAsyncProperty, assertRangesInside, PROPERTY_SEED, propertyTally } from '../unit/robustness/invariants';
import { TestClient } from './client';

/**
 * Property-based test of the server: random incremental didChange edits on open documents give
 * the same diagnostics, in every file of the programme, as the final text given whole to a second
 * server, and as a fresh core Workspace reading the final texts; and the server keeps answering.
 */

const sample = samples.find((s) => s.name === 'fremtidens-lederuddannelse')!;

/**
 * Offsets to LSP positions and back, written apart from the checker's LineIndex: lines end at \n,
 * \r\n or a lone \r, and an offset between \r and \n is at the end of its line.
 */
function lspLines(text: string) {
  const starts = [0];
  const breaks = /\r\n|\r|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  const contentEnd = (line: number): number => {
    const next = starts[line + 1];
    if (next === undefined) return text.length;
    return text.slice(next - 2, next) === '\r\n' ? next - 2 : next - 1;
  };
  return {
    positionAt(offset: number) {
      let line = starts.length - 1;
      while (starts[line]! > offset) line--;
      return { line, character: Math.min(offset, contentEnd(line)) - starts[line]! };
    },
    offsetAt(position: { line: number; character: number }): number {
      return starts[position.line]! + position.character;
    },
  };
}

/** One mutation as the incremental change an editor sends, and the text after it. */
function changeFor(text: string, m: Mutation): { change: TextDocumentContentChangeEvent; text: string } {
  const splice = spliceFor(text, m);
  const lines = lspLines(text);
  const r = { start: lines.positionAt(splice.start), end: lines.positionAt(splice.end) };
  // The text as the server makes it from the range, which cannot point between \r and \n.
  const applied = applySplice(text, { start: lines.offsetAt(r.start), end: lines.offsetAt(r.end), newText: splice.newText });
  return { change: { range: r, text: splice.newText }, text: applied };
}

/** The latest diagnostics of every file of a server's workspace, by path relative to it, without empty ones. */
function diagnosticsOf(client: TestClient): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const file of sample.files) {
    const diagnostics = client.diagnostics.get(client.uri(file.relative)) ?? [];
    if (diagnostics.length > 0) out.set(file.relative, diagnostics);
  }
  return out;
}

/** What a fresh core Workspace reports for the texts, as the server would publish it. */
function freshDiagnostics(texts: ReadonlyMap<string, string>): Map<string, Diagnostic[]> {
  const workspace = new Workspace((error) => assert.fail(`the checker met an internal error: ${String(error)}`));
  for (const [relative, text] of texts) workspace.update(`/fresh/${relative}`, text);
  const out = new Map<string, Diagnostic[]>();
  for (const [file, problems] of workspace.problems()) {
    if (problems.length > 0)
      out.set(
        file.slice('/fresh/'.length),
        problems.map((p) => toDiagnostic(p, 'en')),
      );
  }
  return out;
}

describe('protocol: properties of the server (fast-check)', function () {
  // The property runs its cases in one test; every request and wait in a case has its own bound.
  this.timeout(0);
  let typed: TestClient;
  let whole: TestClient;
  before(async () => {
    [typed, whole] = await Promise.all([TestClient.start({ fixture: sample.folder }), TestClient.start({ fixture: sample.folder })]);
    propertyTally.properties = 0;
    propertyTally.cases = 0;
  });
  after(async () => {
    console.log(`        (${propertyTally.properties} property held in ${propertyTally.cases} cases, seed ${PROPERTY_SEED})`);
    await Promise.all([typed?.stop(), whole?.stop()]);
  });

  it('random incremental edits of a module give the diagnostics that the final text gives whole, to a second server and to a fresh workspace, in every file', async () => {
    const original = new Map(sample.files.map((f) => [f.relative, f.text]));
    const paths = [...original.keys()];
    const open = { typed: new Set<string>(), whole: new Set<string>() };
    const flush = (client: TestClient, relative: string) =>
      client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(relative) } });

    await assertAsyncProperty(
      fc.record({
        file: fc.nat(),
        batches: fc.array(fc.record({ mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }), flush: fc.boolean() }), {
          minLength: 1,
          maxLength: 6,
        }),
      }),
      async ({ file, batches }) => {
        const relative = paths[file % paths.length]!;
        let text = original.get(relative)!;
        if (!open.typed.has(relative)) {
          await typed.open(relative, text);
          open.typed.add(relative);
        }
        // Typed: each batch one didChange of ranges, each range on the text the previous one left.
        for (const batch of batches) {
          const changes: TextDocumentContentChangeEvent[] = [];
          for (const m of batch.mutations) {
            const next = changeFor(text, m);
            changes.push(next.change);
            text = next.text;
          }
          await typed.change(relative, ...changes);
          // A request makes the server check now; without one, its debounce decides when.
          if (batch.flush) await flush(typed, relative);
        }
        await flush(typed, relative);
        // Whole: the final text in one piece, in a second server.
        if (open.whole.has(relative)) await whole.change(relative, { text });
        else {
          await whole.open(relative, text);
          open.whole.add(relative);
        }
        await flush(whole, relative);

        const texts = new Map(original).set(relative, text);
        const shown = diagnosticsOf(typed);
        assert.deepStrictEqual(shown, diagnosticsOf(whole), 'typed edits and the whole text give different diagnostics');
        assert.deepStrictEqual(shown, freshDiagnostics(texts), 'the server and a fresh workspace give different diagnostics');
        for (const [path, diagnostics] of shown) {
          assertRangesInside(
            diagnostics.map((d) => ({ range: d.range, what: `${d.code} at ${JSON.stringify(d.range)} in ${path}` })),
            texts.get(path)!,
          );
        }

        // Back to the file as it is on disk: a last incremental change over the whole text.
        const lines = lspLines(text);
        await typed.change(relative, {
          range: { start: lines.positionAt(0), end: lines.positionAt(text.length) },
          text: original.get(relative)!,
        });
        await whole.change(relative, { text: original.get(relative)! });
        await Promise.all([flush(typed, relative), flush(whole, relative)]);
      },
      40,
    );

    for (const client of [typed, whole]) {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
        textDocument: { uri: client.uri('programme.md') },
      });
      assert.ok(symbols.length > 0, 'the server still answers');
      assert.equal(client.running, true);
      assert.deepStrictEqual(client.errorLogs(), [], 'the server logged no fault');
    }
    assert.deepStrictEqual(
      diagnosticsOf(typed),
      freshDiagnostics(original),
      'every file back as on disk gives the diagnostics of the sample',
    );
  });
});
