import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { CheckAllRequest, ExportRequest, ProgrammesRequest, ScaffoldRequest, TimelineRequest } from '../../src/protocol';
import { describeGrowth, growth, MAX_RATIO, processCpuMs } from '../unit/growth/growth';
import * as shapes from '../unit/growth/shapes';
import { TestClient } from './client';

/**
 * Over the built server: doubling the nastiest input of each request at most about doubles the
 * server's CPU time for it (its main thread, from Linux's schedstat; wall-clock time elsewhere).
 */
describe('protocol: growth, doubling the input at most about doubles the work of the server', function () {
  this.timeout(120_000);
  let client: TestClient;
  let serial = 0;
  before(async () => {
    client = await TestClient.start({ fixture: 'clean' });
  });
  after(async () => {
    assert.deepStrictEqual(client.errorLogs(), [], 'the server logged no fault');
    await client.stop();
  });

  const clock = (): number => processCpuMs(client.pid) ?? performance.now();

  async function assertLinear(what: string, n: number, make: (n: number) => () => Promise<unknown>): Promise<void> {
    const measured = await growth(n, make, { clock, runs: 2 });
    console.log(`        (${describeGrowth(what, measured)})`);
    assert.ok(measured.ratio < MAX_RATIO, `${describeGrowth(what, measured)}: doubling the input more than doubled the work`);
  }

  /** Opens a seance of the programme with a shape's text; returns its name. */
  async function openSeance(text: string): Promise<string> {
    const name = `seances/growth-${serial++}.md`;
    await client.open(name, text);
    return name;
  }

  const seanceText = (shape: (n: number) => shapes.Files, n: number): string => shape(n).find(([file]) => file.startsWith('seances/'))![1];
  const symbols = (name: string) => client.request('textDocument/documentSymbol', { textDocument: { uri: client.uri(name) } });

  it('diagnostics after didOpen and didChange: a header with n unknown keys', () =>
    assertLinear('didOpen + didChange', 3000, (n) => {
      const text = seanceText(shapes.unknownKeys, n);
      return async () => {
        const name = await openSeance(text);
        await symbols(name);
        await client.change(name, { text: text.replace('Seance 1', 'Seance 2') });
        await symbols(name);
      };
    }));

  it('completion and hover in a header with n keys', () =>
    assertLinear('completion + hover', 3000, (n) => {
      const text = seanceText(shapes.unknownKeys, n);
      let name: string | undefined;
      return async () => {
        name ??= await openSeance(text);
        const uri = client.uri(name);
        await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 6 + n, character: 0 } });
        await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 1 } });
      };
    }));

  it('documentSymbol and codeAction on an agenda of n items out of order', () =>
    assertLinear('documentSymbol + codeAction', 1000, (n) => {
      const text = seanceText(shapes.zigzagAgenda, n);
      let name: string | undefined;
      return async () => {
        name ??= await openSeance(text);
        const uri = client.uri(name);
        await symbols(name);
        const diagnostic = (await client.waitForDiagnostics(uri, (d) => d.length > 0)).find(
          (d: Diagnostic) => d.code === 'agenda-not-ascending',
        )!;
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic] },
        });
        assert.equal(actions.length, 1);
      };
    }));

  it('export, timeline: a seance title of n words', () =>
    assertLinear('export html + ics + timeline', 4000, (n) => {
      const text = seanceText(shapes.wordyTitle, n);
      let name: string | undefined;
      return async () => {
        name ??= await openSeance(text.replace('id: s1', `id: s${1000 + n}`));
        const uri = client.uri(name);
        await client.request(ExportRequest.method, { uri, format: 'html' });
        await client.request(ExportRequest.method, { uri, format: 'ics' });
        await client.request(TimelineRequest.method, { uri, today: '2027-03-01' });
      };
    }));

  it('definition, references, prepareRename, rename, scaffold, programmes, checkAll: n assignments given at one seance, on disk', () =>
    assertLinear('navigation + custom requests', 100, (n) => {
      const folder = `growth-${n}`;
      mkdirSync(client.path(`${folder}/assignments`), { recursive: true });
      client.write(`${folder}/programme.md`, shapes.programme(['samskabelse']).replace('id: lederforloeb', `id: growth-${n}`));
      client.write(`${folder}/s0.md`, shapes.seance(0, { facilitators: 'Procesleder' }));
      for (let i = 0; i < n; i++) client.write(`${folder}/assignments/a${i}.md`, shapes.assignment(i, { given: 's0', due: '2027-05-03' }));
      const uri = client.uri(`${folder}/s0.md`);
      const at = { textDocument: { uri }, position: { line: 2, character: 5 } };
      return async () => {
        await client.request(CheckAllRequest.method, {});
        await client.request('textDocument/definition', at);
        await client.request('textDocument/references', { ...at, context: { includeDeclaration: true } });
        await client.request('textDocument/prepareRename', at);
        await client.request('textDocument/rename', { ...at, newName: 's0-ny' });
        await client.request(ScaffoldRequest.method, { uri, type: 'assignment', title: 'Ny opgave' });
        await client.request(ProgrammesRequest.method, {});
      };
    }));
});
