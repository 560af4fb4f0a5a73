import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';

// The hand-calculated programmes of test/unit/insight (their figures are worked out in summary.test.ts).
const fixtures = path.join(__dirname, '../insight/fixtures');
const run = (...args: string[]) => runCli(['summary', ...args], fixtures, {});

describe('curriculum summary', () => {
  it('prints the hours of a programme as text, in English', async () => {
    const result = await run('temadag');
    assert.equal(result.status, 0);
    assert.equal(result.stderr, '');
    assert.equal(
      result.stdout,
      [
        'Temadag om feedback i ledelseskæden (temadag)',
        '  In the room: 5.8 h in 1 seance(s), besides 0.5 h of breaks and 0.8 h of meals.',
        '  Practice at work between seances: 4.5 h, 44% of the learning time (70-20-10 puts most of it at work).',
        '  Learning types in the room:',
        '    acquisition: 2 h (35%)',
        '    practice: 1.3 h (22%)',
        '    inquiry: 1 h (17%)',
        '    production: 1 h (17%)',
        '    discussion: 0.5 h (9%)',
        '  Per seance:',
        '    2027-03-11 Feedback på tværs af niveauer: 5.8 h in the room',
        '      acquisition: 2 h (35%)',
        '      practice: 1.3 h (22%)',
        '      inquiry: 1 h (17%)',
        '      production: 1 h (17%)',
        '      discussion: 0.5 h (9%)',
        '  Per track:',
        '    Feedback på tværs: 5.8 h in the room, 4.5 h of practice (44% at work)',
        '  Per ISO week (seances + practice = workload):',
        '    Week 8 (2027-02-22): 0 h + 0.5 h = 0.5 h',
        '    Week 9 (2027-03-01): 0 h + 0.5 h = 0.5 h',
        '    Week 10 (2027-03-08): 5.8 h + 1.1 h = 6.9 h',
        '    Week 11 (2027-03-15): 0 h + 0.6 h = 0.6 h',
        '    Week 12 (2027-03-22): 0 h + 0.6 h = 0.6 h',
        '    Week 13 (2027-03-29): 0 h + 0.6 h = 0.6 h',
        '    Week 14 (2027-04-05): 0 h + 0.6 h = 0.6 h',
        '',
      ].join('\n'),
    );
  });

  it('speaks Danish, and names items without a time', async () => {
    assert.deepEqual((await run('temadag', '--locale', 'da')).stdout.split('\n').slice(1, 4), [
      '  I lokalet: 5,8 t på 1 seance(r), ud over 0,5 t pauser og 0,8 t måltider.',
      '  Praksis på arbejdet mellem seancerne: 4,5 t, 44 % af læringstiden (70-20-10 lægger det meste på arbejdet).',
      '  Læringstyper i lokalet:',
    ]);
    const seminarium = (await run('seminarium', '--locale', 'da')).stdout.split('\n');
    assert.ok(seminarium.includes('  1 punkt(er) på dagsordenen uden tid eller slut tælles ikke med.'), seminarium.join('\n'));
  });

  it('writes Markdown tables for a programme description, in Swedish', async () => {
    const result = await run('seminarium', '--format', 'markdown', '--locale', 'sv');
    assert.equal(
      result.stdout,
      [
        '## Ledarstig hösten 2027',
        '',
        'I rummet: 11,5 tim under 2 seans(er), utöver 0,5 tim pauser och 1 tim måltider.',
        'Praktik på arbetet mellan seanserna: 11,5 tim, 50 % av lärandetiden (70-20-10 lägger det mesta på arbetet).',
        '',
        '| Lärandetyp | Timmar | Andel |',
        '| --- | ---: | ---: |',
        '| tillägnande | 2,3 tim | 20 % |',
        '| undersökande | 1 tim | 9 % |',
        '| övning | 2 tim | 17 % |',
        '| produktion | 1,5 tim | 13 % |',
        '| diskussion | 2,8 tim | 24 % |',
        '| samarbete | 2 tim | 17 % |',
        '',
        '| Seans | Datum | I rummet | Pauser | Måltider |',
        '| --- | --- | ---: | ---: | ---: |',
        '| Internat om kreativitet | 2027-09-16 | 9,5 tim | 0,5 tim | 1 tim |',
        '| Konflikter i teamet | 2027-10-07 | 2 tim | 0 tim | 0 tim |',
        '',
        '| Spår | I rummet | Praktik | På arbetet |',
        '| --- | ---: | ---: | ---: |',
        '| Kreativitet och problemlösning | 9,5 tim | 10 tim | 51 % |',
        '| Konflikthantering | 2 tim | 1,5 tim | 43 % |',
        '',
        '| Vecka | Måndag | Seanser | Praktik | Arbetsbörda | |',
        '| ---: | --- | ---: | ---: | ---: | --- |',
        '| 37 | 2027-09-13 | 9,5 tim | 2,5 tim | 12 tim |  |',
        '| 38 | 2027-09-20 | 0 tim | 2,5 tim | 2,5 tim |  |',
        '| 39 | 2027-09-27 | 0 tim | 2,5 tim | 2,5 tim |  |',
        '| 40 | 2027-10-04 | 2 tim | 3,3 tim | 5,3 tim |  |',
        '| 41 | 2027-10-11 | 0 tim | 0,8 tim | 0,8 tim |  |',
        '',
      ].join('\n'),
    );
  });

  it('gives JSON of a stable shape, every programme under the paths, in folder order', async () => {
    const result = await run('.', '--format', 'json');
    const json = JSON.parse(result.stdout) as { programmes: Record<string, unknown>[] };
    assert.deepEqual(
      json.programmes.map((p) => Object.keys(p)),
      [
        ['folder', 'programme', 'weeklyPracticeLimit', 'total', 'seances', 'tracks', 'weeks'],
        ['folder', 'programme', 'weeklyPracticeLimit', 'total', 'seances', 'tracks', 'weeks'],
      ],
    );
    assert.deepEqual(
      json.programmes.map((p) => p.folder),
      ['seminarium', 'temadag'],
    );
    const [seminarium] = json.programmes as { weeks: Record<string, unknown>[]; total: Record<string, unknown> }[];
    assert.deepEqual(Object.keys(seminarium!.total), [
      'contact',
      'breaks',
      'meals',
      'byType',
      'practice',
      'practiceShare',
      'untimedItems',
      'assignmentsWithoutEffort',
    ]);
    assert.deepEqual(seminarium!.weeks[3], {
      week: '2027-W40',
      monday: '2027-10-04',
      contact: 120,
      breaks: 0,
      meals: 0,
      byType: { acquisition: 30, inquiry: 0, practice: 45, production: 0, discussion: 45, collaboration: 0, unclassified: 0 },
      practice: 195,
      practiceShare: 62,
      untimedItems: 0,
      assignmentsWithoutEffort: 0,
      workload: 315,
      overLimit: false,
      assignments: [
        { id: 'u01-uppdrag-tjanst', minutes: 90 },
        { id: 'u03-uppdrag-ideer', minutes: 60 },
        { id: 'u02-uppdrag-samtal', minutes: 45 },
      ],
    });
  });

  it('refuses a folder without a programme, and a format it does not write', async () => {
    assert.deepEqual(await runCli(['summary', 'seminarium/seances/../..', '--format', 'sarif'], fixtures, {}), {
      stdout: '',
      stderr: 'curriculum: --format must be one of: text, json, markdown.\n',
      status: 2,
    });
    const folder = mkdtempSync(path.join(tmpdir(), 'curriculum-summary-'));
    try {
      writeFileSync(path.join(folder, 'noter.md'), '# Noter\n');
      const none = await runCli(['summary', '.'], folder, {});
      assert.deepEqual(none, {
        stdout: '',
        stderr: 'curriculum: . holds no programme: no Markdown file in it has `type: programme`.\n',
        status: 2,
      });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
