import * as assert from 'node:assert/strict';
import { Workspace } from '../../../src/core';
import { plain } from '../helpers';

const seance = (costCentre: string): string =>
  `---\ntype: seance\nid: s01\ntitle: Opstart\ndate: 2027-03-11\ncostCentre: ${costCentre}\n---\n`;

const programme = '---\ntype: programme\nid: p\ntitle: P\nlanguage: da\nperiod: { start: 2027-01-04, end: 2027-06-25 }\n---\n';

/** A workspace with a programme, so that the seance is not an orphan. */
function workspaceWithProgramme(): Workspace {
  const workspace = new Workspace();
  workspace.update('/p/programme.md', programme);
  return workspace;
}

describe('an organisation\'s extra schema', () => {
  it('turns its keys from unknown into checked keys, and back when it is removed', () => {
    const workspace = workspaceWithProgramme();
    workspace.update('/p/seance.md', seance('4711'));
    const problems = () => workspace.problemsOf('/p/seance.md').map((p) => plain(p, '/p'));
    assert.deepEqual(problems(), [
      {
        file: 'seance.md',
        code: 'unknown-key',
        severity: 'warning',
        range: [5, 0, 5, 10],
        message: 'Unknown key `costCentre`. It is not used for a seance and will be ignored.',
      },
    ]);

    workspace.setExtraSchema({ properties: { costCentre: { type: 'string', description: 'The cost centre.' } } });
    assert.deepEqual(problems(), [
      {
        file: 'seance.md',
        code: 'wrong-type',
        severity: 'error',
        range: [5, 12, 5, 16],
        message: '`costCentre` must be text.',
      },
    ]);

    workspace.update('/p/seance.md', seance('"4711"'));
    assert.deepEqual(problems(), []);

    workspace.setExtraSchema(undefined);
    assert.equal(problems()[0]?.code, 'unknown-key');
  });

  it('cannot redefine a standard key', () => {
    const workspace = workspaceWithProgramme();
    workspace.setExtraSchema({ properties: { date: { type: 'number' } } });
    workspace.update('/p/seance.md', seance('"4711"').replace('costCentre: "4711"\n', ''));
    assert.deepEqual(workspace.problemsOf('/p/seance.md'), []);
  });

  it('is refused when it is not a valid JSON Schema, and the workspace keeps its schemas', () => {
    const workspace = workspaceWithProgramme();
    workspace.update('/p/seance.md', seance('4711'));
    assert.throws(() => workspace.setExtraSchema({ properties: { costCentre: { type: 'text' } } }));
    assert.equal(workspace.problemsOf('/p/seance.md')[0]?.code, 'unknown-key');
  });
});
