import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('assignment-due-too-late', () => {
  it('flags assignments due after the next seance of their track', () => {
    const fx = fixture('assignment-due-too-late', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        // Given at s01 (track forandring); the next forandring seance is s03, not s04.
        file: 'assignments/a01-feedback.md',
        code: 'assignment-due-too-late',
        severity: 'warning',
        range: [5, 5, 5, 19],
        message:
          'The assignment is due on 2027-06-10, after the next seance of its track, `s03-strategi` on 2027-05-12. Make it due at or before that seance.',
      },
      {
        // Homework given at no seance: due at or before the first seance of its track.
        file: 'assignments/a02-interview.md',
        code: 'assignment-due-too-late',
        severity: 'warning',
        range: [5, 5, 5, 17],
        message:
          'The assignment is due on 2027-05-12, after the next seance of its track, `s01-opstart` on 2027-03-11. Make it due at or before that seance.',
      },
      {
        file: 'assignments/a03-plan.md',
        code: 'assignment-due-too-late',
        severity: 'warning',
        range: [5, 5, 5, 15],
        message:
          'The assignment is due on 2027-05-20, after the next seance of its track, `s03-strategi` on 2027-05-12. Make it due at or before that seance.',
      },
      {
        // Given at the last seance: the programme's last day is the limit.
        file: 'assignments/a04-evaluering.md',
        code: 'assignment-due-too-late',
        severity: 'warning',
        range: [5, 5, 5, 15],
        message: 'The assignment is due on 2027-06-30, after the programme ends on 2027-06-25.',
      },
    ]);
  });

  it('is quiet when due at the next seance of the track (skipping other tracks), homework at the first one, a date on that day', () => {
    const fx = fixture('assignment-due-too-late', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('speaks Danish and Swedish', () => {
    const fx = fixture('assignment-due-too-late', 'fail');
    assert.equal(
      plainProblems(fx.workspace, fx.root, 'da')[3]?.message,
      'Opgaven har frist 2027-06-30, efter programmet slutter 2027-06-25.',
    );
    assert.equal(
      plainProblems(fx.workspace, fx.root, 'sv')[3]?.message,
      'Uppgiften har tidsfrist 2027-06-30, efter att programmet slutar 2027-06-25.',
    );
    assert.equal(
      plainProblems(fx.workspace, fx.root, 'da')[0]?.message,
      'Opgaven har frist 2027-06-10, efter sporets næste seance, `s03-strategi` 2027-05-12. Sæt fristen til den seance eller tidligere.',
    );
    assert.equal(
      plainProblems(fx.workspace, fx.root, 'sv')[0]?.message,
      'Uppgiften har tidsfrist 2027-06-10, efter spårets nästa seans, `s03-strategi` 2027-05-12. Sätt tidsfristen till den seansen eller tidigare.',
    );
  });
});
