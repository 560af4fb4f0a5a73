import * as assert from 'node:assert/strict';
import { formatMessage, normalisePath } from '../../../src/core';
import { plainProblems } from '../helpers';
import { applyEdits } from './edits';
import { fixture, onlyFix, problemsWithCode, range } from './support';

describe('agenda-not-ascending', () => {
  it('flags the time of the item that comes after a later one', () => {
    const fx = fixture('agenda-not-ascending', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-opstart.md',
        code: 'agenda-not-ascending',
        severity: 'warning',
        range: [13, 2, 13, 7],
        message: 'The item at 09:00 comes after an item at 09:15. Put the agenda in time order.',
      },
    ]);
  });

  it('is quiet when the agenda is in time order', () => {
    const fx = fixture('agenda-not-ascending', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('offers to reorder the list, moving whole items and nothing else', () => {
    const fx = fixture('agenda-not-ascending', 'fail');
    const file = fx.file('seances/01-opstart.md');
    const [problem] = problemsWithCode(fx, 'seances/01-opstart.md', 'agenda-not-ascending');
    assert.deepStrictEqual(problem?.fixes, [
      {
        title: { key: 'fix.sort-agenda' },
        edits: [
          {
            file: normalisePath(file),
            range: range(11, 0, 14, 13),
            newText: '- 08:30 Kaffe\n- 09:00 Velkommen (plenum)\n- 09:15 Oplæg om forandring (oplæg)\n- 10:30 Pause',
          },
        ],
      },
    ]);
    const fix = onlyFix(problem);
    assert.equal(formatMessage(fix.title), 'Put the agenda in time order');

    // The YAML comment, the HTML comment and the text after the list stay as they are: the mended
    // file is the passing fixture, byte for byte.
    const mended = applyEdits(fx.text('seances/01-opstart.md'), fix.edits);
    assert.equal(mended, fixture('agenda-not-ascending', 'pass').text('seances/01-opstart.md'));
    fx.workspace.update(file, mended);
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('keeps CRLF line ends when it reorders', () => {
    const fx = fixture('agenda-not-ascending', 'fail');
    const file = fx.file('seances/01-opstart.md');
    fx.workspace.update(file, fx.text('seances/01-opstart.md').replace(/\n/g, '\r\n'));
    const [problem] = problemsWithCode(fx, 'seances/01-opstart.md', 'agenda-not-ascending');
    assert.deepStrictEqual(problem?.range, range(13, 2, 13, 7));
    const fix = onlyFix(problem);
    assert.deepStrictEqual(
      fix.edits.map((edit) => [edit.range, edit.newText]),
      [[range(11, 0, 14, 13), '- 08:30 Kaffe\r\n- 09:00 Velkommen (plenum)\r\n- 09:15 Oplæg om forandring (oplæg)\r\n- 10:30 Pause']],
    );
    const mended = applyEdits(fx.workspace.get(file)!.text, fix.edits);
    assert.equal(mended, fixture('agenda-not-ascending', 'pass').text('seances/01-opstart.md').replace(/\n/g, '\r\n'));
  });

  it('speaks Danish and Swedish', () => {
    const fx = fixture('agenda-not-ascending', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'da').map((p) => p.message),
      ['Punktet kl. 09:00 står efter et punkt kl. 09:15. Sæt programmet i tidsrækkefølge.'],
    );
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'sv').map((p) => p.message),
      ['Punkten kl. 09:00 står efter en punkt kl. 09:15. Sätt programmet i tidsordning.'],
    );
  });

  describe('on a seance of two days with an agenda per day', () => {
    it('starts again on each dated day, and checks the time order within a day', () => {
      const fx = fixture('two-day-seminar', 'fail');
      const problems = plainProblems(fx.workspace, fx.root).filter((p) => p.code === 'agenda-not-ascending');
      // Friday 08:30 after Thursday 20:30 is a new day, not a step back in time.
      assert.deepStrictEqual(problems, [
        {
          file: 'seances/lederseminar.md',
          code: 'agenda-not-ascending',
          severity: 'warning',
          range: [20, 2, 20, 7],
          message: 'The item at 10:00 comes after an item at 10:15. Put the agenda in time order.',
        },
      ]);
    });

    it('reorders only the list of that day', () => {
      const fx = fixture('two-day-seminar', 'fail');
      const [problem] = problemsWithCode(fx, 'seances/lederseminar.md', 'agenda-not-ascending');
      const { edits } = onlyFix(problem);
      assert.deepStrictEqual(edits, [
        {
          file: normalisePath(fx.file('seances/lederseminar.md')),
          range: range(18, 0, 21, 26),
          newText: '- 08:30 Fra læring til mål (grupper)\n- 10:00 Pause\n- 10:15 Opsamling (plenum)\n- 12:15 Tak for denne gang',
        },
      ]);
      const before = fx.text('seances/lederseminar.md');
      const mended = applyEdits(before, edits);
      assert.equal(mended, before.replace('- 10:15 Opsamling (plenum)\n- 10:00 Pause\n', '- 10:00 Pause\n- 10:15 Opsamling (plenum)\n'));
      fx.workspace.update(fx.file('seances/lederseminar.md'), mended);
      assert.deepStrictEqual(problemsWithCode(fx, 'seances/lederseminar.md', 'agenda-not-ascending'), []);
    });
  });
});
