import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

const message = (other: string): string => `This folder already has a programme, in ${other}. Give each programme a folder of its own.`;

describe('multiple-programmes', () => {
  it('flags the header of the second programme in a folder', () => {
    const fx = fixture('multiple-programmes', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      { file: 'udkast.md', code: 'multiple-programmes', severity: 'error', range: [0, 0, 0, 3], message: message('programme.md') },
    ]);
  });

  it('is quiet when the second programme has a folder of its own, even with the same ids', () => {
    const fx = fixture('multiple-programmes', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('keeps programme.md as the programme when a copy whose name sorts first is added', () => {
    // "Duplicate" in a file explorer makes "programme copy.md", which sorts before "programme.md".
    const fx = fixture('multiple-programmes', 'pass');
    const copy = fx.text('programme.md').replace('id: lederuddannelse-2027', 'id: lederuddannelse-2027-kopi');
    fx.workspace.update(fx.file('programme copy.md'), copy);
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'programme copy.md',
        code: 'multiple-programmes',
        severity: 'error',
        range: [0, 0, 0, 3],
        message: message('programme.md'),
      },
    ]);
  });

  it('speaks Danish and Swedish', () => {
    const fx = fixture('multiple-programmes', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'da').map((p) => p.message),
      ['Mappen har allerede et program, i programme.md. Giv hvert program sin egen mappe.'],
    );
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'sv').map((p) => p.message),
      ['Mappen har redan ett program, i programme.md. Ge varje program en egen mapp.'],
    );
  });
});
