import * as assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../src/cli/main';
import { buildProgrammeModel, summariseProgramme, Workspace } from '../../../src/core';
import { programmeToHtml, programmeToIcs } from '../../../src/core/export';
import { layoutTimeline } from '../../../src/core/timeline/layout';
import { describeGrowth, growth, MAX_RATIO } from './growth';
import * as shapes from './shapes';
import type { Files } from './shapes';

/** A workspace of the files under /growth, every fault of a rule thrown. */
function workspaceOf(files: Files): Workspace {
  const workspace = new Workspace((error) => {
    throw error;
  });
  for (const [file, text] of files) workspace.update(`/growth/${file}`, text);
  return workspace;
}

/** The core's check: read every file, then every problem of every file. */
const check = (shape: (n: number) => Files) => (n: number) => {
  const files = shape(n);
  return () => workspaceOf(files).problems();
};

/** The problems asked file by file, as the server publishes them after an edit. */
const problemsFileByFile = (shape: (n: number) => Files) => (n: number) => {
  const workspace = workspaceOf(shape(n));
  workspace.problems();
  return () => {
    for (const file of workspace.paths()) workspace.problemsOf(file);
  };
};

const modelOf = (files: Files) => buildProgrammeModel(workspaceOf(files).programmeContexts()[0]!);
const html = (shape: (n: number) => Files) => (n: number) => {
  const model = modelOf(shape(n));
  return () => programmeToHtml(model, layoutTimeline(model));
};
const ics = (shape: (n: number) => Files) => (n: number) => {
  const model = modelOf(shape(n));
  return () => programmeToIcs(model, { now: new Date(Date.UTC(2027, 0, 1)) });
};

async function assertLinear(what: string, n: number, make: (n: number) => () => unknown): Promise<void> {
  const measured = await growth(n, make);
  console.log(`        (${describeGrowth(what, measured)})`);
  assert.ok(measured.ratio < MAX_RATIO, `${describeGrowth(what, measured)}: doubling the input more than doubled the work`);
}

describe('growth: doubling the input at most about doubles the work of the core', function () {
  this.timeout(60_000);

  describe('check', () => {
    const cases: [string, number, (n: number) => Files][] = [
      ['a header with n unknown keys', 4000, shapes.unknownKeys],
      ['a group of keys with n unknown keys', 3000, shapes.unknownNestedKeys],
      ['a key written n times on one line', 2000, shapes.duplicateKeysOnOneLine],
      ['a list of n values of the wrong type', 2000, shapes.wrongTypeItems],
      ['an agenda of n items out of time order', 1000, shapes.zigzagAgenda],
      ['an agenda of n items out of time order, without a sort fix', 6000, shapes.zigzagAgendaNoFix],
      ['a seance title of n words', 10000, shapes.wordyTitle],
      ['n tracks and n seances naming unknown tracks', 300, shapes.unknownTracks],
      ['n seances and n assignments given at unknown seances', 150, shapes.unknownSeances],
      ['n seances and n assignments due after the next seance of their track', 200, shapes.lateAssignments],
      ['n seances at one time with one facilitator', 100, shapes.sameFacilitator],
      ['n programmes booking one facilitator at one time', 80, shapes.manyProgrammes],
      ['an agenda of n items', 2000, shapes.longAgenda],
      ['n seances with agendas and n assignments with effort (week-over-workload)', 100, shapes.summarised],
    ];
    for (const [what, n, shape] of cases) it(what, () => assertLinear(what, n, check(shape)));

    it('n seances with one facilitator at one time, asked file by file', () =>
      assertLinear('problemsOf, file by file', 600, problemsFileByFile(shapes.sameFacilitator)));

    it('the command line, over n seances on disk', async () => {
      const root = mkdtempSync(path.join(tmpdir(), 'curriculum-growth-'));
      try {
        await assertLinear('curriculum check', 150, (n) => {
          const folder = path.join(root, String(n));
          for (const [file, text] of shapes.sameFacilitator(n)) {
            mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
            writeFileSync(path.join(folder, file), text);
          }
          return () => runCli(['check', folder, '--format', 'json']);
        });
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  });

  describe('summary', () => {
    it('n seances with agendas and n assignments: the sums of every programme', () =>
      assertLinear('summary', 100, (n) => {
        const workspace = workspaceOf(shapes.summarised(n));
        return () => summariseProgramme(buildProgrammeModel(workspace.programmeContexts()[0]!));
      }));

    it('an agenda of n items', () =>
      assertLinear('summary: an agenda of n items', 2000, (n) => {
        const model = modelOf(shapes.longAgenda(n));
        return () => summariseProgramme(model);
      }));

    it('agenda titles of n spaces, braces or full stops', () =>
      assertLinear('summary: hostile titles', 20000, (n) => {
        const files = shapes.hostileTitles(n);
        return () => summariseProgramme(buildProgrammeModel(workspaceOf(files).programmeContexts()[0]!));
      }));

    it('the command line, over n seances and assignments on disk', async () => {
      const root = mkdtempSync(path.join(tmpdir(), 'curriculum-growth-'));
      try {
        await assertLinear('curriculum summary', 50, (n) => {
          const folder = path.join(root, String(n));
          for (const [file, text] of shapes.summarised(n)) {
            mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
            writeFileSync(path.join(folder, file), text);
          }
          return () => runCli(['summary', folder, '--format', 'json']);
        });
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  });

  describe('export html', () => {
    const cases: [string, number, (n: number) => Files][] = [
      ['a seance title of n words', 1500, shapes.wordyTitle],
      ['n tracks, each with a seance and an assignment', 200, shapes.manyTracks],
      ['n assignments overlapping in time', 1000, shapes.overlappingAssignments],
      ['n seances and n assignments given at unknown seances', 200, shapes.unknownSeances],
      ['an agenda of n items', 2000, shapes.longAgenda],
    ];
    for (const [what, n, shape] of cases) it(what, () => assertLinear(`html: ${what}`, n, html(shape)));
  });

  describe('export ics', () => {
    const cases: [string, number, (n: number) => Files][] = [
      ['n tracks, each with a seance', 200, shapes.manyTracks],
      ['an agenda of n items', 2000, shapes.longAgenda],
      ['a seance title of n words', 5000, shapes.wordyTitle],
      ['n seances at one time', 100, shapes.sameFacilitator],
    ];
    for (const [what, n, shape] of cases) it(what, () => assertLinear(`ics: ${what}`, n, ics(shape)));
  });
});
