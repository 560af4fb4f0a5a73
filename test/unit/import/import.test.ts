import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../../../src/cli/main';
import { agendaOfText, importProgramme, paragraphsOfText, safeImportPath, Workspace, type ImportResult } from '../../../src/core';
import { ImportRefused, writeImportedFiles } from '../../../src/node/imported';

const fixtures = path.join(__dirname, 'fixtures');
/** Texts in the style of the five sources (invented names), one per source. */
const SOURCES = ['1-akademi.txt', '2-lederuddannelse.md', '3-lederseminar.txt', '4-temadag.txt', '5-ledarstig.txt'];

const importText = (text: string, markdown = false): ImportResult => importProgramme(paragraphsOfText(text, markdown));
const importFixture = (name: string): ImportResult => importText(readFileSync(path.join(fixtures, name), 'utf8'), name.endsWith('.md'));

/** The problems of an imported folder as the checker reports them: `file:line code`, line 1-based. */
function problemsOf(result: ImportResult): string[] {
  const workspace = new Workspace();
  for (const file of result.files) workspace.update(`/imported/${file.path}`, file.content);
  return [...workspace.problems()]
    .flatMap(([file, problems]) => problems.map((p) => `${file.slice('/imported/'.length)}:${p.range.start.line + 1} ${p.code}`))
    .sort();
}

/** The sentences of a source: each paragraph cut after `.`, `?`, `!`, with a leading time and bullet left out. */
function sentencesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:#+|[-*•]|\d+\.)\s+/, '').trim())
    .flatMap((line) => line.split(/(?<=[.?!])\s+/))
    .map((sentence) =>
      sentence
        .replace(/^(?:Kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?:?\s+/i, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((sentence) => sentence !== '');
}

/** Everything the folder holds as text: the files, and the values of their headers (a title may be quoted in YAML). */
function haystackOf(result: ImportResult): string {
  const parts = result.files.flatMap((file) => {
    const header = /^---\n([\s\S]*?)\n---\n/.exec(file.content)?.[1] ?? '';
    const values = Object.values((parse(header) ?? {}) as Record<string, unknown>).map(String);
    return [file.content, ...values];
  });
  return parts.join('\n').replace(/\s+/g, ' ');
}

describe('import: a programme text into a programme folder', () => {
  it('makes one seance per day with canonical times and descriptions, the homework as an assignment, the rest as body text', () => {
    const result = importFixture('3-lederseminar.txt');
    assert.deepEqual(
      result.files.map((file) => file.path),
      ['programme.md', 'seances/01-torsdag-d-30-oktober.md', 'seances/02-fredag.md', 'assignments/01-hjemmearbejde-inden-seminaret.md'],
    );
    assert.equal(
      result.files[0]!.content,
      [
        '---',
        'type: programme',
        'id: lederseminar-eksempel-kommune',
        'title: Lederseminar Eksempel Kommune',
        'language: da',
        '# TODO (import): kilden giver ingen datoer for hele programmet; skriv perioden her (period: { start: ÅÅÅÅ-MM-DD, end: ÅÅÅÅ-MM-DD }).',
        '---',
        'Program for to dage på vandrerhjemmet, med overnatning.',
        '',
      ].join('\n'),
    );
    assert.equal(
      result.files[1]!.content,
      [
        '---',
        'type: seance',
        'id: s01-torsdag-d-30-oktober',
        'title: Torsdag d. 30. oktober',
        '# TODO (import): kilden nævner dagen `Torsdag d. 30. oktober` uden år; skriv datoen med år her (date: ÅÅÅÅ-10-30).',
        'time: { start: "08:00", end: "18:00" }',
        '---',
        '## Program',
        '',
        '### Torsdag d. 30. oktober',
        '',
        '- 08:00 Kaffe',
        '- 08:15 Velkommen',
        '  Kommunaldirektøren byder velkommen til seminaret og deler ambitionerne med visionen. Procesleder A præsenterer programmet.',
        '- 08:30 Visionen ifølge direktør og borgmester',
        '  Procesleder A interviewer kommunaldirektøren og borgmesteren i plenum: hvad er tankerne bag visionen? Er der spørgsmål fra deltagerne?',
        '- 09:00 Hvad synes I?',
        '  Deltagerne arbejder i tværgående grupper på seks.',
        '- 10:45 Pause',
        '- 12:00 Frokost',
        '- Kl Fælles mål med samskabelse: hvad skal vi lykkes med?',
        '- 17:30 Mål for samskabelse',
        '  Grupperne præsenterer deres mål i plenum.',
        '- 18:00 Tak for i dag',
        '',
      ].join('\n'),
    );
    assert.equal(
      result.files[2]!.content,
      [
        '---',
        'type: seance',
        'id: s02-fredag',
        'title: Fredag',
        '# TODO (import): kilden nævner dagen `Fredag` uden dato; skriv dens dato her (date: ÅÅÅÅ-MM-DD).',
        'time: { start: "08:30", end: "12:00" }',
        '---',
        '## Program',
        '',
        '### Fredag',
        '',
        '- 08:30 God morgen',
        '- 10:00 Pause',
        '- 11:15 Hvad kommunikerer vi, når vi kommer hjem?',
        '  Hvilke aftaler har vi lavet? Tak for i dag.',
        '- 12:00 Slut',
        '',
      ].join('\n'),
    );
    assert.equal(
      result.files[3]!.content,
      [
        '---',
        'type: assignment',
        'id: a01-hjemmearbejde-inden-seminaret',
        'title: Hjemmearbejde inden seminaret',
        'due: s01-torsdag-d-30-oktober',
        '---',
        'Hver deltager interviewer en borger om samarbejdet med kommunen. Forbered et eksempel på samskabelse fra dit eget arbejde.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(
      result.notes.map((note) => `${note.file} ${note.message.key}`),
      [
        'programme.md import.todo.period',
        'seances/01-torsdag-d-30-oktober.md import.todo.year',
        'seances/02-fredag.md import.todo.weekday',
      ],
    );
  });

  it('leaves out a year the source does not give, so the checker shows the seance as undated; the item without a time is the source’s own slip', () => {
    // A seance without `date` is planned, not scheduled (an information at its id, beside the TODO).
    assert.deepEqual(problemsOf(importFixture('3-lederseminar.txt')), [
      'programme.md:1 missing-key',
      'seances/01-torsdag-d-30-oktober.md:21 agenda-missing-time',
      'seances/01-torsdag-d-30-oktober.md:4 seance-undated',
      'seances/02-fredag.md:4 seance-undated',
    ]);
  });

  it('dates every day when the year is written: a weekday alone is the next such day; the period spans the days', () => {
    const result = importText(
      'Seminar\n\nTorsdag d. 30. oktober 2025\nKl 9: Velkommen\nKl 12: Frokost\n\nFredag\nKl 8.30-9.15: God morgen\nKl 12: Slut\n',
    );
    assert.equal(
      result.files[0]!.content,
      '---\ntype: programme\nid: seminar\ntitle: Seminar\nlanguage: da\nperiod: { start: 2025-10-30, end: 2025-10-31 }\n---\n',
    );
    assert.equal(
      result.files[2]!.content,
      '---\ntype: seance\nid: s02-fredag\ntitle: Fredag\ndate: 2025-10-31\ntime: { start: "08:30", end: "12:00" }\n---\n## Program\n\n### Fredag\n\n- 08:30–09:15 God morgen\n- 12:00 Slut\n',
    );
    assert.deepEqual(result.notes, []);
    assert.deepEqual(problemsOf(result), []);
  });

  it('shows a weekday that is not its date’s, as the source wrote it', () => {
    const result = importText('Seminar\n\nOnsdag d. 30. oktober 2025\nKl 9: Velkommen\nKl 12: Slut\n');
    assert.deepEqual(problemsOf(result), ['seances/01-seminar.md:10 weekday-mismatch']);
  });

  it('leaves `due` out of homework announced after the last day with no word of when, with a TODO', () => {
    const result = importText('Seminar\n\nFredag 31/10 2025\nKl 9: Velkommen\nKl 12: Slut\n\nHjemmeopgave\nSkriv en refleksion.\n');
    assert.equal(
      result.files[2]!.content,
      '---\ntype: assignment\nid: a01-hjemmeopgave\ntitle: Hjemmeopgave\n# TODO (import): kilden siger ikke, hvornår denne opgave skal være løst; skriv et seance-id eller en dato her (due: …).\n---\nSkriv en refleksion.\n',
    );
    assert.deepEqual(problemsOf(result), ['assignments/01-hjemmeopgave.md:1 missing-key']);
  });

  it('splits a slide’s text that runs the items together before each `Kl 8.15:`', () => {
    assert.deepEqual(paragraphsOfText('Torsdag d. 30. oktober Kl 8: Kaffe Kl 8.15: Velkommen kl. 9 er vi klar.\n', false), [
      { text: 'Torsdag d. 30. oktober' },
      { text: 'Kl 8: Kaffe' },
      { text: 'Kl 8.15: Velkommen kl. 9 er vi klar.' },
    ]);
  });

  for (const name of SOURCES) {
    it(`loses no sentence of ${name}`, () => {
      const text = readFileSync(path.join(fixtures, name), 'utf8');
      const haystack = haystackOf(importFixture(name));
      const sentences = sentencesOf(text);
      assert.ok(sentences.length >= 5);
      assert.deepEqual(
        sentences.filter((sentence) => !haystack.includes(sentence)),
        [],
      );
    });
  }

  it('reports for the prose sources only the period they do not give', () => {
    for (const name of ['1-akademi.txt', '2-lederuddannelse.md', '4-temadag.txt', '5-ledarstig.txt']) {
      assert.deepEqual(problemsOf(importFixture(name)), ['programme.md:1 missing-key'], name);
    }
    assert.match(importFixture('5-ledarstig.txt').files[0]!.content, /^language: sv$/m);
  });

  it('turns pasted agenda text into canonical items, day headings and descriptions (Paste as Agenda)', () => {
    const pasted =
      'Sidste dag\nTorsdag d. 30. oktober Kl 8: Kaffe Kl 8.15: Velkommen\nProcesleder A byder velkommen.\nFå ord om dagen.\nKl Fælles mål\n\nFredag\nKl 8.30-9.15: God morgen\n';
    assert.equal(
      agendaOfText(paragraphsOfText(pasted, false)),
      [
        'Sidste dag',
        '',
        '### Torsdag d. 30. oktober',
        '',
        '- 08:00 Kaffe',
        '- 08:15 Velkommen',
        '  Procesleder A byder velkommen.',
        '',
        '  Få ord om dagen.',
        '- Kl Fælles mål',
        '',
        '### Fredag',
        '',
        '- 08:30–09:15 God morgen',
        '',
      ].join('\n'),
    );
  });

  it('makes only paths that stay inside the folder, whatever the title', () => {
    const result = importText('../../x\n\n../../etc Fredag 31/10 2025\nKl 9: Velkommen\n\n../Hjemmeopgave\n');
    assert.ok(result.files.every((file) => safeImportPath(file.path)));
    for (const bad of ['../x.md', '/etc/x.md', 'a/../../x.md', 'a\\..\\x.md', '', 'a//b.md', './a.md', 'C:x.md'])
      assert.equal(safeImportPath(bad), false, bad);
  });
});

describe('import: writing the folder', () => {
  let folder: string;
  beforeEach(() => {
    folder = realpathSync(mkdtempSync(path.join(tmpdir(), 'curriculum-import-')));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses a path that would leave the folder, and writes nothing', async () => {
    const out = path.join(folder, 'out');
    await assert.rejects(
      writeImportedFiles(out, [
        { path: 'programme.md', content: 'x' },
        { path: '../../x.md', content: 'x' },
      ]),
      (error: unknown) => error instanceof ImportRefused && error.reason.key === 'import.outside',
    );
    assert.equal(existsSync(out), false);
  });

  it('curriculum import writes the folder, lists the files and the TODOs; exit 0', async () => {
    const result = await runCli(['import', path.join(fixtures, '3-lederseminar.txt'), '--out', 'seminar'], folder, {});
    assert.deepEqual(result, {
      stdout: [
        'seminar/programme.md',
        'seminar/seances/01-torsdag-d-30-oktober.md',
        'seminar/seances/02-fredag.md',
        'seminar/assignments/01-hjemmearbejde-inden-seminaret.md',
        'seminar/programme.md: TODO (import): the source gives no dates for the whole programme; write its period here (period: { start: YYYY-MM-DD, end: YYYY-MM-DD }).',
        'seminar/seances/01-torsdag-d-30-oktober.md: TODO (import): the source names the day `Torsdag d. 30. oktober` without a year; write the date with its year here (date: YYYY-10-30).',
        'seminar/seances/02-fredag.md: TODO (import): the source names the day `Fredag` without a date; write its date here (date: YYYY-MM-DD).',
        'Imported 4 file(s) into seminar. Run `curriculum check seminar` to see what is left to fill in.',
        '',
      ].join('\n'),
      stderr: '',
      status: 0,
    });
    assert.deepEqual(readdirSync(path.join(folder, 'seminar', 'seances')).sort(), ['01-torsdag-d-30-oktober.md', '02-fredag.md']);
    const check = await runCli(['check', 'seminar'], folder, {});
    assert.equal(check.status, 1);
    assert.match(check.stdout, /1 error\(s\), 1 warning\(s\), 2 other\(s\) in 4 file\(s\)\.\n$/);
  });

  it('never overwrites: with one file there already it writes nothing and exits 2, in the language asked for', async () => {
    mkdirSync(path.join(folder, 'seminar', 'seances'), { recursive: true });
    writeFileSync(path.join(folder, 'seminar', 'seances', '02-fredag.md'), 'mine');
    const result = await runCli(['import', path.join(fixtures, '3-lederseminar.txt'), '--out', 'seminar', '--locale', 'da'], folder, {});
    assert.deepEqual(result, {
      stdout: '',
      stderr:
        'curriculum: Intet blev skrevet: seminar/seances/02-fredag.md findes allerede, og importen overskriver aldrig en fil. Vælg en ny eller tom mappe.\n',
      status: 2,
    });
    assert.deepEqual(readdirSync(path.join(folder, 'seminar')), ['seances']);
    assert.equal(readFileSync(path.join(folder, 'seminar', 'seances', '02-fredag.md'), 'utf8'), 'mine');
  });

  it('says what it takes: one .docx, .txt or .md file and --out; exit 2', async () => {
    assert.deepEqual(await runCli(['import', 'x.pdf', '--out', 'o'], folder, {}), {
      stdout: '',
      stderr: 'curriculum: Cannot import x.pdf: only .docx, .txt and .md files can be imported.\n',
      status: 2,
    });
    assert.deepEqual(await runCli(['import', 'x.txt'], folder, {}), {
      stdout: '',
      stderr: 'curriculum: `curriculum import` takes one file (.docx, .txt or .md) and --out <folder>.\n',
      status: 2,
    });
    assert.deepEqual(await runCli(['import', 'missing.txt', '--out', 'o'], folder, {}), {
      stdout: '',
      stderr: 'curriculum: Cannot read missing.txt: there is no such file or folder.\n',
      status: 2,
    });
    assert.equal((await runCli(['check', '--out', 'o'], folder, {})).status, 2);
    assert.equal(existsSync(path.join(folder, 'o')), false);
  });
});
