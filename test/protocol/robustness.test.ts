import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import type { Diagnostic, DocumentSymbol, Hover } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { badInputs, programmeFolder } from '../fixtures/bad/cases';
import { assertRangesInside } from '../unit/robustness/invariants';
import { diagnostic, range, same, TestClient } from './client';

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;

describe('protocol: the bad-input corpus (test/fixtures/bad), opened in the built server', () => {
  let client: TestClient;
  let answered = 0;
  before(async () => {
    client = await TestClient.start({ fixture: programmeFolder });
  });
  after(async () => {
    console.log(`        (${answered} of ${badInputs.length} inputs answered as expected)`);
    await client.stop();
  });

  for (const input of badInputs) {
    const codes = input.expected.map((p) => p.code).join(', ') || 'no diagnostic';
    it(`${input.what} (${input.name}): ${codes}, and the server keeps answering`, async () => {
      const text = input.text();
      const uri = await client.open(input.name, text);
      // A request after the didOpen is answered after everything the didOpen published.
      const start = performance.now();
      // Bounded: a request not answered within WAIT_MS fails.
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      const elapsed = Math.round(performance.now() - start);
      if (elapsed > 1000) console.log(`        (${input.name}: didOpen → diagnostics in ${elapsed} ms)`);
      const diagnostics = client.diagnostics.get(uri) ?? [];
      assert.deepStrictEqual(
        diagnostics,
        input.expected.map((p): Diagnostic => diagnostic(range(...p.range), SEVERITY[p.severity], p.code, p.message)),
      );
      assertRangesInside(
        diagnostics.map((d) => ({ range: d.range, what: `${d.code} at ${JSON.stringify(d.range)}` })),
        text,
      );
      // Emptied rather than closed (a close reads the disk, later), so that the next input is read alone.
      await client.change(input.name, { text: '' });
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
        textDocument: { uri: client.uri('programme.md') },
      });
      assert.ok(symbols.length > 0, 'the server still answers about the programme');
      assert.deepStrictEqual(
        client.diagnostics.get(uri)?.map((d) => d.code),
        ['empty-file'],
        'the emptied input',
      );
      assert.equal(client.running, true);
      assert.deepStrictEqual(client.errorLogs(), [], 'the server logged no fault');
      answered++;
    });
  }
});

describe('protocol: robustness', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start({ fixture: 'clean' });
  });
  afterEach(async () => {
    await client.stop();
  });

  /** Asserts that the server still answers: a hover on a seance id gets its summary. */
  async function stillAnswers(): Promise<void> {
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: client.uri('assignments/01-feedback.md') },
      position: { line: 5, character: 10 },
    });
    assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents && hover.contents.value.startsWith('**Opstart**'));
    assert.equal(client.running, true);
    assert.deepStrictEqual(client.errorLogs(), [], 'the server logged no fault');
  }

  it('a 2 MB seance: the diagnostic at the end, edits checked again, and the server keeps answering', async () => {
    const sentence = 'Deltagerne arbejder med egne ledelsesudfordringer i praksis mellem seancerne.\n';
    const notes = sentence.repeat(Math.ceil(2_000_000 / sentence.length));
    const header = '---\ntype: seance\nid: s08-stor\ntitle: Stor\ndate: 2027-03-12\ntime: { start: "09:00", end: "15:00" }\n---\n';
    const text = `${header}## Noter\n\n${notes}\n## Agenda\n- 09:00 Start\n- 25:00 Sent\n`;
    assert.ok(text.length >= 2_000_000);
    const last = text.split('\n').length - 2;
    let start = performance.now();
    const uri = await client.open('seances/stor.md', text);
    await client.waitForDiagnostics(
      uri,
      same([
        diagnostic(
          range(last, 2, last, 7),
          1,
          'invalid-time',
          'The agenda time `25:00` must be written hours:minutes on the 24-hour clock, like 08:15.',
        ),
      ]),
      'invalid-time at the last line',
    );
    console.log(`        (2 MB didOpen → publishDiagnostics: ${Math.round(performance.now() - start)} ms)`);
    start = performance.now();
    await client.change('seances/stor.md', { range: range(last, 2, last, 7), text: '14:00' });
    await client.waitForDiagnostics(uri, same([]), 'the fixed time to clear the diagnostic');
    console.log(`        (2 MB incremental didChange → publishDiagnostics: ${Math.round(performance.now() - start)} ms)`);
    // A hover right after an edit waits for the document to be checked again (the request flushes the debounce).
    await client.change('seances/stor.md', { range: range(last, 2, last, 7), text: '14:30' });
    start = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 1 } });
    console.log(`        (hover right after an edit of the 2 MB seance answered in ${Math.round(performance.now() - start)} ms)`);
    await stillAnswers();
  });

  it('requests about a document the server does not know get empty answers', async () => {
    const uri = URI.file('/nowhere/unknown.md').toString();
    const position = { line: 0, character: 0 };
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position }), null);
    assert.deepStrictEqual(await client.request('textDocument/completion', { textDocument: { uri }, position }), []);
    assert.deepStrictEqual(await client.request('textDocument/definition', { textDocument: { uri }, position }), []);
    assert.deepStrictEqual(
      await client.request('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }),
      [],
    );
    assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
    const stale = diagnostic(range(0, 0, 0, 3), 1, 'missing-key', '`title` is missing.');
    assert.deepStrictEqual(
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: stale.range, context: { diagnostics: [stale] } }),
      [],
    );
    await stillAnswers();
  });

  it('a didChange and a didClose of a document that was never opened do not disturb the server', async () => {
    const uri = URI.file('/nowhere/unknown.md').toString();
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: '---\ntype: seance\n---\n' }],
    });
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    await stillAnswers();
  });

  it('positions past the end of a line or of the document get answers, not faults', async () => {
    const uri = await client.open('seances/01-opstart.md');
    for (const position of [
      { line: 4, character: 500 },
      { line: 500, character: 0 },
    ]) {
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      await client.request('textDocument/completion', { textDocument: { uri }, position });
      await client.request('textDocument/definition', { textDocument: { uri }, position });
    }
    await stillAnswers();
  });

  it('an unknown request gets MethodNotFound and the server keeps answering', async () => {
    await assert.rejects(client.request('curriculum/noSuchThing', {}), (error: { code?: number }) => error.code === -32601);
    await stillAnswers();
  });
});
