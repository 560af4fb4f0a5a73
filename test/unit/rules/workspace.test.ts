import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { Workspace } from '../../../src/core';
import { plainProblems } from '../helpers';
import { fixture } from './support';

const SEANCE = 'seances/02-feedback.md';
const ASSIGNMENT = 'assignments/a01-feedback.md';
const FILES = ['programme.md', 'seances/01-opstart.md', SEANCE, ASSIGNMENT];

describe('workspace: checking again after a change', () => {
  it('starts clean', () => {
    const fx = fixture('workspace');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('updates the problems of an assignment when the seance it is due at changes its date', () => {
    const fx = fixture('workspace');
    plainProblems(fx.workspace, fx.root); // the programme rules have run once and are cached
    const original = fx.text(SEANCE);
    fx.workspace.update(fx.file(SEANCE), original.replace('date: 2027-04-08', 'date: 2027-03-04'));
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: ASSIGNMENT,
        code: 'assignment-due-before-given',
        severity: 'error',
        range: [5, 5, 5, 17],
        message:
          'The assignment is due on Thursday 4 March 2027, but it is only given at `s01-opstart` on Thursday 11 March 2027. Make it due at a later seance.',
      },
    ]);
    assert.deepStrictEqual(
      fx.workspace.problemsOf(fx.file(ASSIGNMENT)).map((p) => p.code),
      ['assignment-due-before-given'],
    );

    fx.workspace.update(fx.file(SEANCE), original);
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('does nothing when a file is updated with the text it already has', () => {
    const fx = fixture('workspace');
    const before = fx.workspace.get(fx.file(SEANCE));
    assert.ok(before);
    assert.equal(fx.workspace.update(fx.file(SEANCE), fx.text(SEANCE)), before);
    assert.equal(fx.workspace.get(fx.file(SEANCE)), before);
    // A byte order mark is not a change either.
    assert.equal(fx.workspace.update(fx.file(SEANCE), `\uFEFF${fx.text(SEANCE)}`), before);
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('reads again only the file that changed', () => {
    const fx = fixture('workspace');
    const others = FILES.filter((file) => file !== SEANCE);
    const before = others.map((file) => fx.workspace.get(fx.file(file)));
    const seanceBefore = fx.workspace.get(fx.file(SEANCE));
    fx.workspace.update(fx.file(SEANCE), fx.text(SEANCE).replace('date: 2027-04-08', 'date: 2027-04-15'));
    assert.notEqual(fx.workspace.get(fx.file(SEANCE)), seanceBefore);
    others.forEach((file, i) => {
      const after = fx.workspace.get(fx.file(file));
      assert.ok(after, file);
      assert.equal(after, before[i], `${file} was read again`);
    });
  });

  it('makes references to a removed seance unresolved', () => {
    const fx = fixture('workspace');
    plainProblems(fx.workspace, fx.root);
    fx.workspace.remove(fx.file(SEANCE));
    assert.equal(fx.workspace.has(fx.file(SEANCE)), false);
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: ASSIGNMENT,
        code: 'unknown-seance',
        severity: 'error',
        range: [5, 5, 5, 17],
        message: 'There is no seance `s02-feedback` in this programme.',
      },
    ]);
  });

  it('flags a second programme added to the folder, and forgets it when it is removed', () => {
    const fx = fixture('workspace');
    plainProblems(fx.workspace, fx.root);
    const draft = fx.file('udkast.md');
    fx.workspace.update(draft, fx.text('programme.md').replace('id: lederuddannelse-2027', 'id: lederuddannelse-2028'));
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'udkast.md',
        code: 'multiple-programmes',
        severity: 'error',
        range: [0, 0, 0, 3],
        message: 'This folder already has a programme, in programme.md. Give each programme a folder of its own.',
      },
    ]);
    fx.workspace.remove(draft);
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('makes the modules of a removed programme orphans', () => {
    const fx = fixture('workspace');
    plainProblems(fx.workspace, fx.root);
    fx.workspace.remove(fx.file('programme.md'));
    const orphan = (file: string) => ({
      file,
      code: 'orphan-module',
      severity: 'error',
      range: [0, 0, 0, 3] as [number, number, number, number],
      message:
        'This module is not in a programme folder, so its references cannot be checked. Move it into the folder of a programme (the folder with its programme.md) or a folder below it.',
    });
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [orphan(ASSIGNMENT), orphan('seances/01-opstart.md'), orphan(SEANCE)]);
  });

  it('keeps the ids of programmes in different folders apart', () => {
    // The same programme twice, in two folders: the same ids, but no duplicate-id.
    const fx = fixture('workspace');
    const workspace = new Workspace();
    const root = path.join(fx.root, 'kommune');
    for (const folder of ['hold-1', 'hold-2']) {
      for (const file of FILES) workspace.update(path.join(root, folder, file), fx.text(file));
    }
    assert.equal(workspace.programmeContexts().length, 2);
    assert.deepStrictEqual(plainProblems(workspace, root), []);

    // The same seance copied into the first folder is a duplicate there, and only there.
    workspace.update(path.join(root, 'hold-1', 'seances/02-kopi.md'), fx.text(SEANCE));
    assert.deepStrictEqual(
      plainProblems(workspace, root).map((p) => [p.file, p.code]),
      [
        ['hold-1/seances/02-feedback.md', 'duplicate-id'],
        ['hold-1/seances/02-feedback.md', 'seance-overlap'],
        ['hold-1/seances/02-kopi.md', 'duplicate-id'],
        ['hold-1/seances/02-kopi.md', 'seance-overlap'],
      ],
    );
  });
});
