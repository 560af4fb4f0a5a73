import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { diagnostic, range, same, TestClient } from './client';

/**
 * An organisation's extra schema through the built server, in a trusted workspace: its patterns
 * are matched by RE2, which the server bundle loads from dist/re2.js on first use (issue 14).
 */
describe('protocol: an extra schema with patterns (trusted workspace)', () => {
  let client: TestClient;
  afterEach(async () => {
    await client.stop();
  });

  const schema =
    (pattern: string) =>
    (root: string): void =>
      writeFileSync(path.join(root, 'kommune.schema.json'), JSON.stringify({ properties: { code: { type: 'string', pattern } } }));
  const seance = 'seances/01-opstart.md';
  const withCode = (code: string) =>
    `---\ntype: seance\nid: s01-opstart\ntitle: Opstart\ntrack: samskabelse\ndate: 2027-03-11\ncode: ${code}\n---\n`;

  it('checks `^(a+)+$` against 31 `a`s and a `b` at once, and still answers', async () => {
    client = await TestClient.start({
      fixture: 'clean',
      trusted: true,
      settings: { extraSchema: 'kommune.schema.json' },
      prepare: schema('^(a+)+$'),
    });
    await client.open(seance, withCode(`${'a'.repeat(31)}b`));
    await client.waitForDiagnostics(
      client.uri(seance),
      same([diagnostic(range(6, 6, 6, 38), 1, 'invalid-value', '`code` has a value that is not allowed here.')]),
      'the pattern refusing the value',
    );
    await client.change(seance, { range: range(6, 37, 6, 38), text: '' });
    await client.waitForDiagnostics(client.uri(seance), same([]), 'the pattern accepting 31 `a`s');
    assert.equal(client.shownMessages.length, 0);
  });

  it('refuses a schema whose pattern RE2 cannot match, naming the pattern, in the language of the editor', async () => {
    client = await TestClient.start({
      fixture: 'clean',
      locale: 'da',
      trusted: true,
      settings: { extraSchema: 'kommune.schema.json' },
      prepare: schema('^(a)\\1$'),
    });
    const shown = await client.waitForShownMessage(() => true, 'the schema refused');
    assert.equal(
      shown.message,
      'Det ekstra skema kommune.schema.json kan ikke bruges: dets mønster `^(a)\\1$` bruger et look-ahead, et look-behind eller en tilbagereference, som kan få tjekket af en værdi til at tage minutter. Skriv mønstret uden dem.',
    );
    await client.open(seance, withCode('aa'));
    await client.waitForDiagnostics(
      client.uri(seance),
      (d) => d.some((x) => x.code === 'unknown-key'),
      '`code` unknown without the schema',
    );
  });
});
