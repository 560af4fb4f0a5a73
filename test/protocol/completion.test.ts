import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CompletionItem, CompletionItemKind, Position } from 'vscode-languageserver';
import { range, repoRoot, TestClient } from './client';

/** The seance schema: the title and description of each key are what completion must show. */
const seanceSchema = JSON.parse(readFileSync(path.join(repoRoot, 'schemas', 'seance.schema.json'), 'utf8')) as {
  properties: Record<string, { title: string; description: string }>;
};

const Property: CompletionItemKind = 10;
const Value: CompletionItemKind = 12;
const EnumMember: CompletionItemKind = 20;
const Reference: CompletionItemKind = 18;
const Event: CompletionItemKind = 23;
const PlainText = 1;
const Snippet = 2;

/** A key completion of a seance as the server should send it: the schema's title and description. */
function key(label: string, newText: string, r: ReturnType<typeof range>): CompletionItem {
  const { title, description } = seanceSchema.properties[label]!;
  return {
    label,
    kind: Property,
    detail: title,
    documentation: { kind: 'markdown', value: description },
    textEdit: { range: r, newText },
    insertTextFormat: Snippet,
    filterText: label,
  };
}

/** A value completion: plain text that replaces the typed prefix. */
function value(label: string, kind: CompletionItemKind, r: ReturnType<typeof range>, extra: Partial<CompletionItem> = {}): CompletionItem {
  return { label, kind, ...extra, textEdit: { range: r, newText: label }, insertTextFormat: PlainText, filterText: label };
}

describe('protocol: textDocument/completion', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ fixture: 'clean' });
  });
  after(async () => {
    await client.stop();
  });

  /** Opens `text` as a new file of the programme and asks for completions at `position`. */
  async function complete(file: string, text: string, position: Position): Promise<CompletionItem[]> {
    const uri = await client.open(file, text);
    try {
      return await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
    } finally {
      await client.close(file);
    }
  }

  it('completes in the text just typed, without waiting for the checks of the edit', async () => {
    const uri = await client.open('seances/09-typing.md', '---\ntype: seance\nid: s09-typing\n---\n');
    try {
      // The line exists only in the new text: a completion on the parse of the old text would be on the closing `---`.
      await client.change('seances/09-typing.md', { range: range(3, 0, 3, 0), text: 'ti\n' });
      const items = await client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri },
        position: { line: 3, character: 2 },
      });
      assert.deepEqual(
        items.filter((item) => item.label.startsWith('ti')).map((item) => [item.label, item.textEdit]),
        [
          ['title', { range: range(3, 0, 3, 2), newText: 'title: ${1:Feedback i ledelseskæden}' }],
          ['time', { range: range(3, 0, 3, 2), newText: 'time: { start: "${1:08:30}", end: "${2:15:30}" }' }],
        ],
      );
    } finally {
      await client.close('seances/09-typing.md');
    }
  });

  it('offers the keys a seance header lacks, in schema order, with snippets; none that is already there', async () => {
    const text = '---\ntype: seance\nid: s03-ny\ntitle: Ny\n\ndate: 2027-05-03\n---\n';
    const at = range(4, 0, 4, 0);
    assert.deepStrictEqual(await complete('seances/03-ny.md', text, { line: 4, character: 0 }), [
      key('track', 'track: ${1:samskabelse}', at),
      key('outcomes', 'outcomes: [${1:giv-feedback}]', at),
      key('end-date', 'end-date: ${1:2027-03-12}', at),
      key('time', 'time: { start: "${1:08:30}", end: "${2:15:30}" }', at),
      key('mode', 'mode: ${1|onsite,online,hybrid,app|}', at),
      key('location', 'location: ${1:Rådhuset, mødesal 2}', at),
      key('link', 'link: ${1:https://meet.example.org/ledarstig-3}', at),
      key('optional', 'optional: ${1:}', at),
      key('condition', 'condition: ${1:Om samhällssituationen tillåter det}', at),
      key('facilitators', 'facilitators: [${1:Procesleder}]', at),
      key('goals', 'goals: [${1:Give and receive feedback across the leadership chain}]', at),
    ]);
  });

  it('replaces exactly the typed prefix of a key (`ti|`)', async () => {
    const items = await complete('seances/03-ny.md', '---\ntype: seance\nid: s03-ny\nti\n---\n', { line: 3, character: 2 });
    assert.deepStrictEqual(
      items.map((i) => i.label),
      [
        'title',
        'track',
        'outcomes',
        'date',
        'end-date',
        'time',
        'mode',
        'location',
        'link',
        'optional',
        'condition',
        'facilitators',
        'goals',
      ],
    );
    for (const item of items)
      assert.deepStrictEqual(item.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined, range(3, 0, 3, 2), item.label);
    assert.deepStrictEqual(items.find((i) => i.label === 'time')!.textEdit, {
      range: range(3, 0, 3, 2),
      newText: 'time: { start: "${1:08:30}", end: "${2:15:30}" }',
    });
  });

  it("offers the programme's track ids after `track: `, with the track titles as detail", async () => {
    const text = '---\ntype: seance\nid: s03-ny\ntitle: Ny\ntrack: sam\n---\n';
    const at = range(4, 7, 4, 10);
    assert.deepStrictEqual(await complete('seances/03-ny.md', text, { line: 4, character: 10 }), [
      value('samskabelse', Reference, at, { detail: 'Samskabelse på tværs' }),
      value('forandring', Reference, at, { detail: 'Ledelse af forandring' }),
    ]);
  });

  it('offers seance ids after `given: ` in an assignment, with date and title, sorted by date', async () => {
    const text = '---\ntype: assignment\nid: a02-ny\ntitle: Ny\ngiven: \n---\n';
    const at = range(4, 7, 4, 7);
    assert.deepStrictEqual(await complete('assignments/02-ny.md', text, { line: 4, character: 7 }), [
      value('s01-opstart', Event, at, { detail: '2027-03-11 · Opstart', sortText: '2027-03-11' }),
      value('s02-forandring', Event, at, { detail: '2027-04-08 · Forandring der holder', sortText: '2027-04-08' }),
    ]);
  });

  it('offers seance ids after `due: s0`, replacing `s0`', async () => {
    const text = '---\ntype: assignment\nid: a02-ny\ntitle: Ny\ndue: s0\n---\n';
    const items = await complete('assignments/02-ny.md', text, { line: 4, character: 7 });
    assert.deepStrictEqual(
      items.map((i) => [i.label, i.textEdit]),
      [
        ['s01-opstart', { range: range(4, 5, 4, 7), newText: 's01-opstart' }],
        ['s02-forandring', { range: range(4, 5, 4, 7), newText: 's02-forandring' }],
      ],
    );
  });

  it('offers the values of `mode` after `mode: on`', async () => {
    const text = '---\ntype: seance\nid: s03-ny\nmode: on\n---\n';
    const at = range(3, 6, 3, 8);
    assert.deepStrictEqual(await complete('seances/03-ny.md', text, { line: 3, character: 8 }), [
      value('onsite', EnumMember, at, { detail: 'Mode' }),
      value('online', EnumMember, at, { detail: 'Mode' }),
      value('hybrid', EnumMember, at, { detail: 'Mode' }),
      value('app', EnumMember, at, { detail: 'Mode' }),
    ]);
  });

  it('offers the module types after `type: ` in a new file', async () => {
    const at = range(1, 6, 1, 6);
    assert.deepStrictEqual(await complete('seances/03-ny.md', '---\ntype: \n---\n', { line: 1, character: 6 }), [
      value('programme', EnumMember, at),
      value('seance', EnumMember, at),
      value('assignment', EnumMember, at),
    ]);
  });

  it('offers `type` as the only key of a header that has none yet', async () => {
    assert.deepStrictEqual(await complete('seances/03-ny.md', '---\n\n---\n', { line: 1, character: 0 }), [
      {
        label: 'type',
        kind: Property,
        textEdit: { range: range(1, 0, 1, 0), newText: 'type: ${1|programme,seance,assignment|}' },
        insertTextFormat: Snippet,
        filterText: 'type',
      },
    ]);
  });

  it('proposes ISO dates after `date: `: after the last seance, a week later, and the period, in words', async () => {
    const text = '---\ntype: seance\nid: s03-ny\ntitle: Ny\ndate: 2027\n---\n';
    const at = range(4, 6, 4, 10);
    assert.deepStrictEqual(await complete('seances/03-ny.md', text, { line: 4, character: 10 }), [
      value('2027-04-09', Value, at, { detail: 'The first workday after the last seance', sortText: '0' }),
      value('2027-04-15', Value, at, { detail: 'A week after the last seance', sortText: '1' }),
      value('2027-01-11', Value, at, { detail: 'The first day of the programme', sortText: '2' }),
      value('2027-06-25', Value, at, { detail: 'The last day of the programme', sortText: '3' }),
    ]);
  });

  it('offers nothing in the body, below the header', async () => {
    const text = '---\ntype: seance\nid: s03-ny\n---\n## Agenda\n- 09:00 \n';
    assert.deepStrictEqual(await complete('seances/03-ny.md', text, { line: 5, character: 8 }), []);
  });
});

describe('protocol: completion of dates around public holidays', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ fixture: 'clean' });
  });
  after(async () => {
    await client.stop();
  });

  it('does not propose a public holiday as "the first workday after the last seance"', async () => {
    // The last seance moves to Wednesday 2027-05-05; Thursday 2027-05-06 is Kristi Himmelfartsdag in Denmark.
    await client.open('seances/02-forandring.md');
    await client.change('seances/02-forandring.md', { range: range(5, 6, 5, 16), text: '2027-05-05' });
    // A request on the edited document makes the server take its text now, without the debounce.
    await client.request('textDocument/documentSymbol', { textDocument: { uri: client.uri('seances/02-forandring.md') } });
    const uri = await client.open('seances/03-ny.md', '---\ntype: seance\nid: s03-ny\ntitle: Ny\ndate: \n---\n');
    const items = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 4, character: 6 },
    });
    assert.deepStrictEqual(
      items.map((i) => [i.label, i.detail]),
      [
        ['2027-05-07', 'The first workday after the last seance'],
        ['2027-05-12', 'A week after the last seance'],
        ['2027-01-11', 'The first day of the programme'],
        ['2027-06-25', 'The last day of the programme'],
      ],
    );
  });
});
