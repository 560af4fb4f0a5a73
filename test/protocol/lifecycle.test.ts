import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { diagnostic, range, same, TestClient } from './client';

describe('protocol: initialize and the first check of the workspace', () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  it('answers initialize with the capabilities it implements', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    // No file operations, pull diagnostics or notebook sync: the extension's bundle leaves out the
    // glob matcher the client needs for them (src/extension/shims/minimatch.ts).
    assert.deepStrictEqual(client.initializeResult, {
      capabilities: {
        textDocumentSync: 2,
        completionProvider: { triggerCharacters: [':', ' ', '{', ','] },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'curriculum-language-server' },
    });
  });

  it('registers watchers for Markdown files and deleted folders, and asks for its settings once', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    assert.deepStrictEqual(
      client.registrations.map(({ method, registerOptions }) => ({ method, registerOptions })),
      [
        {
          method: 'workspace/didChangeWatchedFiles',
          // Markdown files, and deleted folders (one event for a folder and all the modules in it).
          registerOptions: { watchers: [{ globPattern: '**/*.md' }, { globPattern: '**/*', kind: 4 }] },
        },
      ],
    );
    assert.equal(client.configurationRequests, 1);
  });

  it('publishes the problems of every module on startup, files never opened included', async () => {
    const started = performance.now();
    client = await TestClient.start({ fixture: 'flawed', settle: false });
    const expected = {
      'programme.md': [
        diagnostic(
          range(8, 10, 8, 20),
          2,
          'track-without-seance',
          'No seance belongs to the track `forandring`. Add a seance with `track: forandring`, or remove the track.',
        ),
        diagnostic(
          range(9, 10, 9, 17),
          2,
          'track-without-seance',
          'No seance belongs to the track `laering`. Add a seance with `track: laering`, or remove the track.',
        ),
      ],
      'seances/01-opstart.md': [
        diagnostic(range(3, 0, 3, 5), 1, 'missing-key', '`title` is missing — `titel` looks like a misspelling of it.'),
        diagnostic(range(3, 0, 3, 5), 2, 'unknown-key', 'Unknown key `titel` — did you mean `title`?'),
        diagnostic(
          range(10, 2, 10, 6),
          4,
          'agenda-time-notation',
          'This time is read as 09:15. A quick fix writes every time of this agenda as hours:minutes, like 09:15.',
        ),
      ],
      'seances/02-forandring.md': [
        diagnostic(range(4, 7, 4, 16), 1, 'unknown-track', 'There is no track `forandrng` in this programme — did you mean `forandring`?'),
        diagnostic(range(5, 6, 5, 16), 2, 'seance-on-weekend', 'The seance is on Saturday 10 April 2027, at the weekend.'),
        diagnostic(
          range(11, 2, 11, 7),
          2,
          'agenda-not-ascending',
          'The item at 10:00 comes after an item at 11:00. Put the agenda in time order.',
        ),
      ],
      'assignments/01-feedback.md': [
        diagnostic(range(0, 0, 0, 3), 1, 'missing-key', '`title` is missing. Add a line like `title: Giv feedback på tværs`.'),
      ],
    };
    // No request is sent: the server must read and publish the folder by itself after `initialized`.
    for (const [file, diagnostics] of Object.entries(expected)) {
      await client.waitForDiagnostics(client.uri(file), same(diagnostics), `the startup diagnostics of ${file}`);
    }
    console.log(`        (process start → diagnostics of all four files: ${Math.round(performance.now() - started)} ms)`);
    await client.settled();
    const byUri = Object.fromEntries([...client.diagnostics].filter(([, d]) => d.length > 0));
    assert.deepStrictEqual(byUri, Object.fromEntries(Object.entries(expected).map(([file, d]) => [client!.uri(file), d])));
  });

  it('publishes nothing for a clean programme and a README beside it', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    assert.deepStrictEqual(
      client.published.filter((p) => p.diagnostics.length > 0),
      [],
    );
  });

  it('ends on shutdown and exit', async () => {
    client = await TestClient.start({ fixture: 'clean' });
    await client.stop();
    assert.equal(client.running, false);
    client = undefined;
  });
});
