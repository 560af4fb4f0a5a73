import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildProgrammeModel, organisationWords, summariseProgramme, type ProgrammeModel } from '../../../src/core';
import { effortMinutes, itemTimes, practiceWeeks, timeKindOf, weekKey } from '../../../src/core/insight';
import { loadFolder } from '../helpers';

const FIXTURES = path.join(__dirname, 'fixtures');

function modelOf(name: string): ProgrammeModel {
  const [context] = loadFolder(path.join(FIXTURES, name)).programmeContexts();
  return buildProgrammeModel(context!);
}

/** Minutes by learning type, in the order of the summary, unclassified last. */
function types(acquisition: number, inquiry: number, practice: number, production: number, discussion: number, collaboration: number) {
  return { acquisition, inquiry, practice, production, discussion, collaboration, unclassified: 0 };
}

describe('learning time (insight)', () => {
  describe('the theme day (temadag): one day, a preparation and an assignment after', () => {
    const summary = summariseProgramme(modelOf('temadag'));

    it('gives each agenda item its time and learning type', () => {
      // Each item lasts to the next one's time; the last gives its own end (15:00–15:30).
      const items = itemTimes(modelOf('temadag').seances[0]!).map((item) => [item.minutes, item.kind]);
      assert.deepEqual(items, [
        [15, 'break'], //        08:30 Kaffe (pause)
        [30, 'acquisition'], //  08:45 Velkommen og formål (plenum)
        [60, 'acquisition'], //  09:15 Oplæg (oplæg)
        [15, 'break'], //        10:15 Pause — the title's first word
        [60, 'inquiry'], //      10:30 Dilemmaer … (case)
        [45, 'meal'], //         11:30 Frokost (frokost)
        [75, 'practice'], //     12:15 Feedbacksamtaler (øvelse)
        [30, 'discussion'], //   13:30 Hvad tager jeg med? (refleksion) — no format, a learning-type word
        [60, 'production'], //   14:00 Plan for næste skridt {production} — explicit
        [30, 'acquisition'], //  15:00–15:30 Afrunding (plenum)
      ]);
    });

    it('sums the seance and the programme by hand', () => {
      // Contact: 30 + 60 + 60 + 75 + 30 + 60 + 30 = 345 min (5 h 45); breaks 15 + 15; a meal of 45.
      // Acquisition 30 + 60 + 30 = 120; inquiry 60; practice 75; production 60; discussion 30.
      // Practice at work: 90 min preparation + 3 h after = 270 min; 270 / (270 + 345) = 43.9 % → 44.
      assert.deepEqual(summary.total, {
        contact: 345,
        breaks: 30,
        meals: 45,
        byType: types(120, 60, 75, 60, 30, 0),
        practice: 270,
        practiceShare: 44,
        untimedItems: 0,
        assignmentsWithoutEffort: 0,
      });
      assert.deepEqual(
        summary.seances.map((s) => [s.id, s.contact, s.practice]),
        [['s01-temadag', 345, 0]],
      );
      assert.deepEqual(
        summary.tracks.map((t) => [t.id, t.title, t.contact, t.practice, t.practiceShare]),
        [['feedback', 'Feedback på tværs', 345, 270, 44]],
      );
    });

    it('spreads the effort over the ISO weeks between given and due', () => {
      // a00 (90 min, not given at a seance, due Thu 2027-03-11): the fortnight before, 2027-02-25 (W08)
      // to 2027-03-10 (W10): 3 weeks × 30 min. a01 (3 h, given Thu 2027-03-11, due Thu 2027-04-08):
      // Fri 2027-03-12 (W10) to Wed 2027-04-07 (W14): 5 weeks × 36 min.
      // W10 also has the day: 345 contact + 30 + 36 practice = 411 min.
      assert.deepEqual(
        summary.weeks.map((w) => [w.week, w.monday, w.contact, w.practice, w.workload, w.overLimit]),
        [
          ['2027-W08', '2027-02-22', 0, 30, 30, false],
          ['2027-W09', '2027-03-01', 0, 30, 30, false],
          ['2027-W10', '2027-03-08', 345, 66, 411, false],
          ['2027-W11', '2027-03-15', 0, 36, 36, false],
          ['2027-W12', '2027-03-22', 0, 36, 36, false],
          ['2027-W13', '2027-03-29', 0, 36, 36, false],
          ['2027-W14', '2027-04-05', 0, 36, 36, false],
        ],
      );
      // Assignments in the model's order: by due date.
      assert.deepEqual(summary.weeks[2]!.assignments, [
        { id: 'a00-forberedelse', minutes: 30 },
        { id: 'a01-feedback-i-praksis', minutes: 36 },
      ]);
    });

    it("takes the organisation's own words before the built-in ones, and drops unknown types", () => {
      const words = organisationWords({ Refleksion: 'collaboration', oplæg: 'nonsense', kaffe: 42 });
      assert.deepEqual(words, Object.assign(Object.create(null) as object, { refleksion: 'collaboration' }));
      const own = summariseProgramme(modelOf('temadag'), { words });
      // The 30 min of (refleksion) move from discussion to collaboration; (oplæg) stays acquisition.
      assert.deepEqual(own.total.byType, types(120, 60, 75, 60, 0, 30));
    });
  });

  describe('the residential seminar (seminarium): two days, two tracks, one online meeting', () => {
    const summary = summariseProgramme(modelOf('seminarium'));

    it('sums each seance by hand, day by day', () => {
      // Thursday (heading kl. 9–17): Välkommen 30 acq, föredrag 60 acq, Fika 15 break, övning 75
      // practice, lunch 60 meal, grupparbete 120 collaboration, reflektion 60 discussion, Studiebesök
      // 60 inquiry (to the day's end, 17:00), Middag no time (untimed). Friday (header end 12:00):
      // workshop 90 production, paus 15, samtal 60 discussion, Avslutning 15 acq (to "Kl 12: Slut",
      // which takes none). Contact 405 + 165 = 570.
      // Online meeting: {diskussion} 15, föredrag 30 acq, (grupper) {övning} 45 practice (the explicit
      // type wins), 14:30–15:00 reflektion 30 discussion: 120.
      assert.deepEqual(
        summary.seances.map((s) => [s.id, s.contact, s.breaks, s.meals, s.untimedItems, s.byType]),
        [
          ['s01-internat', 570, 30, 60, 1, types(105, 60, 75, 90, 120, 120)],
          ['s02-konflikt', 120, 0, 0, 0, types(30, 0, 45, 0, 45, 0)],
        ],
      );
    });

    it('sums per track and for the programme, the 70-20-10 share included', () => {
      // kreativitet: 570 contact; u01 6 h + u03 4 h = 600 practice; 600 / 1170 = 51.3 % → 51.
      // konflikt: 120 contact; u02 1,5 h = 90; 90 / 210 = 42.9 % → 43. All: 690 and 690 → 50 %.
      assert.deepEqual(
        summary.tracks.map((t) => [t.id, t.contact, t.practice, t.practiceShare]),
        [
          ['kreativitet', 570, 600, 51],
          ['konflikt', 120, 90, 43],
        ],
      );
      assert.deepEqual(
        [summary.total.contact, summary.total.practice, summary.total.practiceShare, summary.total.byType],
        [690, 690, 50, types(135, 60, 120, 90, 165, 120)],
      );
    });

    it('gives the workload of each ISO week and flags a week over the limit', () => {
      // u01 6 h and u03 4 h: Fri 2027-09-17 (W37) to Wed 2027-10-06 (W40), 4 weeks × (90 + 60).
      // u02 1,5 h: Fri 2027-10-08 (W40) to Thu 2027-10-14 (W41), 2 weeks × 45.
      // W40: 90 + 60 + 45 = 195 min practice, over a limit of 3 h (180) and under the default 4 h.
      const limited = summariseProgramme(modelOf('seminarium'), { weeklyPracticeLimit: 180 });
      assert.deepEqual(
        limited.weeks.map((w) => [w.week, w.contact, w.practice, w.workload, w.overLimit]),
        [
          ['2027-W37', 570, 150, 720, false],
          ['2027-W38', 0, 150, 150, false],
          ['2027-W39', 0, 150, 150, false],
          ['2027-W40', 120, 195, 315, true],
          ['2027-W41', 0, 45, 45, false],
        ],
      );
      assert.deepEqual(
        summary.weeks.map((w) => w.overLimit),
        [false, false, false, false, false],
      );
      assert.equal(summary.weeklyPracticeLimit, 240);
    });

    it('sums per learning outcome through the grouping it is given', () => {
      // o1: both seances (570 + 120 contact); o2: the online meeting and u01 (6 h = 360).
      const outcomes: Record<string, string[]> = { 's01-internat': ['o1'], 's02-konflikt': ['o1', 'o2'], 'u01-uppdrag-tjanst': ['o2'] };
      const grouped = summariseProgramme(modelOf('seminarium'), {
        outcomesOf: (item) => outcomes[item.kind === 'seance' ? item.seance.id : item.assignment.id] ?? [],
        outcomeTitles: new Map([['o1', 'Leda kreativt arbete']]),
      });
      assert.deepEqual(
        grouped.outcomes?.map((o) => [o.id, o.title, o.contact, o.practice]),
        [
          ['o1', 'Leda kreativt arbete', 690, 0],
          ['o2', 'o2', 120, 360],
        ],
      );
      assert.equal(summary.outcomes, undefined);
    });

    it('sums per learning outcome that the model states, and counts a seance of two tracks in both', () => {
      // The same grouping as above, written in the model as the headers would: o1 on both seances
      // (570 + 120), o2 on the online meeting and u01 (120 contact, 6 h = 360 practice).
      const model = modelOf('seminarium');
      model.outcomes = [
        { id: 'o1', text: 'Leda kreativt arbete', seances: [], assignments: [], source: model.source },
        { id: 'o2', seances: [], assignments: [], source: model.source },
      ];
      model.seances.find((s) => s.id === 's01-internat')!.outcomes = ['o1'];
      const online = model.seances.find((s) => s.id === 's02-konflikt')!;
      online.outcomes = ['o1', 'o2'];
      model.assignments.find((a) => a.id === 'u01-uppdrag-tjanst')!.outcomes = ['o2'];
      const before = summariseProgramme(modelOf('seminarium')).tracks.map((t) => [t.id, t.contact]);
      // The online meeting (120 min in the room) serves a second track as well: a track of its own here.
      online.tracks = [online.track!, 'extra'];
      model.tracks.push({ id: 'extra', title: 'Extra', source: model.source });
      const grouped = summariseProgramme(model);
      assert.deepEqual(
        grouped.outcomes?.map((o) => [o.id, o.title, o.contact, o.practice]),
        [
          ['o1', 'Leda kreativt arbete', 690, 0],
          ['o2', 'o2', 120, 360],
        ],
      );
      assert.deepEqual(
        grouped.tracks.map((t) => [t.id, t.contact]),
        [...before, ['extra', 120]],
      );
    });
  });

  describe('the pieces', () => {
    it('reads effort as the schema writes it and as people write it', () => {
      assert.deepEqual(
        ['3h', '1.5h', '1,5 h', '90min', '2 timer', '3 timmar', '2-3 timer', '1 t 30 min', 'a while', '', undefined].map(effortMinutes),
        [180, 90, 90, 90, 120, 180, 150, 90, undefined, undefined, undefined],
      );
    });

    it('derives learning types in Danish, Swedish, Norwegian and English', () => {
      const kind = (formatWord: string) => timeKindOf({ formatWord, title: 'X' });
      assert.deepEqual(
        [
          'oplæg',
          'presentation',
          'grupper',
          'gruppearbejde',
          'grupp',
          'øvelse',
          'övning',
          'case',
          'refleksion',
          'gruppearbeid',
          'fika',
        ].map(kind),
        [
          'acquisition',
          'acquisition',
          'discussion',
          'collaboration',
          'discussion',
          'practice',
          'practice',
          'inquiry',
          'discussion',
          'collaboration',
          'break',
        ],
      );
      assert.equal(timeKindOf({ title: 'Constructor' }), 'unclassified');
      assert.equal(timeKindOf({ title: 'Slut' }), 'end');
      assert.equal(timeKindOf({ title: 'Oplæg', learningType: 'samarbejde' }), 'collaboration');
    });

    it('numbers ISO weeks by the week-year, and spreads a same-day assignment into its week', () => {
      assert.deepEqual(['2027-01-03', '2027-01-04', '2026-12-31', '2026-12-28'].map(weekKey), [
        '2026-W53',
        '2027-W01',
        '2026-W53',
        '2026-W53',
      ]);
      assert.deepEqual(practiceWeeks({ startDate: '2027-03-11', dueDate: '2027-03-11' }), ['2027-03-08']);
      assert.deepEqual(practiceWeeks({ startDate: '2027-03-11', dueDate: '2027-03-12' }), ['2027-03-08']);
      assert.deepEqual(practiceWeeks({ startDate: '2027-03-11', dueDate: '2027-03-10' }), []);
      assert.deepEqual(practiceWeeks({}), []);
    });
  });
});
