import * as assert from 'node:assert/strict';
import { scaffoldModule } from '../../../src/core/language/scaffold';
import { richWorkspace, VARIANTS } from './rich';

describe('no data loss: scaffolding never picks a file that is there', () => {
  const seance = (id: string, date: string): string =>
    `---\ntype: seance\nid: ${id}\ntitle: Feedback\ntrack: laering\ndate: ${date}\n` +
    'time: { start: "09:00", end: "15:00" }\nfacilitators: []\n---\n## Formål\n\n## Agenda\n- 09:00 Velkommen (plenum)\n';
  const assignment = (id: string): string =>
    `---\ntype: assignment\nid: ${id}\ntitle: Feedback\ntrack: laering\ngiven: s06-flow\ndue: 2027-06-25\neffort: 2h\n---\n` +
    '## Opgave\n\n## Refleksion\n';

  it('writes a new seance and a new assignment, exactly, next to the modules that are there', () => {
    const { workspace, file } = richWorkspace(() => VARIANTS[0]!);
    const programme = workspace.programmeOf(file('programme.md'))!;
    const options = { title: 'Feedback', track: 'laering', today: '2027-01-01' };
    assert.deepEqual(scaffoldModule(programme, { type: 'seance', ...options }), {
      file: file('seances/07-feedback.md'),
      text: seance('s07-feedback', '2027-06-11'),
    });
    assert.deepEqual(scaffoldModule(programme, { type: 'assignment', ...options }), {
      file: file('assignments/03-feedback.md'),
      text: assignment('a03-feedback'),
    });
  });

  it('skips a number whose file holds a module with another id', () => {
    const { workspace, file } = richWorkspace(() => VARIANTS[0]!);
    // Files renamed by hand: their names no longer follow their ids. The new seance comes after this one.
    workspace.update(file('seances/07-feedback.md'), '---\ntype: seance\nid: feedback-ekstra\ntitle: X\ndate: 2027-06-14\n---\n');
    workspace.update(file('assignments/03-feedback.md'), '---\ntype: assignment\nid: ekstra\ntitle: X\ndue: 2027-06-14\n---\n');
    const programme = workspace.programmeOf(file('programme.md'))!;
    const options = { title: 'Feedback', track: 'laering', today: '2027-01-01' };
    assert.deepEqual(scaffoldModule(programme, { type: 'seance', ...options }), {
      file: file('seances/08-feedback.md'),
      text: seance('s08-feedback', '2027-06-15'),
    });
    assert.deepEqual(scaffoldModule(programme, { type: 'assignment', ...options }), {
      file: file('assignments/04-feedback.md'),
      text: assignment('a04-feedback'),
    });
  });

  it('skips a number whose file is there but is not a module (notes), when told which files exist', () => {
    const { workspace, file } = richWorkspace(() => VARIANTS[0]!);
    workspace.update(file('seances/07-feedback.md'), 'Noter til feedbackdagen.\n');
    const programme = workspace.programmeOf(file('programme.md'))!;
    const scaffold = scaffoldModule(programme, {
      type: 'seance',
      title: 'Feedback',
      track: 'laering',
      today: '2027-01-01',
      exists: (path) => workspace.has(path),
    });
    assert.deepEqual(scaffold, { file: file('seances/08-feedback.md'), text: seance('s08-feedback', '2027-06-11') });
  });
});
