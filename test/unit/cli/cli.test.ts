import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { runCli, type CliResult } from '../../../src/cli/main';
import { problemCodes } from '../../../src/core';

const fixtures = path.join(__dirname, 'fixtures');

/** Runs the CLI in-process with no locale in the environment, so that it speaks English unless told. */
const run = (args: string[], cwd = fixtures, env: NodeJS.ProcessEnv = {}): Promise<CliResult> => runCli(args, cwd, env);

const brokenLines = {
  en: [
    'broken/seances/feedback.md:7:1: warning: Unknown key `locaton` — did you mean `location`? [unknown-key]',
    'broken/seances/feedback.md:11:3: error: The agenda time `24.15` must be written hours:minutes on the 24-hour clock, like 08:15. [invalid-time]',
    '1 error(s), 1 warning(s), 0 other(s) in 3 file(s).',
  ],
  da: [
    'broken/seances/feedback.md:7:1: warning: Ukendt nøgle `locaton` — mente du `location`? [unknown-key]',
    'broken/seances/feedback.md:11:3: error: Tidspunktet `24.15` i programmet skal skrives timer:minutter på 24-timersuret, som 08:15. [invalid-time]',
    'Fejl: 1, advarsler: 1, andet: 0 — i 3 fil(er).',
  ],
  sv: [
    'broken/seances/feedback.md:7:1: warning: Okänd nyckel `locaton` — menade du `location`? [unknown-key]',
    'broken/seances/feedback.md:11:3: error: Tiden `24.15` i programmet ska skrivas timmar:minuter på 24-timmarsklockan, som 08:15. [invalid-time]',
    'Fel: 1, varningar: 1, övrigt: 0 — i 3 fil(er).',
  ],
};

const text = (lines: string[]): string => lines.map((line) => `${line}\n`).join('');

describe('cli: check, text format', () => {
  it('prints `path:line:column: severity: message [code]`, 1-based and relative to the working folder, then a summary; exit 1 on errors', async () => {
    assert.deepEqual(await run(['check', 'broken']), { stdout: text(brokenLines.en), stderr: '', status: 1 });
  });

  it('says a clean programme has no problems, counting every Markdown file; exit 0', async () => {
    assert.deepEqual(await run(['check'], path.join(fixtures, 'clean')), { stdout: 'No problems in 6 file(s).\n', stderr: '', status: 0 });
  });

  it('exits 0 when there are only warnings', async () => {
    assert.deepEqual(await run(['check', 'warnings']), {
      stdout: text([
        'warnings/seances/mote-1.md:14:1: warning: This agenda item has no time. Start it with the time it begins, like `- 13:15 Uppdrag i det egna teamet`. [agenda-missing-time]',
        '0 error(s), 1 warning(s), 0 other(s) in 2 file(s).',
      ]),
      stderr: '',
      status: 0,
    });
  });

  it('exits 0 with only warnings and information, naming folders with spaces and æøå as they are', async () => {
    assert.deepEqual(await run(['check', 'Lederforløb 2027']), {
      stdout: text([
        'Lederforløb 2027/noter.md:1:1: information: This file is empty. Start it with a header such as `type: seance` between two `---` lines to make it a course module. [empty-file]',
        'Lederforløb 2027/seancer/03 feedback.md:7:1: warning: Unknown key `lokation` — did you mean `location`? [unknown-key]',
        '0 error(s), 1 warning(s), 1 other(s) in 3 file(s).',
      ]),
      stderr: '',
      status: 0,
    });
  });

  it('speaks Danish with --locale da and Swedish with --locale=sv', async () => {
    assert.deepEqual(await run(['check', 'broken', '--locale', 'da']), { stdout: text(brokenLines.da), stderr: '', status: 1 });
    assert.deepEqual(await run(['check', '--locale=sv', 'broken']), { stdout: text(brokenLines.sv), stderr: '', status: 1 });
  });

  it('takes the language from LANG when no --locale is given, and --locale over LANG', async () => {
    assert.deepEqual(await run(['check', 'broken'], fixtures, { LANG: 'da_DK.UTF-8' }), {
      stdout: text(brokenLines.da),
      stderr: '',
      status: 1,
    });
    assert.deepEqual(await run(['check', 'broken', '--locale', 'sv'], fixtures, { LANG: 'da_DK.UTF-8' }), {
      stdout: text(brokenLines.sv),
      stderr: '',
      status: 1,
    });
  });

  it('checks one seance file against the programme in a parent folder, and reports only that file', async () => {
    assert.deepEqual(await run(['check', 'seances/feedback.md'], path.join(fixtures, 'broken')), {
      stdout: text([
        'seances/feedback.md:7:1: warning: Unknown key `locaton` — did you mean `location`? [unknown-key]',
        'seances/feedback.md:11:3: error: The agenda time `24.15` must be written hours:minutes on the 24-hour clock, like 08:15. [invalid-time]',
        '1 error(s), 1 warning(s), 0 other(s) in 1 file(s).',
      ]),
      stderr: '',
      status: 1,
    });
    // Had the programme not been found, the seance would be an orphan-module error.
    assert.deepEqual(await run(['check', 'clean/seances/opstart.md']), { stdout: 'No problems in 1 file(s).\n', stderr: '', status: 0 });
  });

  it('checks a subfolder of a programme against its programme, reporting only the subfolder', async () => {
    assert.deepEqual(await run(['check'], path.join(fixtures, 'clean', 'seances')), {
      stdout: 'No problems in 2 file(s).\n',
      stderr: '',
      status: 0,
    });
    assert.deepEqual(await run(['check', 'clean/assignments', 'warnings']), {
      stdout: text([
        'warnings/seances/mote-1.md:14:1: warning: This agenda item has no time. Start it with the time it begins, like `- 13:15 Uppdrag i det egna teamet`. [agenda-missing-time]',
        '0 error(s), 1 warning(s), 0 other(s) in 4 file(s).',
      ]),
      stderr: '',
      status: 0,
    });
  });
});

describe('cli: check, JSON and SARIF', () => {
  it('--format json gives files and problems with 0-based ranges', async () => {
    const result = await run(['check', 'broken', '--format', 'json']);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, '');
    assert.deepEqual(JSON.parse(result.stdout), {
      files: 3,
      problems: [
        {
          file: 'broken/seances/feedback.md',
          range: { start: { line: 6, character: 0 }, end: { line: 6, character: 7 } },
          severity: 'warning',
          code: 'unknown-key',
          message: 'Unknown key `locaton` — did you mean `location`?',
        },
        {
          file: 'broken/seances/feedback.md',
          range: { start: { line: 10, character: 2 }, end: { line: 10, character: 7 } },
          severity: 'error',
          code: 'invalid-time',
          message: 'The agenda time `24.15` must be written hours:minutes on the 24-hour clock, like 08:15.',
        },
      ],
    });
  });

  it('--format json of a clean programme: no problems, exit 0', async () => {
    const result = await run(['check', '--format=json'], path.join(fixtures, 'clean'));
    assert.deepEqual([JSON.parse(result.stdout), result.stderr, result.status], [{ files: 6, problems: [] }, '', 0]);
  });

  it('--format sarif gives a SARIF 2.1.0 log: one run, every rule, results with 1-based regions', async () => {
    const result = await run(['check', 'seances/feedback.md', '--format', 'sarif', '--locale', 'da'], path.join(fixtures, 'broken'));
    assert.equal(result.status, 1);
    const log = JSON.parse(result.stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(typeof log.$schema, 'string');
    assert.equal(log.runs.length, 1);
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'curriculum');
    assert.deepEqual(
      driver.rules.map((rule: { id: string }) => rule.id),
      problemCodes.map((info) => info.code),
    );
    for (const rule of driver.rules) {
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
      assert.ok(rule.shortDescription.text.length > 0 && !rule.shortDescription.text.startsWith('describe.'), rule.id);
    }
    assert.deepEqual(
      driver.rules.find((rule: { id: string }) => rule.id === 'invalid-time'),
      {
        id: 'invalid-time',
        shortDescription: { text: 'Et klokkeslæt er ikke skrevet timer:minutter på 24-timersuret (8.15 bliver 08:15).' },
        defaultConfiguration: { level: 'error' },
      },
    );
    const index = (code: string): number => problemCodes.findIndex((info) => info.code === code);
    assert.deepEqual(log.runs[0].results, [
      {
        ruleId: 'unknown-key',
        ruleIndex: index('unknown-key'),
        level: 'warning',
        message: { text: 'Ukendt nøgle `locaton` — mente du `location`?' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'seances/feedback.md' },
              region: { startLine: 7, startColumn: 1, endLine: 7, endColumn: 8 },
            },
          },
        ],
      },
      {
        ruleId: 'invalid-time',
        ruleIndex: index('invalid-time'),
        level: 'error',
        message: { text: 'Tidspunktet `24.15` i programmet skal skrives timer:minutter på 24-timersuret, som 08:15.' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'seances/feedback.md' },
              region: { startLine: 11, startColumn: 3, endLine: 11, endColumn: 8 },
            },
          },
        ],
      },
    ]);
  });
});

describe('cli: check, SARIF locations', () => {
  it('--format sarif writes each artifact location as a URI reference, with spaces and æøå percent-encoded', async () => {
    const result = await run(['check', 'Lederforløb 2027', '--format', 'sarif']);
    const log = JSON.parse(result.stdout);
    assert.deepEqual(
      log.runs[0].results.map(
        (r: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [
          r.ruleId,
          r.level,
          r.locations[0]!.physicalLocation.artifactLocation.uri,
        ],
      ),
      [
        ['empty-file', 'note', 'Lederforl%C3%B8b%202027/noter.md'],
        ['unknown-key', 'warning', 'Lederforl%C3%B8b%202027/seancer/03%20feedback.md'],
      ],
    );
  });
});

describe('cli: usage errors exit 2 with one line on stderr', () => {
  const usage = async (args: string[], stderr: string, cwd = fixtures): Promise<void> => {
    const result = await run(args, cwd);
    assert.deepEqual(result, { stdout: '', stderr, status: 2 });
    assert.equal(result.stderr.split('\n').length, 2, 'one line, ended by a line break');
  };

  it('an unknown option', () =>
    usage(['check', '--bogus'], 'curriculum: Unknown option --bogus. Run `curriculum --help` to see the options.\n'));

  it('a --format the command does not have', async () => {
    await usage(['check', '--format', 'xml'], 'curriculum: --format must be one of: text, json, sarif.\n');
    await usage(['rules', '--format', 'sarif'], 'curriculum: --format must be one of: text, json, markdown.\n');
  });

  it('a --locale that is not en, da or sv', () => usage(['check', '--locale', 'fi'], 'curriculum: --locale must be one of: en, da, sv.\n'));

  it('a folder that does not exist, in the language asked for', async () => {
    await usage(['check', '/no/such/dir'], 'curriculum: Cannot read /no/such/dir: there is no such file or folder.\n');
    await usage(['check', '/no/such/dir', '--locale', 'da'], 'curriculum: Kan ikke læse /no/such/dir: filen eller mappen findes ikke.\n');
  });

  it('an unknown command', () =>
    usage(['frobnicate'], 'curriculum: Unknown command frobnicate. Run `curriculum --help` to see the commands.\n'));

  it('`model` of a folder without a programme', () =>
    usage(['model', 'no-programme'], 'curriculum: no-programme holds no programme: no Markdown file in it has `type: programme`.\n'));
});

describe('cli: model', () => {
  it('prints the programme model: tracks, seances by date with their agendas, assignments with their dates', async () => {
    const result = await run(['model', 'clean']);
    assert.deepEqual([result.stderr, result.status], ['', 0]);
    const model = JSON.parse(result.stdout);
    assert.deepEqual(
      [model.id, model.title, model.language, model.country, model.timezone, model.period],
      ['fremtidens-ledere-2027', 'Fremtidens Ledere', 'da', 'DK', 'Europe/Copenhagen', { start: '2027-03-01', end: '2027-06-25' }],
    );
    assert.deepEqual(
      model.tracks.map((t: { id: string; title: string; source: unknown }) => [t.id, t.title, t.source]),
      [
        [
          'personligt-lederskab',
          'Personligt lederskab',
          { file: 'programme.md', range: { start: { line: 8, character: 4 }, end: { line: 8, character: 61 } } },
        ],
        [
          'samskabelse',
          'Samskabelse',
          { file: 'programme.md', range: { start: { line: 9, character: 4 }, end: { line: 9, character: 43 } } },
        ],
      ],
    );
    // seances/feedback.md sorts before seances/opstart.md by name, but comes after it by date.
    assert.deepEqual(
      model.seances.map((s: Record<string, unknown>) => ({
        id: s.id,
        track: s.track,
        date: s.date,
        endDate: s.endDate,
        time: s.time,
        agenda: (s.agenda as Record<string, unknown>[]).map((item) => [item.date, item.time, item.end, item.title, item.format]),
      })),
      [
        {
          id: 's01-opstart',
          track: 'personligt-lederskab',
          date: '2027-03-11',
          endDate: '2027-03-12',
          time: { start: '08:30', end: '12:00' },
          agenda: [
            ['2027-03-11', '08:30', undefined, 'Kaffe', 'break'],
            ['2027-03-11', '09:00', '10:30', 'Visionen', 'plenum'],
            ['2027-03-12', '08:30', undefined, 'Grupper på tværs', 'groups'],
          ],
        },
        {
          id: 's02-feedback',
          track: 'samskabelse',
          date: '2027-04-08',
          endDate: undefined,
          time: { start: '09:00', end: '15:00' },
          agenda: [
            ['2027-04-08', '09:00', undefined, 'Velkommen', 'plenum'],
            ['2027-04-08', '12:00', undefined, 'Frokost', 'meal'],
          ],
        },
      ],
    );
    assert.deepEqual(model.seances[0].agenda[1].source, {
      file: 'seances/opstart.md',
      range: { start: { line: 16, character: 0 }, end: { line: 16, character: 31 } },
    });
    assert.deepEqual(
      model.assignments.map((a: Record<string, unknown>) => [a.id, a.track, a.given, a.due, a.startDate, a.dueDate, a.effort, a.source]),
      [
        [
          'a00-forberedelse',
          undefined,
          undefined,
          '2027-03-10',
          undefined,
          '2027-03-10',
          undefined,
          { file: 'assignments/forberedelse.md', range: { start: { line: 3, character: 7 }, end: { line: 3, character: 27 } } },
        ],
        [
          'a01-interview',
          'personligt-lederskab',
          's01-opstart',
          's02-feedback',
          '2027-03-11',
          '2027-04-08',
          '2h',
          { file: 'assignments/interview.md', range: { start: { line: 3, character: 7 }, end: { line: 3, character: 26 } } },
        ],
      ],
    );
  });

  it('needs exactly one folder', async () => {
    assert.deepEqual(await run(['model']), {
      stdout: '',
      stderr: 'curriculum: `curriculum model` takes exactly one programme folder.\n',
      status: 2,
    });
  });
});

describe('cli: rules', () => {
  it('--format json lists every code with its severity and description', async () => {
    const result = await run(['rules', '--format', 'json']);
    assert.deepEqual([result.stderr, result.status], ['', 0]);
    const rows = JSON.parse(result.stdout) as { code: string; severity: string; description: string }[];
    assert.deepEqual(
      rows.map((row) => [row.code, row.severity]),
      problemCodes.map((info) => [info.code, info.severity]),
    );
    assert.deepEqual(
      rows.find((row) => row.code === 'invalid-time'),
      {
        code: 'invalid-time',
        severity: 'error',
        description: 'A time is not written hours:minutes on the 24-hour clock (8.15 becomes 08:15).',
      },
    );
    assert.deepEqual(
      rows.find((row) => row.code === 'empty-file'),
      {
        code: 'empty-file',
        severity: 'information',
        description: 'A Markdown file is empty.',
      },
    );
  });

  it('--format markdown gives a Markdown table, one row a code', async () => {
    const result = await run(['rules', '--format', 'markdown']);
    assert.deepEqual([result.stderr, result.status], ['', 0]);
    const lines = result.stdout.trimEnd().split('\n');
    assert.deepEqual(lines.slice(0, 2), ['| Code | Severity | What it catches |', '| --- | --- | --- |']);
    assert.equal(lines.length, problemCodes.length + 2);
    for (const line of lines) assert.match(line, /^\| .+ \| .+ \| .+ \|$/);
    assert.ok(lines.includes('| `duplicate-key` | error | A key appears twice at the same level of the header. |'));
    assert.ok(lines.includes('| `seance-on-weekend` | warning | A seance falls on a Saturday or Sunday. |'));
  });

  it('--format markdown --locale sv has a Swedish header and Swedish descriptions', async () => {
    const lines = (await run(['rules', '--format', 'markdown', '--locale', 'sv'])).stdout.split('\n');
    assert.equal(lines[0], '| Kod | Allvarlighetsgrad | Vad den fångar |');
    assert.ok(lines.includes('| `duplicate-key` | error | En nyckel står två gånger på samma nivå i huvudet. |'));
  });
});
