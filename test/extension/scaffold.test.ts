import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  checkerDiagnostics,
  open,
  ready,
  replaceWindowFunction,
  restore,
  sample,
  serverCaughtUp,
  waitForDiagnostics,
  type Seen,
} from './helpers';

const PROGRAMME = 'fremtidens-lederuddannelse';

describe('Scaffolding commands', () => {
  const fakes: vscode.Disposable[] = [];
  const created: vscode.Uri[] = [];
  before(ready);
  afterEach(async () => {
    fakes.splice(0).forEach((fake) => fake.dispose());
    await restore();
    for (const uri of created.splice(0)) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false });
  });

  /** Answers the next input box with `answer` and records how it was asked. */
  const answerInputBox = (answer: string): vscode.InputBoxOptions[] => {
    const asked: vscode.InputBoxOptions[] = [];
    fakes.push(
      replaceWindowFunction('showInputBox', (options: vscode.InputBoxOptions) => {
        asked.push(options);
        return Promise.resolve(answer);
      }),
    );
    return asked;
  };

  /** Picks the first offered item that `choose` accepts and records what was offered. */
  const answerQuickPick = (choose: (item: vscode.QuickPickItem) => boolean): vscode.QuickPickItem[][] => {
    const offered: vscode.QuickPickItem[][] = [];
    fakes.push(
      replaceWindowFunction('showQuickPick', async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => {
        const list = [...(await items)];
        offered.push(list);
        return list.find(choose);
      }),
    );
    return offered;
  };

  it('New Assignment asks a title and a track, and creates the assignment next to the open seance', async () => {
    await open(sample(`${PROGRAMME}/seances/03-forandring.md`));
    const asked = answerInputBox('Prøv det af');
    const offered = answerQuickPick((item) => item.description === 'forandring');

    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('curriculumStudio.newAssignment');
    assert.ok(uri, 'The command created nothing.');
    created.push(uri);

    assert.deepEqual(
      asked.map((options) => options.prompt),
      ['Title of the new assignment'],
    );
    assert.deepEqual(
      offered.map((items) => items.map((item) => [item.label, item.description])),
      [
        [
          ['Personligt lederskab', 'personligt-lederskab'],
          ['Ledelse af forandring', 'forandring'],
          ['Samskabelse og tværgående samarbejde', 'samskabelse'],
          ['Læringskultur', 'laering'],
          ['No track', 'for all tracks, like an opening or a closing day'],
        ],
      ],
    );
    assert.equal(vscode.workspace.asRelativePath(uri, false), `${PROGRAMME}/assignments/06-proev-det-af.md`);
    assert.equal(
      await diskText(uri),
      '---\ntype: assignment\nid: a06-proev-det-af\ntitle: Prøv det af\ntrack: forandring\ngiven: s03-forandring\n' +
        'due: 2027-06-25\neffort: 2h\n---\n## Opgave\n\n## Refleksion\n',
    );
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString(), 'The new assignment is not shown.');
    assert.equal(editor.document.isDirty, false, 'The new assignment is not saved.');
    await serverCaughtUp(uri);
    // Correct as it stands; the programme states learning outcomes, so the checker asks which one
    // the new assignment practises, and nothing else.
    assert.deepEqual(checkerDiagnostics(uri), [
      {
        code: 'assignment-without-outcome',
        range: [2, 4, 2, 20],
        severity: 'warning',
        message: 'This assignment serves no learning outcome. Say which it practises with `outcomes: [laere-i-praksis]`.',
      },
    ] satisfies Seen[]);
  });

  it('New Seance takes its title, track and programme as arguments, without any UI', async () => {
    const ui = [
      replaceWindowFunction('showInputBox', () => assert.fail('New Seance asked for a title it was given.')),
      replaceWindowFunction('showQuickPick', () => assert.fail('New Seance asked for a track it was given.')),
    ];
    fakes.push(...ui);

    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('curriculumStudio.newSeance', {
      title: 'Forandring i praksis',
      track: 'forandring',
      uri: sample(`${PROGRAMME}/programme.md`),
    });
    assert.ok(uri, 'The command created nothing.');
    created.push(uri);

    assert.equal(vscode.workspace.asRelativePath(uri, false), `${PROGRAMME}/seances/07-forandring-i-praksis.md`);
    // The first workday after the last seance (Wednesday 2027-06-16); headings in the programme's language.
    assert.equal(
      await diskText(uri),
      '---\ntype: seance\nid: s07-forandring-i-praksis\ntitle: Forandring i praksis\ntrack: forandring\ndate: 2027-06-17\n' +
        'time: { start: "09:00", end: "15:00" }\nfacilitators: []\n---\n## Formål\n\n## Agenda\n- 09:00 Velkommen (plenum)\n',
    );
    await serverCaughtUp(uri);
    assert.deepEqual(checkerDiagnostics(uri), [], 'A new seance must be correct as it stands.');
  });

  it('New Seance says so when the file is in no programme', async () => {
    const errors: string[] = [];
    fakes.push(
      replaceWindowFunction('showErrorMessage', (message: string) => {
        errors.push(message);
        return Promise.resolve(undefined);
      }),
    );
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('curriculumStudio.newSeance', {
      title: 'Netværksmøde',
      track: null,
      uri: sample('mistakes/loest-seance.md'),
    });
    assert.equal(uri, undefined);
    assert.deepEqual(errors, [
      'mistakes/loest-seance.md is not in a programme folder. Open a file of the programme (or its programme.md) first.',
    ]);
  });

  it('New Programme asks a title and a language, and creates <slug>/programme.md in the workspace folder', async () => {
    const asked = answerInputBox('Ledarskap i vardagen');
    const offered = answerQuickPick((item) => item.description === 'sv');

    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('curriculumStudio.newProgramme');
    assert.ok(uri, 'The command created nothing.');
    created.push(vscode.Uri.joinPath(uri, '..'));

    assert.equal(asked[0]?.prompt, 'Title of the new programme');
    // VS Code runs in English here, so English is offered first.
    assert.deepEqual(
      offered.map((items) => items.map((item) => item.label)),
      [['English', 'Dansk', 'Svenska']],
    );
    assert.equal(vscode.workspace.asRelativePath(uri, false), 'ledarskap-i-vardagen/programme.md');
    const { start, end } = halfYearFromNextMonday();
    assert.equal(
      await diskText(uri),
      '---\ntype: programme\nid: ledarskap-i-vardagen\ntitle: Ledarskap i vardagen\nlanguage: sv\n' +
        `period: { start: ${start}, end: ${end} }\ntracks:\n  - { id: forsta-sparet, title: Första spåret }\n---\n` +
        '## Syfte\n\n## Målgrupp\n',
    );
    // Its one track has no seance yet: the checker says so, and nothing else.
    const reported = await waitForDiagnostics(uri, (d) => d.length > 0, 'track-without-seance in the new programme');
    assert.deepEqual(reported, [
      {
        code: 'track-without-seance',
        range: [7, 10, 7, 23],
        severity: 'warning',
        message: 'No seance belongs to the track `forsta-sparet`. Add a seance with `track: forsta-sparet`, or remove the track.',
      },
    ] satisfies Seen[]);
  });
});

async function diskText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The period a new programme proposes: from the Monday after today, 26 weeks to a Friday. */
function halfYearFromNextMonday(): { start: string; end: string } {
  const now = new Date();
  const day = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + 1));
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  const start = day.toISOString().slice(0, 10);
  day.setUTCDate(day.getUTCDate() + 7 * 26 - 3);
  return { start, end: day.toISOString().slice(0, 10) };
}
