import * as vscode from 'vscode';
import type { CurriculumStudioApi } from '../../src/extension/extension';
import type { ShowMessage } from '../../src/webview-protocol';

/**
 * The extension in the browser: in the web worker extension host, with the samples in a virtual
 * file system (memfs:/samples, from the test extension in test/web/memfs), so that nothing can
 * be read from a disk. What vscode.dev and github.dev users get.
 */
const EXTENSION_ID = 'curriculum-studio.curriculum-studio';
const WAIT_MS = 30_000;
const root = vscode.Uri.parse('memfs:/samples');
const file = (relative: string): vscode.Uri => vscode.Uri.joinPath(root, relative);

describe('Web extension host (vscode.dev, github.dev) on a virtual file system', () => {
  let api: CurriculumStudioApi;
  before(async () => {
    const extension = vscode.extensions.getExtension<CurriculumStudioApi>(EXTENSION_ID);
    if (!extension) {
      const loaded = vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id);
      throw new Error(`${EXTENSION_ID} is not loaded; these are: ${loaded.join(', ')}.`);
    }
    api = await within(extension.activate(), 'the extension to activate');
    await within(api.ready, 'the language server in its web worker to start');
  });

  it('runs in the browser: no Node, the web UI, the workspace on memfs:', () => {
    equal(typeof (globalThis as { process?: unknown }).process, 'undefined');
    equal(vscode.env.uiKind, vscode.UIKind.Web);
    equal(
      vscode.workspace.workspaceFolders?.map((f) => f.uri.toString()),
      ['memfs:/samples'],
    );
    equal(api.serverPid(), undefined);
  });

  it('shows the broken date of a seance nobody opened on its line', async () => {
    const seance = file('web/broken-date/seances/01-opstart.md');
    const problems = await diagnosticsOf(seance, (d) => d.length > 0);
    equal(
      problems.map((d) => [
        d.code,
        d.severity,
        d.range.start.line,
        d.range.start.character,
        d.range.end.line,
        d.range.end.character,
        d.message,
      ]),
      [
        [
          'invalid-date',
          vscode.DiagnosticSeverity.Error,
          5,
          6,
          5,
          16,
          '`date` must be a real date written year-month-day, like 2027-03-11; `2027-02-30` is not.',
        ],
      ],
    );
    equal(
      vscode.workspace.textDocuments.some((d) => d.uri.toString() === seance.toString()),
      false,
      'the seance was read through the client, not opened',
    );
  });

  it('opens the timeline and draws the programme', async () => {
    const programme = file('fremtidens-lederuddannelse/programme.md');
    const shown = next(api.timeline.onDidShow, (m: ShowMessage) => m.model.id === 'fremtidens-lederuddannelse-2027', 'the timeline');
    await vscode.commands.executeCommand('curriculumStudio.showTimeline', programme);
    const message = await shown;
    equal(message.model.title, 'Fremtidens Lederuddannelse');
    equal(
      message.layout.lanes.reduce((n, lane) => n + lane.seances.length, 0),
      6,
    );
    const drawn = vscode.window.tabGroups.all.flatMap((group) => group.tabs).some((tab) => tab.input instanceof vscode.TabInputWebview);
    equal(drawn, true, 'the timeline is a webview tab');
  });

  it('writes an ICS export through workspace.fs', async () => {
    const target = file('fremtidens-lederuddannelse/export.ics');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('curriculumStudio.exportCalendar', {
      uri: file('fremtidens-lederuddannelse/programme.md'),
      target,
    });
    equal(written?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    equal(text.startsWith('BEGIN:VCALENDAR\r\n'), true, text.slice(0, 80));
    equal(text.match(/^BEGIN:VEVENT\r$/gm)?.length, 6 + 0, 'one event a seance');
    await vscode.workspace.fs.delete(target);
  });
});

function equal(actual: unknown, expected: unknown, what = ''): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what ? `${what}: ` : ''}expected ${e}, got ${a}`);
}

/** `promise`, or a failure naming what was awaited when it takes too long. */
async function within<T>(promise: Thenable<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${WAIT_MS} ms waiting for ${what}.`)), WAIT_MS);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function next<T>(event: vscode.Event<T>, accept: (value: T) => boolean, what: string): Promise<T> {
  return within(
    new Promise<T>((resolve) => {
      const subscription = event((value) => {
        if (!accept(value)) return;
        subscription.dispose();
        resolve(value);
      });
    }),
    what,
  );
}

/** The diagnostics of a file once they pass `accept`: those there now, or the next that do. */
function diagnosticsOf(uri: vscode.Uri, accept: (d: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  const now = vscode.languages.getDiagnostics(uri);
  if (accept(now)) return Promise.resolve(now);
  return within(
    new Promise((resolve) => {
      const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
        if (!event.uris.some((u) => u.toString() === uri.toString())) return;
        const found = vscode.languages.getDiagnostics(uri);
        if (!accept(found)) return;
        subscription.dispose();
        resolve(found);
      });
    }),
    `the diagnostics of ${uri.toString()}`,
  );
}
