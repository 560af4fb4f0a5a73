import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('track-without-seance', () => {
  it('flags the id of a declared track that no seance belongs to', () => {
    const fx = fixture('track-without-seance', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'programme.md',
        code: 'track-without-seance',
        severity: 'warning',
        range: [8, 10, 8, 21],
        message: 'No seance belongs to the track `samskabelse`. Add a seance with `track: samskabelse`, or remove the track.',
      },
    ]);
  });

  it('is quiet when every track has a seance', () => {
    const fx = fixture('track-without-seance', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });
});
