import * as assert from 'node:assert/strict';
import { buildProgrammeModel, Workspace } from '../../../src/core';
import { mayReveal, revealableFiles } from '../../../src/extension/revealable';

describe('timeline: which files a reveal from the page may open', () => {
  const workspace = new Workspace();
  workspace.update(
    '/ws/p/programme.md',
    '---\ntype: programme\nid: p\ntitle: P\nlanguage: da\nperiod: { start: 2027-01-04, end: 2027-06-25 }\n' +
      'tracks:\n  - { id: samskabelse, title: Samskabelse }\n---\n',
  );
  workspace.update(
    '/ws/p/seances/01-start.md',
    '---\ntype: seance\nid: s01-start\ntitle: Start\ntrack: samskabelse\ndate: 2027-01-12\n---\n## Agenda\n- 09:00 Velkommen\n',
  );
  workspace.update(
    '/ws/p/assignments/01-opgave.md',
    '---\ntype: assignment\nid: a01-opgave\ntitle: Opgave\ngiven: s01-start\ndue: 2027-02-01\n---\n',
  );
  workspace.update('/ws/p/noter.md', 'Noter, ikke et modul.\n');
  const revealable = revealableFiles(buildProgrammeModel(workspace.programmeOf('/ws/p/programme.md')!));

  it('are the files of the model sent to the page', () => {
    assert.deepEqual([...revealable].sort(), ['assignments/01-opgave.md', 'programme.md', 'seances/01-start.md']);
    for (const file of revealable) assert.equal(mayReveal(file, revealable), true, file);
  });

  for (const file of [
    '../../etc/passwd',
    '/etc/passwd',
    'seances/../../../etc/passwd',
    'seances/../programme.md',
    './programme.md',
    'noter.md',
    'C:\\Windows\\win.ini',
    'seances/01-start.md/../../x',
    '',
  ]) {
    it(`refuses ${JSON.stringify(file)}`, () => assert.equal(mayReveal(file, revealable), false));
  }
});
