import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { problemCodes } from '../../../src/core';
import { loadFolder, plainProblems } from '../helpers';

const samples = path.join(__dirname, '../../../samples');
const clean = [
  'fremtidens-lederuddannelse',
  'faxe-leder-og-laeringsakademi',
  'varde-lederseminar',
  'soroe-temadag-feedback',
  'kommunens-ledarstig',
];

/**
 * Varde's agenda is written as the seminar printed it (`Kl 8.15:`): no mistake, only the hint
 * that offers to write its times as 08:15, on the first time of the agenda (`curriculum check` leaves hints out).
 */
const VARDE_HINTS = [[26, 2, 26, 7, '08:00']].map(([line, from, toLine, to, time]) => ({
  code: 'agenda-time-notation',
  file: 'seances/01-lederseminar.md',
  message: `This time is read as ${time}. A quick fix writes every time of this agenda as hours:minutes, like ${time}.`,
  range: [line, from, toLine, to],
  severity: 'hint',
}));

describe('samples', () => {
  for (const name of clean) {
    it(`${name} checks clean`, () => {
      const folder = path.join(samples, name);
      assert.deepEqual(plainProblems(loadFolder(folder), folder), name === 'varde-lederseminar' ? VARDE_HINTS : []);
    });
  }

  it('the five samples check clean together (facilitators are compared across programmes)', () => {
    const workspace = loadFolder(samples);
    const outside = plainProblems(workspace, samples).filter((p) => !p.file.startsWith('mistakes/'));
    assert.deepEqual(
      outside,
      VARDE_HINTS.map((hint) => ({ ...hint, file: `varde-lederseminar/${hint.file}` })),
    );
  });

  describe('mistakes', () => {
    const folder = path.join(samples, 'mistakes');
    const problems = plainProblems(loadFolder(folder), folder);

    it('holds every problem code the checker knows', () => {
      const found = new Set(problems.map((p) => p.code));
      assert.deepEqual(
        problemCodes.map((c) => c.code).filter((code) => !found.has(code)),
        [],
      );
    });

    it('has a README whose table names the places the checker reports, and no other', () => {
      const readme = readFileSync(path.join(folder, 'README.md'), 'utf8');
      const rows = [...readme.matchAll(/^\| `([a-z-]+)` \| (.+?) \|/gm)].flatMap(([, code, files]) =>
        [...files!.matchAll(/`([^`]+):(\d+)`/g)].map(([, file, line]) => `${code} ${file}:${line}`),
      );
      const reported = [...new Set(problems.map((p) => `${p.code} ${p.file}:${p.range[0] + 1}`))];
      assert.deepEqual([...rows].sort(), reported.sort());
    });
  });
});
