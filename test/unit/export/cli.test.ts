import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli, type CliResult } from '../../../src/cli/main';
import { programmeToHtml, programmeToIcs } from '../../../src/core/export';
import { layoutTimeline } from '../../../src/core/timeline/layout';
import { fixtures, modelOf } from './helpers';

/** 2026-11-02T09:15:00Z, given as SOURCE_DATE_EPOCH so that the calendar's stamps are known. */
const EPOCH = '1793610900';
const env = { SOURCE_DATE_EPOCH: EPOCH };
const run = (args: string[], environment: NodeJS.ProcessEnv = env): Promise<CliResult> => runCli(args, fixtures, environment);

describe('cli: export', function () {
  // Programmes are read from disk (the CLI reads them on each run): more than mocha's 2 s on a busy machine.
  this.timeout(20_000);

  let scratch: string;
  before(() => (scratch = mkdtempSync(path.join(tmpdir(), 'curriculum-export-'))));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('`export ics` prints what the core writes for the folder, stamped with SOURCE_DATE_EPOCH; exit 0', async () => {
    const expected = programmeToIcs(modelOf(path.join(fixtures, 'nordlys')), { now: new Date(Number(EPOCH) * 1000) });
    assert.match(expected, /\r\nDTSTAMP:20261102T091500Z\r\n/u);
    assert.deepEqual(await run(['export', 'ics', 'nordlys']), { stdout: expected, stderr: '', status: 0 });
  });

  it('`export html` prints what the core writes for the folder and its timeline; exit 0', async () => {
    const model = modelOf(path.join(fixtures, 'nordlys'));
    assert.deepEqual(await run(['export', 'html', 'nordlys']), {
      stdout: programmeToHtml(model, layoutTimeline(model)),
      stderr: '',
      status: 0,
    });
  });

  it('finds the programme around a subfolder, like `model`', async () => {
    const whole = await run(['export', 'ics', 'nordlys']);
    assert.deepEqual(await run(['export', 'ics', 'nordlys/seances']), whole);
  });

  it('writes to the file given with -o (or --output=) and prints nothing', async () => {
    const target = path.join(scratch, 'nordlys.ics');
    assert.deepEqual(await run(['export', 'ics', 'nordlys', '-o', target]), { stdout: '', stderr: '', status: 0 });
    assert.equal(readFileSync(target, 'utf8'), (await run(['export', 'ics', 'nordlys'])).stdout);
    const page = path.join(scratch, 'nordlys.html');
    assert.deepEqual(await run(['export', 'html', `--output=${page}`, 'nordlys']), { stdout: '', stderr: '', status: 0 });
    assert.equal(readFileSync(page, 'utf8'), (await run(['export', 'html', 'nordlys'])).stdout);
  });

  it('exports a programme with errors too, with a warning on stderr that says how to see them; exit 0', async () => {
    const result = await run(['export', 'ics', 'with-error']);
    assert.equal(result.status, 0);
    assert.equal(
      result.stderr,
      'curriculum: Warning: with-error has 1 error(s); the export shows the programme as it is written. Run `curriculum check with-error` to see them.\n',
    );
    // The seance on 2027-02-30 cannot be in a calendar; the other one is.
    assert.deepEqual(result.stdout.match(/^UID:.*$/gmu), ['UID:s02-feedback@med-fejl-2027.curriculum-studio']);
    const danish = await run(['export', 'html', 'with-error', '--locale', 'da']);
    assert.equal(danish.status, 0);
    assert.match(danish.stderr, /^curriculum: Advarsel: with-error har 1 fejl; eksporten viser programmet, som det er skrevet\./u);
  });

  const refusals: [string, string[], string][] = [
    [
      'an unknown format',
      ['export', 'pdf', 'nordlys'],
      'Unknown export format pdf. Write `curriculum export ics <programme folder>` or `curriculum export html <programme folder>`.',
    ],
    [
      'no format',
      ['export'],
      '`curriculum export` needs a format and a programme folder: `curriculum export ics <programme folder>` or `curriculum export html <programme folder>`.',
    ],
    ['no folder', ['export', 'ics'], '`curriculum export ics` takes exactly one programme folder.'],
    ['two folders', ['export', 'html', 'nordlys', 'with-error'], '`curriculum export html` takes exactly one programme folder.'],
    [
      'a folder with no programme',
      ['export', 'ics', 'no-programme'],
      'no-programme holds no programme: no Markdown file in it has `type: programme`.',
    ],
    ['a folder that does not exist', ['export', 'html', 'findes-ikke'], 'Cannot read findes-ikke: there is no such file or folder.'],
    ['-o without a file name', ['export', 'ics', 'nordlys', '-o'], '-o needs the name of the file to write, like `-o programme.ics`.'],
    ['-o with another command', ['check', 'nordlys', '-o', 'x.txt'], 'Unknown option -o. Run `curriculum --help` to see the options.'],
  ];
  for (const [what, args, reason] of refusals) {
    it(`exits 2 with a one-line reason for ${what}`, async () => {
      assert.deepEqual(await run(args), { stdout: '', stderr: `curriculum: ${reason}\n`, status: 2 });
    });
  }

  it('exits 2 when the file cannot be written', async () => {
    const target = path.join(scratch, 'no-such-folder', 'x.ics');
    assert.deepEqual(await run(['export', 'ics', 'nordlys', '-o', target]), {
      stdout: '',
      stderr: `curriculum: Cannot write ${target}: ENOENT.\n`,
      status: 2,
    });
  });

  it('gives its reasons in the language asked for (--locale, else LANG)', async () => {
    assert.deepEqual(await run(['export', 'pdf', 'nordlys', '--locale', 'sv']), {
      stdout: '',
      stderr:
        'curriculum: Okänt exportformat pdf. Skriv `curriculum export ics <programmapp>` eller `curriculum export html <programmapp>`.\n',
      status: 2,
    });
    assert.deepEqual(await run(['export', 'ics', 'no-programme'], { LANG: 'da_DK.UTF-8' }), {
      stdout: '',
      stderr: 'curriculum: no-programme indeholder intet program: ingen Markdown-fil i den har `type: programme`.\n',
      status: 2,
    });
  });

  it('lists `export` in the usage, in every language', async () => {
    for (const [locale, line] of [
      ['en', '  curriculum export ics|html <programme folder> [-o file]'],
      ['da', '  curriculum export ics|html <programmappe> [-o fil]'],
      ['sv', '  curriculum export ics|html <programmapp> [-o fil]'],
    ] as const) {
      const result = await run(['--help', '--locale', locale]);
      assert.equal(result.status, 0);
      assert.ok(result.stdout.split('\n').includes(line), `${locale}: ${result.stdout}`);
    }
  });
});
