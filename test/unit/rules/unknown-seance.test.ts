import * as assert from 'node:assert/strict';
import { normalisePath } from '../../../src/core';
import { plainProblems } from '../helpers';
import { applyEdits } from './edits';
import { fixture, onlyFix, problemsWithCode, range } from './support';

describe('unknown-seance', () => {
  it('flags a misspelt `given` with a suggestion and an unknown `due` without one', () => {
    const fx = fixture('unknown-seance', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'assignments/a01-feedback.md',
        code: 'unknown-seance',
        severity: 'error',
        range: [4, 7, 4, 18],
        message: 'There is no seance `s01-opstrat` in this programme — did you mean `s01-opstart`?',
      },
      {
        file: 'assignments/a02-refleksion.md',
        code: 'unknown-seance',
        severity: 'error',
        range: [5, 5, 5, 19],
        message: 'There is no seance `s05-afslutning` in this programme.',
      },
    ]);
  });

  it('is quiet when every reference names a seance, and takes a `due` date as a date', () => {
    const fx = fixture('unknown-seance', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('replaces a misspelt seance id with the closest one', () => {
    const fx = fixture('unknown-seance', 'fail');
    const file = fx.file('assignments/a01-feedback.md');
    const fix = onlyFix(problemsWithCode(fx, 'assignments/a01-feedback.md', 'unknown-seance')[0]);
    assert.deepStrictEqual(fix, {
      title: { key: 'fix.replace', args: { text: 's01-opstart' } },
      edits: [{ file: normalisePath(file), range: range(4, 7, 4, 18), newText: 's01-opstart' }],
    });
    const mended = applyEdits(fx.text('assignments/a01-feedback.md'), fix.edits);
    assert.equal(mended, fixture('unknown-seance', 'pass').text('assignments/a01-feedback.md'));
    fx.workspace.update(file, mended);
    assert.deepStrictEqual(problemsWithCode(fx, 'assignments/a01-feedback.md', 'unknown-seance'), []);
  });

  it('offers no fix when no seance is close', () => {
    const fx = fixture('unknown-seance', 'fail');
    const [problem] = problemsWithCode(fx, 'assignments/a02-refleksion.md', 'unknown-seance');
    assert.ok(problem);
    assert.equal(problem.fixes, undefined);
  });
});
