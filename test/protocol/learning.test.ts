import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { diagnostic, range, same, TestClient } from './client';

const temadag = path.join(__dirname, '../unit/insight/fixtures/temadag');
const workload = path.join(__dirname, '../unit/rules/fixtures/week-over-workload/fail');

/** The hover of the seance title `Feedback på tværs af niveauer` (test/unit/insight/hover.test.ts). */
async function titleHover(client: TestClient): Promise<string> {
  const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
    textDocument: { uri: client.uri('seances/01-temadag.md') },
    position: { line: 3, character: 10 },
  });
  return hover.contents.value;
}

describe('protocol: learning types and the weekly practice limit from the settings', () => {
  let client: TestClient;
  afterEach(async () => {
    await client.stop();
  });

  it("uses the organisation's learning type words in a trusted workspace", async () => {
    client = await TestClient.start({ fixture: temadag, trusted: true, settings: { learningTypes: { refleksion: 'collaboration' } } });
    assert.equal((await titleHover(client)).split('  \n').pop(), '- collaboration: 0.5 h (9%)');
  });

  it('ignores them in an untrusted workspace', async () => {
    client = await TestClient.start({ fixture: temadag, trusted: false, settings: { learningTypes: { refleksion: 'collaboration' } } });
    assert.equal((await titleHover(client)).split('  \n').pop(), '- discussion: 0.5 h (9%)');
  });

  it('warns of a week over the limit of the setting, in hours', async () => {
    client = await TestClient.start({ fixture: workload, settings: { weeklyPracticeLimit: 2 } });
    const file = 'assignments/01-forandringsplan.md';
    await client.open(file);
    await client.waitForDiagnostics(
      client.uri(file),
      same([
        diagnostic(
          range(6, 8, 6, 10),
          2,
          'week-over-workload',
          'In week 10 (from Monday 2027-03-08) and 2 more week(s), the practice assignments ask up to 4.5 h beside the seances, more than the limit of 2 h a week; this assignment asks 3 h of it. Give it more weeks or less effort.',
        ),
      ]),
      'the warning at a limit of 2 h',
    );
  });
});
