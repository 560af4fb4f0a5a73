import * as assert from 'node:assert/strict';
import { idAt, renameEdits } from '../../../src/core/language/references';
import type { TextEdit } from '../../../src/core';
import { applyEditsToFile } from '../rules/edits';
import { replaceOnce, richFiles, richWorkspace, VARIANTS } from './rich';

/**
 * A rename started on `at` (a file and a 0-based position) to `newName`. `changes` says, per file,
 * which text (found exactly once) becomes which; every other file must come out as it went in.
 */
interface RenameCase {
  name: string;
  at: { file: string; line: number; character: number };
  newName: string;
  changes: Record<string, [from: string, to: string][]>;
}

const CASES: readonly RenameCase[] = [
  {
    name: 'a track id written five ways: plain in flow maps, plain in block maps, in double and in single quotes',
    at: { file: 'programme.md', line: 12, character: 10 },
    newName: 'laeringskultur',
    changes: {
      'programme.md': [['  - {id: laering, title', '  - {id: laeringskultur, title']],
      'seances/03-seminar.md': [['track: laering # plain', 'track: laeringskultur # plain']],
      'seances/05-indrykket.md': [['  track: "laering"', '  track: "laeringskultur"']],
      'seances/06-flow.md': [['track: laering, date', 'track: laeringskultur, date']],
      'assignments/02-seminar.md': [["track: 'laering'", "track: 'laeringskultur'"]],
    },
  },
  {
    name: 'a track id in double quotes in a flow map, from its declaration; a misspelt use of it is not touched',
    at: { file: 'programme.md', line: 9, character: 14 },
    newName: 'samskabelse-og-samarbejde',
    changes: {
      'programme.md': [['{ id: "samskabelse", title', '{ id: "samskabelse-og-samarbejde", title']],
      'assignments/01-feedback.md': [['track: "samskabelse" #', 'track: "samskabelse-og-samarbejde" #']],
    },
  },
  {
    name: 'a seance id, from a single-quoted reference; the id in the body text stays',
    at: { file: 'assignments/02-seminar.md', line: 6, character: 9 },
    newName: 's03-lederseminar',
    changes: {
      'seances/03-seminar.md': [['id: s03-seminar # plain', 'id: s03-lederseminar # plain']],
      'assignments/02-seminar.md': [["due: 's03-seminar' #", "due: 's03-lederseminar' #"]],
    },
  },
  {
    name: 'a seance id declared plain and given in double quotes',
    at: { file: 'seances/02-forandring.md', line: 2, character: 4 },
    newName: 's02-forandringsledelse',
    changes: {
      'seances/02-forandring.md': [['id: s02-forandring\n', 'id: s02-forandringsledelse\n']],
      'assignments/02-seminar.md': [['given: "s02-forandring" #', 'given: "s02-forandringsledelse" #']],
    },
  },
];

/** Applies a rename's edits to every file, as a workspace edit is applied: each file only at its own edits. */
function applyAll(bytes: ReadonlyMap<string, string>, edits: readonly TextEdit[], file: (relative: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [relative, text] of bytes) out.set(relative, applyEditsToFile(text, edits.filter((edit) => edit.file === file(relative))));
  return out;
}

describe('no data loss: rename changes each file only at the id', () => {
  const lf = richFiles();
  // Besides each variant for all files, one mix: each file of the programme written its own way.
  const mixes = [
    ...VARIANTS.map((variant) => ({ name: variant.name, of: () => variant })),
    { name: 'a different way in each file', of: (relative: string) => VARIANTS[[...lf.keys()].indexOf(relative) % VARIANTS.length]! },
  ];

  for (const mix of mixes) {
    describe(`in files written with ${mix.name}`, () => {
      for (const c of CASES) {
        it(c.name, () => {
          const { workspace, file, bytes } = richWorkspace(mix.of);
          const found = idAt(workspace, file(c.at.file), { line: c.at.line, character: c.at.character });
          assert.ok(found, `no id at ${c.at.file}:${c.at.line}:${c.at.character}`);
          const edits = renameEdits(found.occurrences, c.newName);
          assert.deepEqual(
            [...new Set(edits.map((edit) => edit.file))].sort(),
            Object.keys(c.changes).map(file).sort(),
            'the files the rename edits',
          );
          const renamed = applyAll(bytes, edits, file);
          for (const [relative, text] of lf) {
            const expected = (c.changes[relative] ?? []).reduce((t, [from, to]) => replaceOnce(t, from, to), text);
            assert.equal(renamed.get(relative), mix.of(relative).write(expected), relative);
          }

          // The renamed programme reads as before: no problem came or went but under the new name.
          const before = [...workspace.problems().values()].flat().map((p) => p.code).sort();
          for (const [relative, text] of renamed) workspace.update(file(relative), text);
          assert.deepEqual([...workspace.problems().values()].flat().map((p) => p.code).sort(), before);
        });
      }
    });
  }
});
