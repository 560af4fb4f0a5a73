import * as assert from 'node:assert/strict';
import { plainProblems } from '../helpers';
import { fixture } from './support';

describe('week-over-workload', () => {
  // a01: 9 h from Fri 2027-03-12 (week 10) to Tue 2027-03-23 (week 12), 3 h a week. a02: 3 h from
  // Fri 2027-03-12 to Thu 2027-03-18 (week 11), 1.5 h a week. Weeks 10 and 11: 4.5 h; week 12: 3 h.
  it('flags, on the effort of the assignment that asks the most, the weeks over 4 hours', () => {
    const fx = fixture('week-over-workload', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'assignments/01-forandringsplan.md',
        code: 'week-over-workload',
        severity: 'warning',
        range: [6, 8, 6, 10],
        message:
          'In week 10 (from Monday 2027-03-08) and 1 more week(s), the practice assignments ask up to 4.5 h beside the seances, more than the limit of 4 h a week; this assignment asks 3 h of it. Give it more weeks or less effort.',
      },
    ]);
  });

  it('names one week when only one is over, an assignment due the day after it is given', () => {
    // 300 min due the next day: all of it in week 10.
    const fx = fixture('week-over-workload', 'single');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'assignments/01-interview.md',
        code: 'week-over-workload',
        severity: 'warning',
        range: [6, 8, 6, 14],
        message:
          'In week 10 (from Monday 2027-03-08), the practice assignments ask 5 h beside the seances, more than the limit of 4 h a week; this assignment asks 5 h of it. Give it more weeks or less effort.',
      },
    ]);
  });

  it('follows the limit of the setting: quiet at 5 h, all three weeks at 2 h', () => {
    const fx = fixture('week-over-workload', 'fail');
    fx.workspace.setWeeklyPracticeLimit(300);
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
    fx.workspace.setWeeklyPracticeLimit(120);
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root).map((p) => p.message),
      [
        'In week 10 (from Monday 2027-03-08) and 2 more week(s), the practice assignments ask up to 4.5 h beside the seances, more than the limit of 2 h a week; this assignment asks 3 h of it. Give it more weeks or less effort.',
      ],
    );
    fx.workspace.setWeeklyPracticeLimit(undefined);
    assert.equal(plainProblems(fx.workspace, fx.root).length, 1);
  });

  it('speaks Danish and Swedish, with their decimal comma and week words', () => {
    const fx = fixture('week-over-workload', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'da').map((p) => p.message),
      [
        'I uge 10 (fra mandag 2027-03-08) og 1 uge(r) mere kræver praksisopgaverne op til 4,5 t ud over seancerne, mere end grænsen på 4 t om ugen; denne opgave kræver 3 t af det. Giv den flere uger eller mindre tidsforbrug.',
      ],
    );
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root, 'sv').map((p) => p.message),
      [
        'Under vecka 10 (från måndag 2027-03-08) och 1 vecka/veckor till kräver praktikuppgifterna upp till 4,5 tim utöver seanserna, mer än gränsen på 4 tim i veckan; den här uppgiften kräver 3 tim av det. Ge den fler veckor eller mindre tidsåtgång.',
      ],
    );
  });
});
