import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { URI } from 'vscode-uri';
import type {
  CheckAllResult,
  ProgrammeScaffoldParams,
  ProgrammeScaffoldResult,
  ProgrammeSummary,
  ScaffoldParams,
  ScaffoldResult,
} from '../../src/protocol';
import { CheckAllRequest, ProgrammeScaffoldRequest, ProgrammesRequest, ScaffoldRequest } from '../../src/protocol';
import { TestClient } from './client';

const tracks = [
  { id: 'samskabelse', title: 'Samskabelse på tværs' },
  { id: 'forandring', title: 'Ledelse af forandring' },
];

describe('protocol: the custom requests (curriculum/*)', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start({ fixture: 'clean' });
  });
  afterEach(async () => {
    await client.stop();
  });

  it('curriculum/programmes lists the programme with its id, title and folder', async () => {
    assert.deepStrictEqual(await client.request<ProgrammeSummary[]>(ProgrammesRequest.method, {}), [
      {
        uri: client.uri('programme.md'),
        folderUri: URI.file(client.root).toString(),
        id: 'lederforloeb-2027',
        title: 'Lederforløb 2027',
      },
    ]);
  });

  it('curriculum/scaffold of a seance: the next id, in seances/, on the first workday after the last seance, headings in the programme language', async () => {
    const params: ScaffoldParams = {
      uri: client.uri('seances/01-opstart.md'),
      type: 'seance',
      title: 'Læring i hverdagen',
      track: 'forandring',
    };
    const result = await client.request<ScaffoldResult>(ScaffoldRequest.method, params);
    assert.deepStrictEqual(result, {
      tracks,
      file: {
        uri: client.uri('seances/03-laering-i-hverdagen.md'),
        text: [
          '---',
          'type: seance',
          'id: s03-laering-i-hverdagen',
          'title: Læring i hverdagen',
          'track: forandring',
          'date: 2027-04-09',
          'time: { start: "09:00", end: "15:00" }',
          'facilitators: []',
          '---',
          '## Formål',
          '',
          '## Agenda',
          '- 09:00 Velkommen (plenum)',
          '',
        ].join('\n'),
      },
    });
    assert.equal(existsSync(client.path('seances/03-laering-i-hverdagen.md')), false, 'scaffold only proposes; the client writes the file');

    // Opened as it stands, the new seance is valid in its programme: nothing is published for it or any other file.
    const before = client.published.length;
    await client.notify('textDocument/didOpen', {
      textDocument: { uri: result.file.uri, languageId: 'markdown', version: 1, text: result.file.text },
    });
    assert.deepStrictEqual(await client.request(CheckAllRequest.method, {}), { files: 6, errors: 0, warnings: 0, others: 0 });
    assert.deepStrictEqual(client.published.slice(before), []);
  });

  it('curriculum/scaffold of an assignment: given at the last seance of its track, due at the end of the programme', async () => {
    const params: ScaffoldParams = { uri: client.uri('seances'), type: 'assignment', title: 'Øv dig i at lytte', track: 'samskabelse' };
    const result = await client.request<ScaffoldResult>(ScaffoldRequest.method, params);
    assert.deepStrictEqual(result, {
      tracks,
      file: {
        uri: client.uri('assignments/02-oev-dig-i-at-lytte.md'),
        text: '---\ntype: assignment\nid: a02-oev-dig-i-at-lytte\ntitle: Øv dig i at lytte\ntrack: samskabelse\ngiven: s01-opstart\ndue: 2027-06-25\neffort: 2h\n---\n## Opgave\n\n## Refleksion\n',
      },
    });
    const before = client.published.length;
    await client.notify('textDocument/didOpen', {
      textDocument: { uri: result.file.uri, languageId: 'markdown', version: 1, text: result.file.text },
    });
    assert.deepStrictEqual(await client.request(CheckAllRequest.method, {}), { files: 6, errors: 0, warnings: 0, others: 0 });
    assert.deepStrictEqual(client.published.slice(before), []);
  });

  it('curriculum/scaffold outside every programme: no file, no tracks', async () => {
    const params: ScaffoldParams = { uri: URI.file('/nowhere/notes.md').toString(), type: 'seance', title: 'X' };
    assert.deepStrictEqual(await client.request<ScaffoldResult>(ScaffoldRequest.method, params), { tracks: [] });
  });

  it('curriculum/scaffoldProgramme: a folder named after the title, half a year from the next Monday, headings in its language', async () => {
    const params: ProgrammeScaffoldParams = { title: 'Kommunens ledarstig', language: 'sv', today: '2026-11-23' };
    assert.deepStrictEqual(await client.request<ProgrammeScaffoldResult>(ProgrammeScaffoldRequest.method, params), {
      file: 'kommunens-ledarstig/programme.md',
      text: [
        '---',
        'type: programme',
        'id: kommunens-ledarstig',
        'title: Kommunens ledarstig',
        'language: sv',
        'period: { start: 2026-11-30, end: 2027-05-28 }',
        'tracks:',
        '  - { id: forsta-sparet, title: Första spåret }',
        '---',
        '## Syfte',
        '',
        '## Målgrupp',
        '',
      ].join('\n'),
    });
  });

  it('curriculum/checkAll counts the files and problems of the workspace, open documents as edited', async () => {
    assert.deepStrictEqual(await client.request<CheckAllResult>(CheckAllRequest.method, {}), {
      files: 5,
      errors: 0,
      warnings: 0,
      others: 0,
    });
    await client.open('seances/01-opstart.md');
    // Not yet checked (debounced) when checkAll arrives: checkAll must take the latest text.
    await client.change('seances/01-opstart.md', {
      text: client.read('seances/01-opstart.md').replace('date: 2027-03-11', 'date: 2027-02-30'),
    });
    assert.deepStrictEqual(await client.request<CheckAllResult>(CheckAllRequest.method, {}), {
      files: 5,
      errors: 1,
      warnings: 0,
      others: 0,
    });
  });

  it('curriculum/checkAll counts the flawed programme: errors, warnings and others', async () => {
    await client.stop();
    client = await TestClient.start({ fixture: 'flawed' });
    assert.deepStrictEqual(await client.request<CheckAllResult>(CheckAllRequest.method, {}), {
      files: 4,
      errors: 3,
      warnings: 5,
      others: 1,
    });
  });
});
