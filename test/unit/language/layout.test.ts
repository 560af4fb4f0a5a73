import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { buildProgrammeModel } from '../../../src/core';
import { layoutTimeline } from '../../../src/core/timeline/layout';
import { loadFolder } from '../helpers';
import { addDays } from '../../../src/core/dates';

describe('timeline layout', () => {
  const root = path.join(__dirname, 'fixtures/prog');
  const model = buildProgrammeModel(loadFolder(root).programmeContexts()[0]!);
  const copy = <T>(value: T): T => structuredClone(value);

  it('spans the programme period with months, ISO weeks, weekends and Danish holidays', () => {
    const layout = layoutTimeline(model, { today: '2027-01-14' });
    assert.equal(layout.start, '2027-01-11');
    assert.equal(layout.end, '2027-06-25');
    assert.equal(layout.days, 166);
    assert.deepEqual(
      layout.months.map((m) => [m.month, m.offset, m.length]),
      [
        [1, 0, 21],
        [2, 21, 28],
        [3, 49, 31],
        [4, 80, 30],
        [5, 110, 31],
        [6, 141, 25],
      ],
    );
    assert.deepEqual(layout.weeks.slice(0, 2), [
      { week: 2, offset: 0, length: 7 },
      { week: 3, offset: 7, length: 7 },
    ]);
    assert.equal(layout.weeks.length, 24);
    assert.deepEqual(layout.shaded.slice(0, 2), [
      { date: '2027-01-16', offset: 5, kind: 'weekend' },
      { date: '2027-01-17', offset: 6, kind: 'weekend' },
    ]);
    assert.deepEqual(
      layout.shaded.filter((s) => s.kind === 'holiday').map((s) => [s.date, s.name]),
      [
        ['2027-03-25', 'Skærtorsdag'],
        ['2027-03-26', 'Langfredag'],
        ['2027-03-28', 'Påskedag'],
        ['2027-03-29', 'Anden påskedag'],
        ['2027-05-06', 'Kristi Himmelfartsdag'],
        ['2027-05-16', 'Pinsedag'],
        ['2027-05-17', 'Anden Pinsedag'],
      ],
    );
    assert.equal(layout.today, 3);
  });

  it('puts seances and assignment bars in their track lanes', () => {
    const layout = layoutTimeline(model);
    assert.deepEqual(
      layout.lanes.map((lane) => ({
        id: lane.id,
        colour: lane.colour,
        seances: lane.seances.map((s) => [s.id, s.offset, s.length, s.row]),
        seanceRows: lane.seanceRows,
        assignments: lane.assignments.map((a) => [a.id, a.offset, a.length, a.row]),
        rows: lane.rows,
      })),
      [
        {
          id: 'samskabelse',
          colour: 0,
          seances: [['s01-opstart', 3, 1, 0]],
          seanceRows: 1,
          assignments: [['a01-interview', 3, 19, 0]],
          rows: 1,
        },
        { id: 'forandring', colour: 1, seances: [['s02-forandring', 31, 1, 0]], seanceRows: 1, assignments: [], rows: 0 },
      ],
    );
    assert.equal(layout.today, undefined);
  });

  it('stacks seances of one track that share a day in rows of the lane, and keeps the days of each', () => {
    const stacked = copy(model);
    const first = stacked.seances[0]!;
    stacked.seances.push(
      { ...first, id: 's03-same-day', title: 'Samme dag', source: { ...first.source, file: 'seances/03.md' } },
      {
        ...first,
        id: 's04-two-days',
        title: 'To dage',
        endDate: addDays(first.date, 1),
        days: [
          { date: first.date, start: '08:00', end: '21:30' },
          { date: addDays(first.date, 1), start: '08:30', end: '12:00' },
        ],
        source: { ...first.source, file: 'seances/04.md' },
      },
      { ...first, id: 's05-next-week', date: addDays(first.date, 7), source: { ...first.source, file: 'seances/05.md' } },
    );
    const lane = layoutTimeline(stacked).lanes[0]!;
    assert.deepEqual(
      lane.seances.map((s) => [s.id, s.offset, s.length, s.row]),
      [
        ['s01-opstart', 3, 1, 0],
        ['s03-same-day', 3, 1, 1],
        ['s04-two-days', 3, 2, 2],
        ['s05-next-week', 10, 1, 0],
      ],
    );
    assert.equal(lane.seanceRows, 3);
    assert.deepEqual(lane.seances[2]!.days, [
      { date: '2027-01-14', start: '08:00', end: '21:30' },
      { date: '2027-01-15', start: '08:30', end: '12:00' },
    ]);
  });
});
