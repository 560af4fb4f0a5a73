import * as assert from 'node:assert/strict';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { StateChangeEvent } from 'vscode-languageclient/node';
import type { CurriculumStudioApi } from '../../src/extension/extension';
import type { ShowMessage } from '../../src/webview-protocol';
import { checkerDiagnostics, next, open, ready, replaceOnLine, restore, sample, waitForDiagnostics, within, type Seen } from './helpers';

/** `State` of vscode-languageclient (not bundled into the tests for two numbers). */
const STARTING = 3;
const RUNNING = 2;

const PROGRAMME = 'fremtidens-lederuddannelse';
const seance03 = (): vscode.Uri => sample(`${PROGRAMME}/seances/03-forandring.md`);
const seance04 = (): vscode.Uri => sample(`${PROGRAMME}/seances/04-samskabelse.md`);
const assignment03 = (): vscode.Uri => sample(`${PROGRAMME}/assignments/03-forandringsplan.md`);
const assignment04 = (): vscode.Uri => sample(`${PROGRAMME}/assignments/04-samarbejdsaftale.md`);

/** Every diagnostic of the checker in the workspace, by uri (uris without any left out). */
function allCheckerDiagnostics(): Map<string, Seen[]> {
  const all = new Map<string, Seen[]>();
  for (const [uri] of vscode.languages.getDiagnostics()) {
    const seen = checkerDiagnostics(uri);
    if (seen.length > 0) all.set(uri.toString(), seen);
  }
  return all;
}

/** Every module of the workspace checked and published: the server answers Check All after that. */
async function settled(): Promise<void> {
  await within(vscode.commands.executeCommand('curriculumStudio.checkAll'), 'Check All to answer');
}

/**
 * Kills the language server as a crash would (SIGKILL), and returns once the client has started a
 * new one. `whileDown` runs when the client starts again, before the new server has answered.
 */
async function killServer(api: CurriculumStudioApi, whileDown: () => void = () => undefined): Promise<number> {
  const pid = api.serverPid();
  assert.ok(pid, 'The language server runs in a process of its own.');
  const starting = next(
    api.onDidChangeServerState,
    (e: StateChangeEvent) => e.newState === STARTING,
    'the client to start the server again',
  );
  const running = next(api.onDidChangeServerState, (e: StateChangeEvent) => e.newState === RUNNING, 'the restarted server to run');
  process.kill(pid, 'SIGKILL');
  await starting;
  whileDown();
  await running;
  const restarted = api.serverPid();
  assert.ok(restarted && restarted !== pid, `A new server process runs (was ${pid}, now ${restarted}).`);
  return restarted;
}

describe('Faults: the language server killed mid-session', () => {
  afterEach(() => restore(seance03()));

  it('is restarted by the client and publishes every diagnostic again, of closed files and of unsaved buffers', async () => {
    const api = await ready();
    // An unsaved edit: after the restart it must come from the buffer, not from the disk.
    const editor = await open(seance03());
    await replaceOnLine(editor, 4, 'forandring', 'forandrng');
    await waitForDiagnostics(seance03(), (d) => d.some((p) => p.code === 'unknown-track'), 'unknown-track in the unsaved buffer');
    await settled();
    const before = allCheckerDiagnostics();
    const mistakes = [...before.keys()].filter((uri) => uri.includes('/mistakes/'));
    assert.ok(mistakes.length >= 5, `samples/mistakes has problems in files never opened: ${mistakes.length}`);

    let whileDown = new Map<string, Seen[]>();
    await killServer(api, () => (whileDown = allCheckerDiagnostics()));
    assert.deepEqual([...whileDown.keys()], [], 'The diagnostics of the dead server are cleared while it restarts.');

    for (const [uri, expected] of before) {
      await waitForDiagnostics(
        vscode.Uri.parse(uri),
        (d) => JSON.stringify(d) === JSON.stringify(expected),
        'the same diagnostics after the restart',
      );
    }
    await settled();
    assert.deepEqual(allCheckerDiagnostics(), before);
    assert.ok(editor.document.isDirty, 'The typo is still unsaved: the new server has it from the buffer.');
    assert.equal(readFileSync(seance03().fsPath, 'utf8').split('\n')[4], 'track: forandring');
  });

  it('keeps the open timeline up to date after the restart', async () => {
    const api = await ready();
    const editor = await open(seance03());
    const first = next(
      api.timeline.onDidShow,
      (m: ShowMessage) => m.model.id === 'fremtidens-lederuddannelse-2027',
      'the programme to be shown',
    );
    await vscode.commands.executeCommand('curriculumStudio.showTimeline', seance03());
    await first;
    await killServer(api);

    // The server tells the client that the programme changed; the panel must hear it from the new server.
    const title = 'At lede forandring, der holder — efter genstart';
    const redrawn = next(
      api.timeline.onDidShow,
      (m: ShowMessage) => m.model.seances.some((s) => s.id === 's03-forandring' && s.title === title),
      'the timeline to show the new title',
    );
    await replaceOnLine(editor, 3, 'At lede forandring, der holder', title);
    await redrawn;
  });
});

describe('Faults: a file deleted or renamed on disk while it is open', () => {
  const unknownSeance = (line: number, start: number): Seen => ({
    code: 'unknown-seance',
    range: [line, start, line, start + 's04-samskabelse'.length],
    severity: 'error',
    message: 'There is no seance `s04-samskabelse` in this programme.',
  });
  let text = '';
  before(() => {
    text = readFileSync(seance04().fsPath, 'utf8');
  });
  afterEach(async () => {
    // The sample back on disk, and its editor back to it.
    writeFileSync(seance04().fsPath, text);
    await restore(seance04());
    await settled();
    await waitForDiagnostics(assignment03(), (d) => d.length === 0, 'the assignment to be due at the seance again');
  });

  it('forgets a deleted seance that is still open, and counts it again when it is back', async () => {
    await ready();
    await open(seance04());
    unlinkSync(seance04().fsPath);
    const reported = await waitForDiagnostics(
      assignment03(),
      (d) => d.length > 0,
      'unknown-seance where the assignment is due at the deleted seance',
    );
    assert.deepEqual(reported, [unknownSeance(7, 5)]);
    await waitForDiagnostics(
      assignment04(),
      (d) => d.some((p) => p.code === 'unknown-seance'),
      'unknown-seance where an assignment is given',
    );
    assert.deepEqual(checkerDiagnostics(assignment04()), [unknownSeance(6, 7)]);

    // Closing the "(deleted)" editor leaves it forgotten.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await settled();
    assert.deepEqual(checkerDiagnostics(assignment03()), [unknownSeance(7, 5)]);
    assert.deepEqual(checkerDiagnostics(seance04()), []);
  });

  it('does not take a seance renamed on disk while open for a duplicate of itself', async () => {
    await ready();
    const renamed = sample(`${PROGRAMME}/seances/04-samskabelse-og-borgere.md`);
    const duplicates: string[] = [];
    const watch = vscode.languages.onDidChangeDiagnostics((event) => {
      for (const uri of event.uris) {
        if (checkerDiagnostics(uri).some((d) => d.code === 'duplicate-id')) duplicates.push(vscode.workspace.asRelativePath(uri));
      }
    });
    try {
      // An unsaved typo in the old buffer: its problem going shows that the server forgot the old name.
      const editor = await open(seance04());
      await replaceOnLine(editor, 4, 'samskabelse', 'samskabelsen');
      await waitForDiagnostics(seance04(), (d) => d.some((p) => p.code === 'unknown-track'), 'unknown-track in the unsaved buffer');
      renameSync(seance04().fsPath, renamed.fsPath);
      await waitForDiagnostics(seance04(), (d) => d.length === 0, 'the problems of the old name to go');
      await settled();
      assert.deepEqual(checkerDiagnostics(renamed), []);
      assert.deepEqual(checkerDiagnostics(assignment03()), []);
      const definition = await vscode.commands.executeCommand<vscode.Location[]>(
        'vscode.executeDefinitionProvider',
        assignment03(),
        new vscode.Position(7, 8),
      );
      assert.deepEqual(
        definition.map((l) => vscode.workspace.asRelativePath(l.uri)),
        [`${PROGRAMME}/seances/04-samskabelse-og-borgere.md`],
        'The assignment is due at the renamed file, and only there.',
      );
      assert.deepEqual(duplicates, [], 'No duplicate-id at any moment.');
    } finally {
      watch.dispose();
      unlinkSync(renamed.fsPath);
    }
  });
});
