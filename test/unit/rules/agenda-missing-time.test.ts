import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('agenda-missing-time', () => {
  it('flags the whole agenda item that has no time', () => {
    const fx = fixture('agenda-missing-time', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-opstart.md',
        code: 'agenda-missing-time',
        severity: 'warning',
        range: [9, 0, 9, 7],
        message: 'This agenda item has no time. Start it with the time it begins, like `- 08:45 Kaffe`.',
      },
    ]);
  });

  it('is quiet when every item starts with its time', () => {
    const fx = fixture('agenda-missing-time', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });
});
