import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CheckAllResult } from '../../src/protocol';
import { EXTENSION_ID, checkerDiagnostics, ready, replaceWindowFunction, sample, type Seen } from './helpers';

/** Every problem in samples/ that arrives as a diagnostic: at least 20 errors, 17 warnings and 4 others. */
const PROBLEMS_IN_SAMPLES = 41;

describe('Activation on the samples workspace', () => {
  it('starts by itself (workspaceContains:**/programme.md) and checks files that no editor has opened', async () => {
    // No file is opened and the extension is not activated by the test: the diagnostics can only
    // come from activation by the workspace's programme.md files and the server's scan of the folder.
    const all = await everyProblemReported(60_000);
    // Varde's agenda is written as printed (`Kl 8.15:`): a hint offers the 08:15 form, and a hint is
    // no problem (`curriculum check` leaves hints out).
    assert.deepEqual(
      all
        .filter(
          ([uri, diagnostics]) =>
            !uri.path.includes('/mistakes/') && diagnostics.some((d) => d.severity !== vscode.DiagnosticSeverity.Hint),
        )
        .map(([uri]) => uri.path),
      [],
      'Only samples/mistakes may have problems: the five sample programmes are clean.',
    );
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.equal(extension?.isActive, true);
    await ready();

    assert.deepEqual(checkerDiagnostics(sample('mistakes/ledertraening/seances/08-online-opfoelgning.md')), [
      {
        code: 'unknown-track',
        range: [4, 7, 4, 18],
        severity: 'error',
        message: 'There is no track `handlekarft` in this programme — did you mean `handlekraft`?',
      },
      {
        code: 'span-reversed',
        range: [7, 29, 7, 36],
        severity: 'error',
        message: 'The seance ends at 13:00, before it starts at 15:00.',
      },
    ] satisfies Seen[]);
    assert.deepEqual(checkerDiagnostics(sample('mistakes/ledertraening/programme.md')), [
      {
        code: 'missing-key',
        range: [3, 0, 3, 5],
        severity: 'error',
        message: '`title` is missing — `titel` looks like a misspelling of it.',
      },
      { code: 'unknown-key', range: [3, 0, 3, 5], severity: 'warning', message: 'Unknown key `titel` — did you mean `title`?' },
      {
        code: 'track-without-seance',
        range: [19, 8, 19, 22],
        severity: 'warning',
        message: 'No seance belongs to the track `laeringskultur`. Add a seance with `track: laeringskultur`, or remove the track.',
      },
      {
        code: 'outcome-not-practised',
        range: [26, 10, 26, 27],
        severity: 'warning',
        message:
          'No assignment lets the leaders practise the learning outcome `feedback-i-kaeden` at work. Add `feedback-i-kaeden` to the `outcomes` of an assignment, or give one for it.',
      },
      {
        code: 'outcome-not-taught',
        range: [26, 10, 26, 27],
        severity: 'warning',
        message:
          'No seance addresses the learning outcome `feedback-i-kaeden`. Add `feedback-i-kaeden` to the `outcomes` of the seance where it is taught, or remove the outcome.',
      },
      { code: 'wrong-type', range: [28, 10, 28, 20], severity: 'error', message: '`price.amount` must be a number.' },
    ] satisfies Seen[]);
  });

  it('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const command of ['newProgramme', 'newSeance', 'newAssignment', 'checkAll']) {
      assert.ok(commands.includes(`curriculumStudio.${command}`), `curriculumStudio.${command} is not registered`);
    }
  });

  it('checks the whole workspace on request and tells the counts', async () => {
    const messages: string[] = [];
    const fake = replaceWindowFunction('showInformationMessage', (message: string) => {
      messages.push(message);
      return Promise.resolve(undefined);
    });
    try {
      const result = await vscode.commands.executeCommand<CheckAllResult>('curriculumStudio.checkAll');
      // The other notes are what the editor shows besides errors and warnings: an information and
      // the hint on the seminar's Nordic times (`curriculum check`, for CI, leaves hints out).
      assert.deepEqual(result, { files: 77, errors: 20, warnings: 17, others: 5 } satisfies CheckAllResult);
    } finally {
      fake.dispose();
    }
    assert.deepEqual(messages, ['Files checked: 77. Errors: 20, warnings: 17, other notes: 5.']);
  });
});

/** Every checker diagnostic of the workspace, once there are as many as samples/ holds. */
function everyProblemReported(ms: number): Promise<[vscode.Uri, vscode.Diagnostic[]][]> {
  const current = (): [vscode.Uri, vscode.Diagnostic[]][] =>
    vscode.languages
      .getDiagnostics()
      .map(([uri, diagnostics]): [vscode.Uri, vscode.Diagnostic[]] => [uri, diagnostics.filter((d) => d.source === 'curriculum')])
      .filter(([, diagnostics]) => diagnostics.length > 0);
  const count = (): number => current().reduce((sum, [, diagnostics]) => sum + diagnostics.length, 0);
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (count() < PROBLEMS_IN_SAMPLES) return;
      finish();
      resolve(current());
    };
    const listener = vscode.languages.onDidChangeDiagnostics(check);
    const timer = setTimeout(() => {
      finish();
      reject(
        new Error(
          `Timed out after ${ms} ms waiting for the ${PROBLEMS_IN_SAMPLES} problems of samples/mistakes; ${count()} arrived. ` +
            'Was the extension activated by workspaceContains:**/programme.md, and did its server start?',
        ),
      );
    }, ms);
    const finish = (): void => {
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}
