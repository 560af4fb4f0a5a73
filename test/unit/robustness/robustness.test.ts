import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LineIndex, parseFile, Workspace, type ParsedFile, type Position, type Problem } from '../../../src/core';
import { plain, type PlainProblem } from '../helpers';

const fixtures = path.join(__dirname, 'fixtures');
const read = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8');

/** Where a bad file is put: inside a programme folder, so that every kind of rule runs on it. */
const folder = '/robust';
const programmeText = read('programme/programme.md');

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);

/** Fails unless every range of the problems (and of their fixes) lies inside the text. */
function assertInside(problems: readonly Problem[], input: string): void {
  const lines = new LineIndex(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const check = (position: Position, what: string): void => {
    assert.ok(position.line >= 0 && position.line < lines.lineCount, `${what}: line ${position.line} of ${lines.lineCount}`);
    const length = lines.lineEnd(position.line) - lines.lineStart(position.line);
    assert.ok(position.character >= 0 && position.character <= length, `${what}: character ${position.character} of a line of ${length}`);
  };
  for (const problem of problems) {
    const ranges = [problem.range, ...(problem.fixes ?? []).flatMap((fix) => fix.edits.map((edit) => edit.range))];
    for (const range of ranges) {
      const what = `${problem.code} at ${JSON.stringify(range)}`;
      check(range.start, what);
      check(range.end, what);
      assert.ok(before(range.start, range.end), `${what}: starts after it ends`);
    }
  }
}

/**
 * Reads a text with parseFile and through a workspace (next to a programme), asserting that
 * neither throws nor hides a fault, and that every range is inside the text.
 */
function readBadly(name: string, text: string): ParsedFile {
  const parsed = parseFile(path.posix.join(folder, name), text);
  assertInside(parsed.problems, text);
  const faults: unknown[] = [];
  const workspace = new Workspace((error) => faults.push(error));
  workspace.update(`${folder}/programme.md`, programmeText);
  workspace.update(`${folder}/${name}`, text);
  const all = workspace.problems();
  assert.deepEqual(faults, [], 'the workspace met an internal error');
  assertInside(all.get(`${folder}/${name}`) ?? [], text);
  assertInside(all.get(`${folder}/programme.md`) ?? [], programmeText);
  return parsed;
}

const flat = (parsed: ParsedFile): PlainProblem[] => parsed.problems.map((p) => plain(p, folder));

/** A seance header with one extra line, for the generated inputs. */
const seanceWith = (line: string, body = ''): string =>
  `---\ntype: seance\nid: s01-opstart\ntitle: Opstart\ntrack: samskabelse\ndate: 2027-03-11\n${line}\n---\n${body}`;

/** Times spread over one day, never going back: item i of n. */
const timeOf = (i: number, n: number): string => {
  const minutes = Math.floor((i * 1440) / n);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

describe('robustness: bad input gets a clear problem, never an exception', () => {
  it('an empty file: empty-file, as information', () => {
    assert.deepEqual(flat(readBadly('empty.md', read('empty.md'))), [
      {
        file: 'empty.md',
        code: 'empty-file',
        severity: 'information',
        range: [0, 0, 0, 0],
        message: 'This file is empty. Start it with a header such as `type: seance` between two `---` lines to make it a course module.',
      },
    ]);
  });

  it('a file of only `---`: frontmatter-unterminated at the `---`', () => {
    const expected: PlainProblem[] = [
      {
        file: 'only-fence.md',
        code: 'frontmatter-unterminated',
        severity: 'error',
        range: [0, 0, 0, 3],
        message: 'The header that starts here is never closed. End it with a line of three hyphens: `---`.',
      },
    ];
    assert.deepEqual(flat(readBadly('only-fence.md', read('only-fence.md'))), expected);
    assert.deepEqual(flat(readBadly('only-fence.md', '---')), expected);
  });

  it('a header that is never closed: frontmatter-unterminated at the opening `---`', () => {
    const parsed = readBadly('unterminated.md', read('unterminated.md'));
    assert.equal(parsed.module, undefined);
    assert.deepEqual(flat(parsed), [
      {
        file: 'unterminated.md',
        code: 'frontmatter-unterminated',
        severity: 'error',
        range: [0, 0, 0, 3],
        message: 'The header that starts here is never closed. End it with a line of three hyphens: `---`.',
      },
    ]);
  });

  it('a header indented with tabs: yaml-syntax at each tab', () => {
    const message = 'A tab indents this line. Indent the header with spaces only.';
    assert.deepEqual(flat(readBadly('tabs.md', read('tabs.md'))), [
      { file: 'tabs.md', code: 'yaml-syntax', severity: 'error', range: [6, 0, 6, 1], message },
      { file: 'tabs.md', code: 'yaml-syntax', severity: 'error', range: [7, 0, 7, 1], message },
    ]);
  });

  it('a key written twice: duplicate-key at the whole second key, naming it', () => {
    assert.deepEqual(flat(readBadly('duplicate-key.md', read('duplicate-key.md'))), [
      {
        file: 'duplicate-key.md',
        code: 'duplicate-key',
        severity: 'error',
        range: [5, 0, 5, 5],
        message: 'The key `title` appears more than once at this level. Keep one.',
      },
    ]);
  });

  it('an alias bomb ("billion laughs"): yaml-syntax at the first alias, without expanding it', () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let level = 1; level < 10; level++) {
      const [name, previous] = [String.fromCharCode(97 + level), String.fromCharCode(96 + level)];
      lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`);
    }
    const parsed = readBadly('bomb.md', seanceWith(lines.join('\n')));
    assert.deepEqual(flat(parsed), [
      {
        file: 'bomb.md',
        code: 'yaml-syntax',
        severity: 'error',
        range: [7, 7, 7, 9],
        message: 'The header repeats aliases (`*name`) too many times to be read safely. Write the values out instead.',
      },
    ]);
  });

  it('a 5 MB seance: it finishes, with no problems', () => {
    const sentence = 'Deltagerne arbejder med egne ledelsesudfordringer i praksis mellem seancerne.\n';
    const body = `## Agenda\n\n- 08:30 Kaffe (pause)\n\n## Noter\n\n${sentence.repeat(Math.ceil(5_000_000 / sentence.length))}`;
    const text = seanceWith('time: { start: "08:30", end: "15:30" }', body);
    assert.ok(text.length >= 5_000_000);
    const start = performance.now();
    const parsed = readBadly('large.md', text);
    console.log(`        (5 MB seance read by parseFile and a workspace in ${Math.round(performance.now() - start)} ms)`);
    assert.deepEqual(flat(parsed), []);
    assert.equal(parsed.module?.type === 'seance' ? parsed.module.agenda.length : -1, 1);
  });

  it('binary bytes (a PNG saved as .md): not-text at the first byte that is not text', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    assert.deepEqual(flat(readBadly('image.md', png.toString('utf8'))), [
      {
        file: 'image.md',
        code: 'not-text',
        severity: 'error',
        range: [0, 0, 0, 1],
        message: 'This file contains bytes that are not text. Save it as UTF-8 text (a file saved as Windows-1252 or "ANSI" breaks on letters such as æ, ø and å).',
      },
    ]);
  });

  it('a NUL byte inside a header: not-text at the NUL', () => {
    assert.deepEqual(
      flat(readBadly('nul.md', '---\ntype: seance\nid: s01\u0000\n---\n')).map((p) => [p.code, p.range]),
      [['not-text', [2, 7, 2, 8]]],
    );
  });

  it('a Latin-1 file read as UTF-8: not-text at the letter that did not decode', () => {
    const latin1 = Buffer.from(seanceWith('location: Rådhuset'), 'latin1');
    assert.deepEqual(flat(readBadly('latin1.md', latin1.toString('utf8'))), [
      {
        file: 'latin1.md',
        code: 'not-text',
        severity: 'error',
        range: [6, 11, 6, 12],
        message: 'This file contains bytes that are not text. Save it as UTF-8 text (a file saved as Windows-1252 or "ANSI" breaks on letters such as æ, ø and å).',
      },
    ]);
  });

  it('deeply nested YAML (5,000 unclosed `[`): one clear yaml-syntax problem per place, in words for course designers', () => {
    const parsed = readBadly('deep.md', seanceWith(`goals: ${'['.repeat(5000)}`));
    assertClearYamlProblems(parsed);
  });

  it('deeply nested YAML (5,000 closed `[…]`): one clear yaml-syntax problem per place, in words for course designers', () => {
    const parsed = readBadly('deep-closed.md', seanceWith(`goals: ${'['.repeat(5000)}${']'.repeat(5000)}`));
    assertClearYamlProblems(parsed);
  });

  it('a 10,000-item agenda: every item is read, with its range', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `- ${timeOf(i, 10_000)} Punkt ${i + 1}`);
    const text = seanceWith('time: { start: "00:00", end: "23:59" }', `## Agenda\n\n${items.join('\n')}\n`);
    const start = performance.now();
    const parsed = readBadly('long-agenda.md', text);
    console.log(`        (10,000-item agenda read by parseFile and a workspace in ${Math.round(performance.now() - start)} ms)`);
    assert.deepEqual(flat(parsed), []);
    const agenda = parsed.module?.type === 'seance' ? parsed.module.agenda : [];
    assert.equal(agenda.length, 10_000);
    const last = agenda[9_999]!;
    assert.deepEqual([last.time?.value, last.title, last.range], [
      '23:59',
      'Punkt 10000',
      { start: { line: 10_009, character: 0 }, end: { line: 10_009, character: 19 } },
    ]);
  });
});

/** The problems of a header the YAML reader could not take: a few, distinct, and none in programmer's words. */
function assertClearYamlProblems(parsed: ParsedFile): void {
  assert.ok(parsed.problems.length > 0, 'no problem reported');
  assert.deepEqual([...new Set(parsed.problems.map((p) => p.code))], ['yaml-syntax']);
  const places = parsed.problems.map((p) => JSON.stringify([p.range, p.message]));
  const messages = [...new Set(parsed.problems.map((p) => plain(p, folder).message))];
  assert.deepEqual(
    {
      repeatedAtTheSamePlace: places.length - new Set(places).size,
      inProgrammersWords: messages.filter((m) => /call stack|exceeded|undefined|Error/i.test(m)),
    },
    { repeatedAtTheSamePlace: 0, inProgrammersWords: [] },
    `${parsed.problems.length} problems`,
  );
}

describe('robustness: valid files with CRLF line breaks or a byte order mark', () => {
  const seanceText = read('programme/seance.md');

  /** The problems of the programme folder, and the seance as read, with the given line breaks and BOM. */
  function load(transform: (text: string) => string) {
    const faults: unknown[] = [];
    const workspace = new Workspace((error) => faults.push(error));
    workspace.update(`${folder}/programme.md`, transform(programmeText));
    const seance = workspace.update(`${folder}/seance.md`, transform(seanceText));
    const problems = [...workspace.problems().values()].flat();
    assert.deepEqual(faults, []);
    return { problems, seance };
  }

  /** Where the seance's values and agenda items stand. */
  function places(parsed: ParsedFile) {
    const module = parsed.module?.type === 'seance' ? parsed.module : undefined;
    return {
      id: module?.id?.range,
      date: module?.date?.range,
      start: module?.time?.start?.range,
      agenda: module?.agenda.map((item) => [item.time?.range, item.end?.range, item.range]),
    };
  }

  const expectedPlaces = {
    id: { start: { line: 2, character: 4 }, end: { line: 2, character: 15 } },
    date: { start: { line: 5, character: 6 }, end: { line: 5, character: 16 } },
    start: { start: { line: 6, character: 15 }, end: { line: 6, character: 22 } },
    agenda: [
      [{ start: { line: 10, character: 2 }, end: { line: 10, character: 7 } }, undefined, { start: { line: 10, character: 0 }, end: { line: 10, character: 21 } }],
      [
        { start: { line: 11, character: 2 }, end: { line: 11, character: 7 } },
        { start: { line: 11, character: 8 }, end: { line: 11, character: 13 } },
        { start: { line: 11, character: 0 }, end: { line: 11, character: 35 } },
      ],
    ],
  };

  it('LF: no problems, and the places of values and agenda items', () => {
    const { problems, seance } = load((text) => text);
    assert.deepEqual(problems, []);
    assert.deepEqual(places(seance), expectedPlaces);
  });

  it('CRLF: no problems, and the same places as with LF', () => {
    const { problems, seance } = load((text) => text.replace(/\n/g, '\r\n'));
    assert.deepEqual(problems, []);
    assert.deepEqual(places(seance), expectedPlaces);
  });

  it('a byte order mark: no problems, and the same places as without it', () => {
    const { problems, seance } = load((text) => `\uFEFF${text}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(places(seance), expectedPlaces);
    assert.equal(seance.text, seanceText);
  });

  it('CRLF and a byte order mark together', () => {
    const { problems, seance } = load((text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(places(seance), expectedPlaces);
  });
});
