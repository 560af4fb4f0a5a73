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
          'The assignment is due on Thursday 10 June 2027, after the next seance of its track, `s03-strategi` on Wednesday 12 May 2027. Make it due at or before that seance.',
      },
      {
        // Homework given at no seance: due at or before the first seance of its track.
        file: 'assignments/a02-interview.md',
        code: 'assignment-due-too-late',
        severity: 'warning',
        range: [5, 5, 5, 17],
        message:
          'The assignment is due on Wednesday 12 May 2027, after the next seance of its track, `s01-opstart` on Thursday 11 March 2027. Make it due at or before that seance.',
      },
      {
        file: 'assignments/a03-plan.md',
        code: 'assignment-due-too-late',
        severity: 'warning',
        range: [5, 5, 5, 15],
        message:
          'The assignment is due on Thursday 20 May 2027, after the next seance of its track, `s03-strategi` on Wednesday 12 May 2027. Make it due at or before that seance.',
      },
      {
        // Given at the last seance: the programme's last day is the limit.
        file: 'assignments/a04-evaluering.md',
        code: 'assignment-due-too-late',
        severity: 'warning',
        range: [5, 5, 5, 15],
        message: 'The assignment is due on Wednesday 30 June 2027, after the programme ends on Friday 25 June 2027.',
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
      'Opgaven har frist onsdag den 30. juni 2027, efter programmet slutter fredag den 25. juni 2027.',
    );
    assert.equal(
      plainProblems(fx.workspace, fx.root, 'sv')[3]?.message,
      'Uppgiften har tidsfrist onsdag 30 juni 2027, efter att programmet slutar fredag 25 juni 2027.',
    );
    assert.equal(
      plainProblems(fx.workspace, fx.root, 'da')[0]?.message,
      'Opgaven har frist torsdag den 10. juni 2027, efter sporets næste seance, `s03-strategi` onsdag den 12. maj 2027. Sæt fristen til den seance eller tidligere.',
    );
    assert.equal(
      plainProblems(fx.workspace, fx.root, 'sv')[0]?.message,
      'Uppgiften har tidsfrist torsdag 10 juni 2027, efter spårets nästa seans, `s03-strategi` onsdag 12 maj 2027. Sätt tidsfristen till den seansen eller tidigare.',
    );
  });
});
