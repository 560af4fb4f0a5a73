import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import type { Hover } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { diagnostic, range, same, TestClient } from './client';

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

  it('a Markdown file that is no course module (a README) gets no diagnostics', async () => {
    const uri = await client.open('NOTES.md', '# Noter\n\n- 8.15 kaffe\n\n---\n\nIntet hoved her.\n');
    // A request after the didOpen: its answer comes after anything the didOpen published.
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepStrictEqual(client.diagnostics.get(uri) ?? [], []);
    await stillAnswers();
  });

  it('binary junk (a PNG opened as text): not-text at the first byte, and the server keeps answering', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]).toString('utf8');
    const uri = await client.open('seances/image.md', png);
    await client.waitForDiagnostics(
      uri,
      same([diagnostic(range(0, 0, 0, 1), 1, 'not-text', 'This file contains bytes that are not text. Save it as UTF-8 text (a file saved as Windows-1252 or "ANSI" breaks on letters such as æ, ø and å).')]),
    );
    await stillAnswers();
  });

  it('random bytes as a document: one diagnostic or more, every range inside the text, and the server keeps answering', async () => {
    let seed = 42;
    const bytes = Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16 & 0xff));
    // As an editor shows a file that is not UTF-8: each byte that does not decode becomes U+FFFD.
    const text = `---\n${bytes.toString('utf8')}\n---\n`;
    const uri = await client.open('seances/junk.md', text);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0, 'some diagnostic for the junk');
    const lines = text.split(/\r\n|\r|\n/);
    for (const d of diagnostics) {
      for (const p of [d.range.start, d.range.end]) {
        assert.ok(p.line < lines.length && p.character <= lines[p.line]!.length, `${d.code} at ${JSON.stringify(d.range)} is outside the text`);
      }
    }
    await stillAnswers();
  });

  it('an alias bomb ("billion laughs"): yaml-syntax at the first alias, quickly, and the server keeps answering', async () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let level = 1; level < 10; level++) {
      const [name, previous] = [String.fromCharCode(97 + level), String.fromCharCode(96 + level)];
      lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`);
    }
    const uri = await client.open('seances/bomb.md', `---\ntype: seance\nid: s09-bomb\ntitle: Bombe\ndate: 2027-03-12\n${lines.join('\n')}\n---\n`);
    await client.waitForDiagnostics(
      uri,
      same([
        diagnostic(
          range(6, 7, 6, 9),
          1,
          'yaml-syntax',
          'The header repeats aliases (`*name`) too many times to be read safely. Write the values out instead.',
        ),
      ]),
    );
    // Hover and completion in the bomb itself must not expand it either.
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 1 } });
    await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 1 } });
    await stillAnswers();
  });

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
      same([diagnostic(range(last, 2, last, 7), 1, 'invalid-time', 'The agenda time `25:00` must be written hours:minutes on the 24-hour clock, like 08:15.')]),
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
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: '---\ntype: seance\n---\n' }] });
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
