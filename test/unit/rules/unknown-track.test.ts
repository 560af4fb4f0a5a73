import * as assert from 'node:assert/strict';
import { formatMessage, normalisePath } from '../../../src/core';
import { plainProblems } from '../helpers';
import { applyEdits } from './edits';
import { fixture, onlyFix, problemsWithCode, range } from './support';

describe('unknown-track', () => {
  it('flags a misspelt track with a suggestion, and an unknown one with the list of tracks', () => {
    const fx = fixture('unknown-track', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'assignments/a01-feedback.md',
        code: 'unknown-track',
        severity: 'error',
        range: [4, 7, 4, 14],
        message: 'There is no track `trivsel` in this programme. Its tracks are: forandring, samskabelse.',
      },
      {
        // Only the misspelt seance was meant for this track.
        file: 'programme.md',
        code: 'track-without-seance',
        severity: 'warning',
        range: [7, 10, 7, 20],
        message: 'No seance belongs to the track `forandring`. Add a seance with `track: forandring`, or remove the track.',
      },
      {
        file: 'seances/01-opstart.md',
        code: 'unknown-track',
        severity: 'error',
        range: [4, 7, 4, 16],
        message: 'There is no track `forandrng` in this programme — did you mean `forandring`?',
      },
    ]);
  });

  it('is quiet when every track is declared', () => {
    const fx = fixture('unknown-track', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('replaces a misspelt track with the closest one, keeping the comment after it', () => {
    const fx = fixture('unknown-track', 'fail');
    const file = fx.file('seances/01-opstart.md');
    const fix = onlyFix(problemsWithCode(fx, 'seances/01-opstart.md', 'unknown-track')[0]);
    assert.deepStrictEqual(fix, {
      title: { key: 'fix.replace', args: { text: 'forandring' } },
      edits: [{ file: normalisePath(file), range: range(4, 7, 4, 16), newText: 'forandring' }],
    });
    assert.equal(formatMessage(fix.title), 'Change to `forandring`');
    const mended = applyEdits(fx.text('seances/01-opstart.md'), fix.edits);
    assert.equal(mended, fixture('unknown-track', 'pass').text('seances/01-opstart.md'));
    fx.workspace.update(file, mended);
    assert.deepStrictEqual(problemsWithCode(fx, 'seances/01-opstart.md', 'unknown-track'), []);
  });

  it('offers no fix when no track is close', () => {
    const fx = fixture('unknown-track', 'fail');
    const [problem] = problemsWithCode(fx, 'assignments/a01-feedback.md', 'unknown-track');
    assert.ok(problem);
    assert.equal(problem.fixes, undefined);
  });

  it('speaks Danish and Swedish', () => {
    const fx = fixture('unknown-track', 'fail');
    const unknown = (locale: 'da' | 'sv'): string[] =>
      plainProblems(fx.workspace, fx.root, locale)
        .filter((p) => p.code === 'unknown-track')
        .map((p) => p.message);
    assert.deepStrictEqual(unknown('da'), [
      'Der er intet spor `trivsel` i dette program. Dets spor er: forandring, samskabelse.',
      'Der er intet spor `forandrng` i dette program — mente du `forandring`?',
    ]);
    assert.deepStrictEqual(unknown('sv'), [
      'Det finns inget spår `trivsel` i det här programmet. Dess spår är: forandring, samskabelse.',
      'Det finns inget spår `forandrng` i det här programmet — menade du `forandring`?',
    ]);
  });
});
