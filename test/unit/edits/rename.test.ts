import * as assert from 'node:assert/strict';
import { idAt, renameEdits } from '../../../src/core/language/references';
import type { TextEdit } from '../../../src/core';
import { applyEditsToFile } from '../rules/edits';
import { RENAME_CASES as CASES } from './cases';
import { mixedVariant, replaceOnce, richFiles, richWorkspace, VARIANTS } from './rich';

/** Applies a rename's edits to every file, as a workspace edit is applied: each file only at its own edits. */
function applyAll(bytes: ReadonlyMap<string, string>, edits: readonly TextEdit[], file: (relative: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [relative, text] of bytes)
    out.set(
      relative,
      applyEditsToFile(
        text,
        edits.filter((edit) => edit.file === file(relative)),
      ),
    );
  return out;
}

describe('no data loss: rename changes each file only at the id', () => {
  const lf = richFiles();
  // Besides each variant for all files, one mix: each file of the programme written its own way.
  const mixes = [
    ...VARIANTS.map((variant) => ({ name: variant.name, of: () => variant })),
    { name: 'a different way in each file', of: mixedVariant },
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
          const before = [...workspace.problems().values()]
            .flat()
            .map((p) => p.code)
            .sort();
          for (const [relative, text] of renamed) workspace.update(file(relative), text);
          assert.deepEqual(
            [...workspace.problems().values()]
              .flat()
              .map((p) => p.code)
              .sort(),
            before,
          );
        });
      }
    });
  }
});
