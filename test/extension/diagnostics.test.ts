import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  checkerDiagnostics,
  open,
  ready,
  replaceOnLine,
  restore,
  sample,
  waitForDiagnostics,
  waitForNoDiagnostics,
  type Seen,
} from './helpers';

const PROGRAMME = 'fremtidens-lederuddannelse';
const seance03 = (): vscode.Uri => sample(`${PROGRAMME}/seances/03-forandring.md`);
const seance04 = (): vscode.Uri => sample(`${PROGRAMME}/seances/04-samskabelse.md`);
const assignment03 = (): vscode.Uri => sample(`${PROGRAMME}/assignments/03-forandringsplan.md`);
const programme = (): vscode.Uri => sample(`${PROGRAMME}/programme.md`);

describe('Diagnostics while typing', () => {
  before(ready);
  afterEach(() => restore(seance03(), seance04()));

  it('reports a mistyped track id on the exact spot, and clears it when it is fixed', async () => {
    const editor = await open(seance03());
    assert.deepEqual(checkerDiagnostics(seance03()), [], 'The sample seance should start clean.');

    await replaceOnLine(editor, 4, 'forandring', 'forandrng');
    const reported = await waitForDiagnostics(seance03(), (d) => d.length > 0, 'unknown-track after typing `forandrng`');
    assert.deepEqual(reported, [
      {
        code: 'unknown-track',
        range: [4, 7, 4, 16],
        severity: 'error',
        message: 'There is no track `forandrng` in this programme — did you mean `forandring`?',
      },
    ] satisfies Seen[]);
    // The programme now has a track without a seance: reported in programme.md, which is not open.
    await waitForDiagnostics(programme(), (d) => d.some((p) => p.code === 'track-without-seance'), 'track-without-seance in programme.md');
    assert.deepEqual(checkerDiagnostics(programme()), [
      {
        code: 'track-without-seance',
        range: [16, 8, 16, 18],
        severity: 'warning',
        message: 'No seance belongs to the track `forandring`. Add a seance with `track: forandring`, or remove the track.',
      },
    ] satisfies Seen[]);

    await replaceOnLine(editor, 4, 'forandrng', 'forandring');
    await waitForNoDiagnostics(seance03(), 'unknown-track to go after the fix');
    await waitForNoDiagnostics(programme(), 'track-without-seance to go after the fix');
  });

  it('reports in an assignment when the date of its due seance moves before the seance where it is given', async () => {
    const editor = await open(seance04());
    assert.deepEqual(checkerDiagnostics(assignment03()), [], 'The sample assignment should start clean.');

    await replaceOnLine(editor, 6, '2027-04-13', '2027-03-03');
    const reported = await waitForDiagnostics(assignment03(), (d) => d.length > 0, 'assignment-due-before-given in the assignment');
    assert.deepEqual(reported, [
      {
        code: 'assignment-due-before-given',
        range: [7, 5, 7, 20],
        severity: 'error',
        message:
          'The assignment is due on Wednesday 3 March 2027, but it is only given at `s03-forandring` on Wednesday 10 March 2027. Make it due at a later seance.',
      },
    ] satisfies Seen[]);
    assert.deepEqual(checkerDiagnostics(seance04()), [], 'The moved seance itself is still correct.');

    await replaceOnLine(editor, 6, '2027-03-03', '2027-04-13');
    await waitForNoDiagnostics(assignment03(), 'the assignment to be clean again after the date is put back');
  });
});

describe('The curriculumStudio.severity setting', () => {
  const seance = (): vscode.Uri => sample('mistakes/ledertraening/seances/03-handlekraft-i-praksis.md');
  const settings = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('curriculumStudio');
  const weekend = (severity: Seen['severity']): Seen => ({
    code: 'seance-on-weekend',
    range: [6, 6, 6, 16],
    severity,
    message: 'The seance is on Saturday 17 March 2029, at the weekend.',
  });
  before(ready);
  after(() => settings().update('severity', undefined, vscode.ConfigurationTarget.Global));

  it('changes how a problem is shown, or hides it, as soon as it is changed', async () => {
    const duplicate = checkerDiagnostics(seance()).find((d) => d.code === 'duplicate-id');
    assert.ok(duplicate, 'The sample should have its duplicate id.');
    assert.deepEqual(checkerDiagnostics(seance()), [duplicate, weekend('warning')]);

    await settings().update('severity', { 'seance-on-weekend': 'error' }, vscode.ConfigurationTarget.Global);
    assert.deepEqual(
      await waitForDiagnostics(
        seance(),
        (d) => d.some((p) => p.code === 'seance-on-weekend' && p.severity === 'error'),
        'seance-on-weekend as an error',
      ),
      [duplicate, weekend('error')],
    );

    await settings().update('severity', { 'seance-on-weekend': 'off' }, vscode.ConfigurationTarget.Global);
    assert.deepEqual(
      await waitForDiagnostics(seance(), (d) => !d.some((p) => p.code === 'seance-on-weekend'), 'seance-on-weekend to be hidden'),
      [duplicate],
    );

    await settings().update('severity', undefined, vscode.ConfigurationTarget.Global);
    assert.deepEqual(await waitForDiagnostics(seance(), (d) => d.length === 2, 'seance-on-weekend back as a warning'), [
      duplicate,
      weekend('warning'),
    ]);
  });
});
