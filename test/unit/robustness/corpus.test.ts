import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseFile, type ParsedFile } from '../../../src/core';
import { badInputs, programmeFolder, readCorpusFile, type ExpectedProblem } from '../../fixtures/bad/cases';
import { plain } from '../helpers';
import { assertInside, guarded, HANG_GUARD_MS, WatchedWorkspace } from './invariants';

/** Where a bad file is put: inside a programme folder, so that every kind of rule runs on it. */
const folder = '/robust';
const programmeText = readCorpusFile('programme/programme.md');

const expectedOf = (problems: ParsedFile['problems']): ExpectedProblem[] =>
  problems.map((problem) => {
    const { code, range, message } = plain(problem, folder);
    return { code, severity: problem.severity, range, message };
  });

/**
 * Reads an input with parseFile and through a workspace (next to the programme), asserting that
 * neither throws nor hides a fault, and that every range is inside its text; gives what the file
 * was read as and the problems of its file in the workspace.
 */
function readBadly(name: string, text: string): { parsed: ParsedFile; problems: ExpectedProblem[] } {
  const file = path.posix.join(folder, name);
  const parsed = guarded(`parseFile of ${name}`, () => parseFile(file, text));
  assertInside(parsed.problems, (f) => (f === file ? text : undefined));
  return guarded(`a workspace reading ${name}`, () => {
    const workspace = new WatchedWorkspace();
    workspace.update(`${folder}/programme.md`, programmeText);
    workspace.update(file, text);
    const problems = workspace.assertSound(
      new Map([
        [`${folder}/programme.md`, programmeText],
        [file, text],
      ]),
    );
    return { parsed, problems: expectedOf(problems.get(file) ?? []) };
  });
}

/** Where the valid seance's values and agenda items stand, whatever its line breaks and BOM. */
const validSeancePlaces = {
  id: { start: { line: 2, character: 4 }, end: { line: 2, character: 15 } },
  date: { start: { line: 5, character: 6 }, end: { line: 5, character: 16 } },
  start: { start: { line: 6, character: 15 }, end: { line: 6, character: 22 } },
  agenda: [
    [
      { start: { line: 10, character: 2 }, end: { line: 10, character: 7 } },
      undefined,
      { start: { line: 10, character: 0 }, end: { line: 10, character: 21 } },
    ],
    [
      { start: { line: 11, character: 2 }, end: { line: 11, character: 7 } },
      { start: { line: 11, character: 8 }, end: { line: 11, character: 13 } },
      { start: { line: 11, character: 0 }, end: { line: 11, character: 35 } },
    ],
  ],
};

function places(parsed: ParsedFile) {
  const module = parsed.module?.type === 'seance' ? parsed.module : undefined;
  return {
    id: module?.id?.range,
    date: module?.date?.range,
    start: module?.time?.start?.range,
    agenda: module?.agenda.map((item) => [item.time?.range, item.end?.range, item.range]),
  };
}

const agendaOf = (parsed: ParsedFile) => (parsed.module?.type === 'seance' ? parsed.module.agenda : []);

/** What the corpus test asserts of some inputs beyond their problems: what was read, and where. */
const alsoRead: Record<string, (parsed: ParsedFile) => void> = {
  'unterminated.md': (parsed) => assert.equal(parsed.module, undefined),
  'valid-seance.md': (parsed) => assert.deepEqual(places(parsed), validSeancePlaces),
  'crlf.md': (parsed) => assert.deepEqual(places(parsed), validSeancePlaces),
  'lone-cr.md': (parsed) => assert.deepEqual(places(parsed), validSeancePlaces),
  'bom.md': (parsed) => {
    assert.deepEqual(places(parsed), validSeancePlaces);
    assert.equal(parsed.text, readCorpusFile('valid-seance.md'), 'the text without its byte order mark');
  },
  'bom-crlf.md': (parsed) => assert.deepEqual(places(parsed), validSeancePlaces),
  'large.md': (parsed) => assert.equal(agendaOf(parsed).length, 1),
  'long-agenda.md': (parsed) => {
    const agenda = agendaOf(parsed);
    assert.equal(agenda.length, 10_000);
    const last = agenda[9_999]!;
    assert.deepEqual(
      [last.time?.value, last.title, last.range],
      ['23:58', 'Punkt 10000', { start: { line: 10_009, character: 0 }, end: { line: 10_009, character: 19 } }],
    );
  },
  'long-agenda-lines.md': (parsed) =>
    assert.deepEqual(
      agendaOf(parsed).map((item) => item.time?.value),
      ['08:30', '09:00'],
    ),
};

describe('robustness: the bad-input corpus (test/fixtures/bad), read by parseFile and a workspace', function () {
  // Two checks an input, each bounded by the hang guard.
  this.timeout(2 * HANG_GUARD_MS + 5_000);
  let read = 0;
  let characters = 0;
  after(() => {
    console.log(`        (${read} of ${badInputs.length} inputs read as expected, ${(characters / 1e6).toFixed(1)} million characters)`);
  });

  for (const input of badInputs) {
    const codes = input.expected.map((p) => p.code).join(', ') || 'no problem';
    it(`${input.what} (${input.name}): ${codes}`, () => {
      const text = input.text();
      const { parsed, problems } = readBadly(input.name, text);
      assert.deepEqual(problems, input.expected);
      // The file's own problems come from parseFile already; the workspace may add cross-file ones.
      const expected = input.expected.map((p) => JSON.stringify(p));
      for (const own of expectedOf(parsed.problems))
        assert.ok(expected.includes(JSON.stringify(own)), `parseFile found ${JSON.stringify(own)}`);
      alsoRead[input.name]?.(parsed);
      read++;
      characters += text.length;
    });
  }

  it('every file of the corpus folder is an input of the corpus', () => {
    const files = readdirSync(path.dirname(programmeFolder)).filter((name) => name.endsWith('.md'));
    const inputs = new Set(badInputs.map((input) => input.name));
    assert.deepEqual(
      files.filter((name) => !inputs.has(name)),
      [],
    );
  });
});
