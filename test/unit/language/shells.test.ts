import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  buildProgrammeModel,
  countProblems,
  exportFileName,
  exportProgramme,
  idAt,
  isExportFormat,
  programmeAt,
  renameRefusal,
  layoutTimeline,
  worstSeverity,
} from '../../../src/core';
import { programmeToHtml, programmeToIcs } from '../../../src/core/export';
import { loadFolder } from '../helpers';

const root = path.join(__dirname, 'fixtures/prog').replace(/\\/g, '/');

/** The decisions the server and the CLI used to make themselves, now the core's. */
describe('core decisions shared by the shells', () => {
  const workspace = loadFolder(root);

  describe('programmeAt', () => {
    it('finds the programme of a module file, of the programme folder, of a subfolder and of a trailing slash', () => {
      for (const given of [`${root}/seances/01-opstart.md`, root, `${root}/seances`, `${root}/seances/`, `${root}/programme.md`]) {
        assert.equal(programmeAt(workspace, given)?.folder, root, given);
      }
    });

    it('finds none above the programme, nor for a Markdown file outside it', () => {
      assert.equal(programmeAt(workspace, path.posix.dirname(root)), undefined);
      assert.equal(programmeAt(workspace, `${path.posix.dirname(root)}/other.md`), undefined);
    });
  });

  describe('renameRefusal', () => {
    const programme = programmeAt(workspace, root)!;
    const seance = idAt(workspace, `${root}/seances/01-opstart.md`, { line: 2, character: 5 })!.target;

    it('refuses an id with capitals or spaces, and one another seance or assignment has', () => {
      assert.deepEqual(renameRefusal(programme, seance, 'S01 Opstart'), { key: 'rename.invalid' });
      assert.deepEqual(renameRefusal(programme, seance, '-s01'), { key: 'rename.invalid' });
      assert.deepEqual(renameRefusal(programme, seance, 's02-forandring'), { key: 'rename.taken', args: { id: 's02-forandring' } });
    });

    it('allows a free id, the same id, and a track id for a seance (tracks are another kind)', () => {
      assert.equal(renameRefusal(programme, seance, 's01-kickoff'), undefined);
      assert.equal(renameRefusal(programme, seance, seance.id), undefined);
      assert.equal(renameRefusal(programme, seance, 'forandring'), undefined);
    });
  });

  describe('exportProgramme', () => {
    const model = buildProgrammeModel(programmeAt(workspace, root)!);
    it('calls the exporter of the format, as the CLI and the editor both did', () => {
      const now = new Date('2027-01-01T00:00:00Z');
      assert.equal(exportProgramme(model, 'ics', { now }), programmeToIcs(model, { now }));
      assert.equal(exportProgramme(model, 'html'), programmeToHtml(model, layoutTimeline(model)));
      assert.equal(exportFileName(model, 'ics'), 'lederforloeb-2027.ics');
    });
    it('knows its formats and nothing else', () => {
      assert.deepEqual(['ics', 'html', 'pdf', 'ICS', undefined].map(isExportFormat), [true, true, false, false, false]);
    });
  });

  describe('problem counts and severity', () => {
    const problems = [
      { severity: 'hint' },
      { severity: 'warning' },
      { severity: 'error' },
      { severity: 'information' },
      { severity: 'error' },
    ] as const;
    it('counts errors, warnings and the others', () => {
      assert.deepEqual(countProblems(problems), { errors: 2, warnings: 1, others: 2 });
      assert.deepEqual(countProblems([]), { errors: 0, warnings: 0, others: 0 });
    });
    it('ranks the most serious severity first', () => {
      assert.equal(worstSeverity(problems), 'error');
      assert.equal(worstSeverity([{ severity: 'hint' }, { severity: 'information' }]), 'information');
      assert.equal(worstSeverity([]), undefined);
    });
  });
});
