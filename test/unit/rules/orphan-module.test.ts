import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

const ORPHAN =
  'This module is not in a programme folder, so its references cannot be checked. Move it into the folder of a programme (the folder with its programme.md) or a folder below it.';

describe('orphan-module', () => {
  it('flags the header of a seance and an assignment outside every programme folder', () => {
    const fx = fixture('orphan-module', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      { file: 'noter/02-ekstra.md', code: 'orphan-module', severity: 'error', range: [0, 0, 0, 3], message: ORPHAN },
      { file: 'noter/a01-opgave.md', code: 'orphan-module', severity: 'error', range: [0, 0, 0, 3], message: ORPHAN },
    ]);
  });

  it('is quiet when the modules are moved into the programme folder', () => {
    const fx = fixture('orphan-module', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('speaks Danish and Swedish', () => {
    const fx = fixture('orphan-module', 'fail');
    assert.equal(
      plainProblems(fx.workspace, fx.root, 'da')[0]?.message,
      'Modulet ligger ikke i en programmappe, så dets henvisninger kan ikke tjekkes. Flyt det ind i programmets mappe (mappen med programme.md) eller en mappe under den.',
    );
    assert.equal(
      plainProblems(fx.workspace, fx.root, 'sv')[0]?.message,
      'Modulen ligger inte i en programmapp, så dess hänvisningar kan inte kontrolleras. Flytta den in i programmets mapp (mappen med programme.md) eller en mapp under den.',
    );
  });
});
