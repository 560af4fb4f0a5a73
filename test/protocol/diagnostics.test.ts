import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { performance } from 'node:perf_hooks';
import { diagnostic, range, same, TestClient } from './client';

const invalidDate = (line: number) =>
  diagnostic(
    range(line, 6, line, 16),
    1,
    'invalid-date',
    '`date` must be a real date written year-month-day, like 2027-03-11; `2027-02-30` is not.',
  );

const seance = 'seances/01-opstart.md';

describe('protocol: diagnostics while a document is edited', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start({ fixture: 'clean' });
  });
  afterEach(async () => {
    await client.stop();
  });

  it('an incremental change that types a date that does not exist gets invalid-date on the date; fixing it clears it', async () => {
    const uri = await client.open(seance);
    // `date: 2027-03-11` is line 5; the user selects `03-11` and types `02-30`, one key at a time.
    await client.change(seance, { range: range(5, 11, 5, 16), text: '' });
    for (const [i, key] of [...'02-30'].entries()) await client.change(seance, { range: range(5, 11 + i, 5, 11 + i), text: key });
    const typed = performance.now();
    await client.waitForDiagnostics(uri, same([invalidDate(5)]), 'invalid-date after typing');
    console.log(`        (didChange → publishDiagnostics: ${Math.round(performance.now() - typed)} ms, debounce included)`);

    await client.change(seance, { range: range(5, 11, 5, 16), text: '03-11' });
    const fixed = performance.now();
    await client.waitForDiagnostics(uri, same([]), 'the diagnostics to clear after the fix');
    console.log(`        (fix → empty publishDiagnostics: ${Math.round(performance.now() - fixed)} ms)`);
  });

  it('a full-text change gets the same diagnostic, and the full clean text clears it', async () => {
    const uri = await client.open(seance);
    const text = client.read(seance);
    await client.change(seance, { text: text.replace('date: 2027-03-11', 'date: 2027-02-30') });
    await client.waitForDiagnostics(uri, same([invalidDate(5)]), 'invalid-date after a full change');
    await client.change(seance, { text });
    await client.waitForDiagnostics(uri, same([]), 'the diagnostics to clear');
  });

  it('a burst of keystrokes is checked once it pauses: the last text wins', async () => {
    const uri = await client.open(seance);
    const before = client.published.length;
    // 2027-03-1 (incomplete) → 2027-03-1x → 2027-02-30: only the final text may be what stays published.
    await client.change(seance, { range: range(5, 15, 5, 16), text: '' });
    await client.change(seance, { range: range(5, 15, 5, 15), text: 'x' });
    await client.change(seance, { range: range(5, 6, 5, 16), text: '2027-02-30' });
    await client.waitForDiagnostics(uri, same([invalidDate(5)]), 'invalid-date for the last text');
    const forUri = client.published.slice(before).filter((p) => p.uri === uri);
    console.log(`        (${forUri.length} publishDiagnostics for 3 changes sent without pause)`);
  });

  it('moving a seance before the seance where an assignment is given publishes due-before-given on the assignment, another file', async () => {
    const assignment = client.uri('assignments/01-feedback.md');
    const other = 'seances/02-forandring.md';
    await client.open(other);
    await client.change(other, { range: range(5, 6, 5, 16), text: '2027-03-01' });
    const changed = performance.now();
    await client.waitForDiagnostics(
      assignment,
      same([
        diagnostic(
          range(6, 5, 6, 19),
          1,
          'assignment-due-before-given',
          'The assignment is due on Monday 1 March 2027, but it is only given at `s01-opstart` on Thursday 11 March 2027. Make it due at a later seance.',
        ),
      ]),
      'assignment-due-before-given in the assignment',
    );
    console.log(`        (didChange in one file → publishDiagnostics of another: ${Math.round(performance.now() - changed)} ms)`);
    assert.deepStrictEqual(client.diagnostics.get(client.uri(other)) ?? [], []);

    await client.change(other, { range: range(5, 6, 5, 16), text: '2027-04-08' });
    await client.waitForDiagnostics(assignment, same([]), 'the assignment to be clean again');
  });

  it('closing an edited, unsaved document puts back the diagnostics of the file on disk', async () => {
    const uri = await client.open(seance);
    await client.change(seance, { range: range(5, 6, 5, 16), text: '2027-02-30' });
    await client.waitForDiagnostics(uri, same([invalidDate(5)]));
    await client.close(seance);
    await client.waitForDiagnostics(uri, same([]), 'the diagnostics of the disk version (none)');
  });

  it('closing an edited, unsaved document puts back the diagnostics of other files too', async () => {
    const other = 'seances/02-forandring.md';
    const assignment = client.uri('assignments/01-feedback.md');
    await client.open(other);
    await client.change(other, { range: range(5, 6, 5, 16), text: '2027-03-01' });
    await client.waitForDiagnostics(assignment, (d) => d.length === 1, 'due-before-given in the assignment');
    await client.close(other);
    await client.waitForDiagnostics(assignment, same([]), 'the assignment to be clean with the seance on disk');
  });

  it('closing a document whose file on disk has problems publishes the problems of the disk version', async () => {
    const uri = client.uri(seance);
    const onDisk = client.read(seance).replace('date: 2027-03-11', 'date: 2027-02-30');
    client.write(seance, onDisk);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    await client.waitForDiagnostics(uri, same([invalidDate(5)]), 'invalid-date from the file on disk');
    await client.open(seance);
    await client.change(seance, { range: range(5, 6, 5, 16), text: '2027-03-11' });
    await client.waitForDiagnostics(uri, same([]), 'the edited document to be clean');
    await client.close(seance);
    await client.waitForDiagnostics(uri, same([invalidDate(5)]), 'invalid-date again after close');
  });
});

describe('protocol: the language of messages', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  const seance02 = 'seances/02-forandring.md';

  it('speaks Danish when initialize says locale `da`', async () => {
    client = await TestClient.start({ fixture: 'flawed', locale: 'da' });
    await client.waitForDiagnostics(
      client.uri(seance02),
      same([
        diagnostic(range(4, 7, 4, 16), 1, 'unknown-track', 'Der er intet spor `forandrng` i dette program — mente du `forandring`?'),
        diagnostic(range(5, 6, 5, 16), 2, 'seance-on-weekend', 'Seancen ligger lørdag den 10. april 2027, i en weekend.'),
        diagnostic(
          range(11, 2, 11, 7),
          2,
          'agenda-not-ascending',
          'Punktet kl. 10:00 står efter et punkt kl. 11:00. Sæt programmet i tidsrækkefølge.',
        ),
      ]),
    );
  });

  it('speaks Swedish when initialize says locale `sv`', async () => {
    client = await TestClient.start({ fixture: 'flawed', locale: 'sv' });
    await client.waitForDiagnostics(
      client.uri(seance02),
      same([
        diagnostic(
          range(4, 7, 4, 16),
          1,
          'unknown-track',
          'Det finns inget spår `forandrng` i det här programmet — menade du `forandring`?',
        ),
        diagnostic(range(5, 6, 5, 16), 2, 'seance-on-weekend', 'Seansen ligger lördag 10 april 2027, under en helg.'),
        diagnostic(
          range(11, 2, 11, 7),
          2,
          'agenda-not-ascending',
          'Punkten kl. 10:00 står efter en punkt kl. 11:00. Sätt programmet i tidsordning.',
        ),
      ]),
    );
  });

  it('takes Swedish from a regional locale (`sv-FI`) and falls back to English for another language (`de`)', async () => {
    client = await TestClient.start({ fixture: 'flawed', locale: 'sv-FI' });
    await client.waitForDiagnostics(
      client.uri(seance02),
      (d) => d[1]?.message === 'Seansen ligger lördag 10 april 2027, under en helg.',
      'Swedish',
    );
    await client.stop();
    client = await TestClient.start({ fixture: 'flawed', locale: 'de' });
    await client.waitForDiagnostics(
      client.uri(seance02),
      (d) => d[1]?.message === 'The seance is on Saturday 10 April 2027, at the weekend.',
      'English',
    );
  });
});

describe('protocol: settings from workspace/configuration', () => {
  let client: TestClient;
  afterEach(async () => {
    await client.stop();
  });

  const settings = { severity: { 'seance-on-weekend': 'off', 'track-without-seance': 'error' } } as const;
  const programme = [
    diagnostic(
      range(8, 10, 8, 20),
      1,
      'track-without-seance',
      'No seance belongs to the track `forandring`. Add a seance with `track: forandring`, or remove the track.',
    ),
    diagnostic(
      range(9, 10, 9, 17),
      1,
      'track-without-seance',
      'No seance belongs to the track `laering`. Add a seance with `track: laering`, or remove the track.',
    ),
  ];
  const seance02 = [
    diagnostic(range(4, 7, 4, 16), 1, 'unknown-track', 'There is no track `forandrng` in this programme — did you mean `forandring`?'),
    diagnostic(
      range(11, 2, 11, 7),
      2,
      'agenda-not-ascending',
      'The item at 10:00 comes after an item at 11:00. Put the agenda in time order.',
    ),
  ];

  it('hides a code set to `off` and raises a code set to `error`, from the start', async () => {
    client = await TestClient.start({ fixture: 'flawed', settings });
    await client.waitForDiagnostics(client.uri('programme.md'), same(programme), 'track-without-seance as errors');
    await client.waitForDiagnostics(client.uri('seances/02-forandring.md'), same(seance02), 'no seance-on-weekend');
    assert.deepStrictEqual(await client.request('curriculum/checkAll', {}), { files: 4, errors: 5, warnings: 2, others: 1 });
  });

  it('reads the settings again on workspace/didChangeConfiguration and publishes what changed', async () => {
    client = await TestClient.start({ fixture: 'flawed' });
    await client.waitForDiagnostics(client.uri('seances/02-forandring.md'), (d) => d.some((x) => x.code === 'seance-on-weekend'));
    client.useSettings(settings);
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.waitForDiagnostics(client.uri('programme.md'), same(programme), 'track-without-seance as errors');
    await client.waitForDiagnostics(client.uri('seances/02-forandring.md'), same(seance02), 'no seance-on-weekend');
    assert.equal(client.configurationRequests, 2);
  });
});

describe('protocol: diagnostics of documents in other shapes and orders', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start({ fixture: 'clean' });
  });
  afterEach(async () => {
    await client.stop();
  });

  it('renaming a track in programme.md makes the seance and the assignment that use it unknown-track', async () => {
    await client.open('programme.md');
    await client.change('programme.md', { range: range(8, 10, 8, 21), text: 'samarbejde' });
    const unknown = (line: number) =>
      diagnostic(
        range(line, 7, line, 18),
        1,
        'unknown-track',
        'There is no track `samskabelse` in this programme. Its tracks are: samarbejde, forandring.',
      );
    await client.waitForDiagnostics(client.uri(seance), same([unknown(4)]), 'unknown-track in the seance');
    await client.waitForDiagnostics(client.uri('assignments/01-feedback.md'), same([unknown(4)]), 'unknown-track in the assignment');
    await client.waitForDiagnostics(
      client.uri('programme.md'),
      same([
        diagnostic(
          range(8, 10, 8, 20),
          2,
          'track-without-seance',
          'No seance belongs to the track `samarbejde`. Add a seance with `track: samarbejde`, or remove the track.',
        ),
      ]),
    );
  });

  it('a document with CRLF line breaks gets the same ranges', async () => {
    const text = client.read(seance).replace(/\n/g, '\r\n');
    const uri = await client.open(seance, text);
    await client.change(seance, { range: range(5, 6, 5, 16), text: '2027-02-30' });
    await client.waitForDiagnostics(uri, same([invalidDate(5)]));
  });

  it('ranges count UTF-16 code units: an emoji before the end of an item counts two', async () => {
    const text = `${client.read(seance)}- Kaffe ☕ og 🥐\n`;
    const uri = await client.open(seance, text);
    const line = '- Kaffe ☕ og 🥐';
    assert.equal(line.length, 15);
    await client.waitForDiagnostics(
      uri,
      same([
        diagnostic(
          range(13, 0, 13, 15),
          2,
          'agenda-missing-time',
          'This agenda item has no time. Start it with the time it begins, like `- 12:15 Kaffe ☕ og 🥐`.',
        ),
      ]),
    );
  });

  it('a new file that was never saved has its diagnostics cleared when it is closed', async () => {
    const file = 'seances/03-ny.md';
    const uri = await client.open(file, '---\ntype: seance\nid: s03-ny\ntitle: Ny\ndate: 2027-02-30\n---\n');
    await client.waitForDiagnostics(uri, same([invalidDate(4)]));
    await client.close(file);
    await client.waitForDiagnostics(uri, same([]), 'the diagnostics of the closed, unsaved file to be cleared');
  });

  it('a document closed and opened again at once keeps the diagnostics of the text it was opened with', async () => {
    // An editor closes and reopens a document, for example when its language mode changes.
    const uri = await client.open(seance);
    const edited = client.read(seance).replace('date: 2027-03-11', 'date: 2027-02-30');
    await client.change(seance, { text: edited });
    await client.waitForDiagnostics(uri, same([invalidDate(5)]));
    await client.close(seance);
    await client.open(seance, edited);
    // checkAll reads the folder and answers after everything it published; the open document must win over its file.
    assert.deepStrictEqual(await client.request('curriculum/checkAll', {}), { files: 5, errors: 1, warnings: 0, others: 0 });
    assert.deepStrictEqual(client.diagnostics.get(uri), [invalidDate(5)]);
  });

  it('a request right after edits in other documents sees those edits (no stale text of another file)', async () => {
    const assignment = client.uri('assignments/01-feedback.md');
    await client.open('seances/02-forandring.md');
    await client.change('seances/02-forandring.md', { range: range(5, 6, 5, 16), text: '2027-03-01' });
    // Sent at once, before the debounce has run: the summary of s02 must have its new date.
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: assignment },
      position: { line: 6, character: 8 },
    });
    assert.equal(hover.contents.value.split('  \n')[1], 'Date: 2027-03-01');
  });

  it('a file from outside the workspace folders is forgotten when it is closed', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'curriculum-protocol-outside-'));
    try {
      const file = path.join(outside, 'seance.md');
      const text = '---\ntype: seance\nid: s01-ude\ntitle: Ude\ndate: 2027-03-11\n---\n';
      writeFileSync(file, text);
      const uri = URI.file(file).toString();
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
      await client.waitForDiagnostics(uri, (d) => d.length === 1 && d[0]!.code === 'orphan-module', 'orphan-module while it is open');
      await client.notify('textDocument/didClose', { textDocument: { uri } });
      await client.waitForDiagnostics(uri, same([]), 'the diagnostics of the closed outside file to be cleared');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
