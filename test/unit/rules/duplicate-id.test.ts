import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('duplicate-id', () => {
  it('flags both seances that share an id, and the second track with the same id', () => {
    const fx = fixture('duplicate-id', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'programme.md',
        code: 'duplicate-id',
        severity: 'error',
        range: [8, 10, 8, 20],
        message: 'The track id `forandring` is declared more than once. Give each track its own id.',
      },
      {
        file: 'seances/01-opstart.md',
        code: 'duplicate-id',
        severity: 'error',
        range: [2, 4, 2, 15],
        message: 'The id `s01-opstart` is also used in seances/02-feedback.md. Ids must be unique in a programme.',
      },
      {
        file: 'seances/02-feedback.md',
        code: 'duplicate-id',
        severity: 'error',
        range: [2, 4, 2, 15],
        message: 'The id `s01-opstart` is also used in seances/01-opstart.md. Ids must be unique in a programme.',
      },
    ]);
  });

  it('is quiet when every id is used once', () => {
    const fx = fixture('duplicate-id', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('speaks Danish and Swedish', () => {
    const fx = fixture('duplicate-id', 'fail');
    const [track, seance] = plainProblems(fx.workspace, fx.root, 'da');
    assert.equal(track?.message, 'Sporet `forandring` er erklæret mere end én gang. Giv hvert spor sit eget id.');
    assert.equal(seance?.message, "Id'et `s01-opstart` bruges også i seances/02-feedback.md. Id'er skal være entydige i et program.");
    const [trackSv, seanceSv] = plainProblems(fx.workspace, fx.root, 'sv');
    assert.equal(trackSv?.message, 'Spåret `forandring` är deklarerat mer än en gång. Ge varje spår ett eget id.');
    assert.equal(seanceSv?.message, 'Id:t `s01-opstart` används också i seances/02-feedback.md. Id:n måste vara unika i ett program.');
  });
});
