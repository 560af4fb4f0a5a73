import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { applyEdits, diagnostic, range, same, TestClient } from './client';

describe('protocol: quick fixes (textDocument/codeAction)', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start({ fixture: 'flawed' });
  });
  afterEach(async () => {
    await client.stop();
  });

  /**
   * Opens a file, waits for the diagnostic with `code`, asks for the code actions of that
   * diagnostic alone and returns them with the diagnostic and the text of the file.
   */
  async function actionsFor(file: string, code: string): Promise<{ uri: string; text: string; target: Diagnostic; actions: CodeAction[] }> {
    const text = client.read(file);
    const uri = await client.open(file, text);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === code), `a ${code} diagnostic`);
    const target = diagnostics.find((d) => d.code === code)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ['quickfix'] },
    });
    return { uri, text, target, actions };
  }

  /** Applies the one action's edit to the text of `uri`, sends the result as a full change and returns it. */
  async function apply(file: string, uri: string, text: string, action: CodeAction): Promise<string> {
    assert.deepStrictEqual(Object.keys(action.edit?.changes ?? {}), [uri], 'the fix edits this file only');
    const fixed = applyEdits(text, action.edit!.changes![uri]!);
    await client.change(file, { text: fixed });
    return fixed;
  }

  const quickFix = (
    title: string,
    target: Diagnostic,
    uri: string,
    edits: { range: ReturnType<typeof range>; newText: string }[],
  ): CodeAction => ({
    title,
    kind: 'quickfix',
    diagnostics: [target],
    isPreferred: true,
    edit: { changes: { [uri]: edits } },
  });

  it('renames an unknown key to the key it resembles: `titel` → `title`, keeping the comment after it', async () => {
    const file = 'seances/01-opstart.md';
    const { uri, text, target, actions } = await actionsFor(file, 'unknown-key');
    assert.deepStrictEqual(actions, [quickFix('Change to `title`', target, uri, [{ range: range(3, 0, 3, 5), newText: 'title' }])]);
    const fixed = await apply(file, uri, text, actions[0]!);
    assert.equal(fixed, text.replace('titel: Opstart # skrevet på dansk', 'title: Opstart # skrevet på dansk'));
    // The unknown key and the missing title both go; the hint on the 9.15 in the agenda stays.
    await client.waitForDiagnostics(
      uri,
      same([
        diagnostic(
          range(10, 2, 10, 6),
          4,
          'agenda-time-notation',
          'This time is read as 09:15. A quick fix writes every time of this agenda as hours:minutes, like 09:15.',
        ),
      ]),
      'only the hint on 9.15 left',
    );
  });

  it('writes the agenda time `9.15` as `09:15` from the hint on it', async () => {
    const file = 'seances/01-opstart.md';
    const { uri, text, target, actions } = await actionsFor(file, 'agenda-time-notation');
    assert.deepStrictEqual(actions, [
      quickFix('Write the times as 08:15', target, uri, [{ range: range(10, 2, 10, 6), newText: '09:15' }]),
    ]);
    const fixed = await apply(file, uri, text, actions[0]!);
    assert.equal(fixed, text.replace('- 9.15 Kaffe (pause)', '- 09:15 Kaffe (pause)'));
    await client.waitForDiagnostics(
      uri,
      (d) => d.length === 2 && !d.some((x) => x.code === 'agenda-time-notation'),
      'the hint to disappear',
    );
  });

  it("changes an unknown track to the closest track id, which also clears the programme's track-without-seance", async () => {
    const file = 'seances/02-forandring.md';
    const { uri, text, target, actions } = await actionsFor(file, 'unknown-track');
    assert.deepStrictEqual(actions, [
      quickFix('Change to `forandring`', target, uri, [{ range: range(4, 7, 4, 16), newText: 'forandring' }]),
    ]);
    const fixed = await apply(file, uri, text, actions[0]!);
    assert.equal(fixed, text.replace('track: forandrng   # stavet forkert', 'track: forandring   # stavet forkert'));
    await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'unknown-track'), 'unknown-track to disappear');
    await client.waitForDiagnostics(
      client.uri('programme.md'),
      same([
        diagnostic(
          range(9, 10, 9, 17),
          2,
          'track-without-seance',
          'No seance belongs to the track `laering`. Add a seance with `track: laering`, or remove the track.',
        ),
      ]),
      'track-without-seance of `forandring` to disappear from programme.md',
    );
  });

  it('puts an agenda in time order, moving whole items and nothing else', async () => {
    const file = 'seances/02-forandring.md';
    const { uri, text, target, actions } = await actionsFor(file, 'agenda-not-ascending');
    assert.deepStrictEqual(actions, [
      quickFix('Put the agenda in time order', target, uri, [
        { range: range(9, 0, 11, 21), newText: '- 09:00 Velkommen (plenum)\n- 10:00 Oplæg (oplæg)\n- 11:00 Frokost (frokost)' },
      ]),
    ]);
    const fixed = await apply(file, uri, text, actions[0]!);
    assert.equal(
      fixed,
      [
        '---',
        'type: seance',
        'id: s02-forandring',
        'title: Forandring der holder',
        'track: forandrng   # stavet forkert',
        'date: 2027-04-10',
        'time: { start: "09:00", end: "15:00" }',
        '---',
        '## Agenda',
        '- 09:00 Velkommen (plenum)',
        '- 10:00 Oplæg (oplæg)',
        '- 11:00 Frokost (frokost)',
        '',
      ].join('\n'),
    );
    await client.waitForDiagnostics(
      uri,
      (d) => d.length === 2 && !d.some((x) => x.code === 'agenda-not-ascending'),
      'agenda-not-ascending to disappear',
    );
  });

  it('inserts a missing required key as the last line of the header, leaving the comment in place', async () => {
    const file = 'assignments/01-feedback.md';
    const { uri, text, target, actions } = await actionsFor(file, 'missing-key');
    assert.deepStrictEqual(actions, [
      quickFix('Add `title`', target, uri, [{ range: range(7, 0, 7, 0), newText: 'title: Giv feedback på tværs\n' }]),
    ]);
    const fixed = await apply(file, uri, text, actions[0]!);
    assert.equal(
      fixed,
      '---\ntype: assignment\nid: a01-feedback\n# titlen mangler\ngiven: s01-opstart\ndue: s02-forandring\neffort: 2h\ntitle: Giv feedback på tværs\n---\n## Opgave\n',
    );
    await client.waitForDiagnostics(uri, same([]), 'the assignment to be clean');
  });

  it('gives every action of several diagnostics at once, each with its own diagnostic', async () => {
    const file = 'seances/01-opstart.md';
    const uri = await client.open(file);
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length === 3);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: range(0, 0, 11, 0),
      context: { diagnostics },
    });
    assert.deepStrictEqual(
      actions.map((a) => [a.title, a.diagnostics?.map((d) => d.code)]),
      // The missing title points at its misspelling and leaves the fix to the rename: no clashing second `title`.
      [
        ['Change to `title`', ['unknown-key']],
        ['Write the times as 08:15', ['agenda-time-notation']],
      ],
    );
  });

  it('names the fix in the language of the user', async () => {
    await client.stop();
    client = await TestClient.start({ fixture: 'flawed', locale: 'da' });
    const { actions } = await actionsFor('seances/02-forandring.md', 'agenda-not-ascending');
    assert.deepStrictEqual(
      actions.map((a) => a.title),
      ['Sæt programmet i tidsrækkefølge'],
    );
  });

  it('offers nothing for a diagnostic the document no longer has', async () => {
    const file = 'seances/01-opstart.md';
    const uri = await client.open(file);
    const stale = diagnostic(range(3, 0, 3, 5), 2, 'unknown-key', 'Unknown key `titel` — did you mean `title`?');
    await client.change(file, { range: range(3, 0, 3, 5), text: 'title' });
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: stale.range,
      context: { diagnostics: [stale] },
    });
    assert.deepStrictEqual(actions, []);
  });
});
