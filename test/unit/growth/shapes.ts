/**
 * The nastiest inputs found for each entry point, built at any size n: the shapes that made the
 * checker, the exports or the server grow faster than their input before it was mended.
 * Each returns the files of a workspace, as paths relative to its folder and their texts.
 */

export type Files = [file: string, text: string][];

export const programme = (tracks: readonly string[], title = 'Lederforløb'): string =>
  `---\ntype: programme\nid: lederforloeb\ntitle: ${title}\nlanguage: da\nperiod: { start: 2027-01-04, end: 2027-12-17 }\ntracks:\n${tracks
    .map((id) => `  - { id: ${id}, title: Spor ${id} }`)
    .join('\n')}\n---\n`;

export interface SeanceShape {
  track?: string;
  date?: string;
  title?: string;
  facilitators?: string;
  header?: string;
  body?: string;
}

export const seance = (i: number, shape: SeanceShape = {}): string =>
  `---\ntype: seance\nid: s${i}\ntitle: ${shape.title ?? `Seance ${i}`}\ntrack: ${shape.track ?? 'samskabelse'}\ndate: ${shape.date ?? '2027-03-01'}\n` +
  `time: { start: "09:00", end: "15:00" }\n${shape.facilitators ? `facilitators: [${shape.facilitators}]\n` : ''}${shape.header ?? ''}---\n${shape.body ?? ''}`;

export const assignment = (i: number, shape: { track?: string; given?: string; due?: string } = {}): string =>
  `---\ntype: assignment\nid: a${i}\ntitle: Opgave ${i}\n${shape.track ? `track: ${shape.track}\n` : ''}${shape.given ? `given: ${shape.given}\n` : ''}due: ${shape.due ?? '2027-06-01'}\n---\n`;

/** The i-th weekday from 2027-01-04, cycling through the programme's year. */
export const weekday = (i: number): string => {
  const week = Math.floor(i / 5) % 48;
  return new Date(Date.UTC(2027, 0, 4 + week * 7 + (i % 5))).toISOString().slice(0, 10);
};

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const one = (shape: SeanceShape): Files => [
  ['programme.md', programme(['samskabelse'])],
  ['seances/s1.md', seance(1, shape)],
];

/** A seance header with n keys no module uses. */
export const unknownKeys = (n: number): Files =>
  one({
    header: range(n)
      .map((i) => `noegle-${i}: ${i}\n`)
      .join(''),
  });

/** n keys no module uses inside a group of keys (`period:`), so that every path is two keys deep. */
export const unknownNestedKeys = (n: number): Files => [
  [
    'programme.md',
    programme(['samskabelse']).replace(
      /period: .*\n/,
      `period:\n  start: 2027-01-04\n  end: 2027-12-17\n${range(n)
        .map((i) => `  noegle-${i}: ${i}\n`)
        .join('')}`,
    ),
  ],
];

/** A key written n times on one line of a group in braces: n duplicate-key errors on one line. */
export const duplicateKeysOnOneLine = (n: number): Files =>
  one({
    header: `goals: {${range(n)
      .map(() => 'a: 1')
      .join(', ')}}\n`,
  });

/** n facilitators that are numbers, not names: a wrong-type error at each list item. */
export const wrongTypeItems = (n: number): Files =>
  one({
    header: `goals:\n${range(n)
      .map((i) => `  - ${i}\n`)
      .join('')}`,
  });

/** An agenda of n items whose times go back and forth: every second item is out of order. */
export const zigzagAgenda = (n: number): Files =>
  one({
    body: `## Agenda\n${range(n)
      .map((i) => `- ${i % 2 ? '14:00' : '10:00'} Punkt ${i} (plenum)\n`)
      .join('')}`,
  });

/** The same with one item without a time, so that no sort fix is offered. */
export const zigzagAgendaNoFix = (n: number): Files =>
  one({
    body: `## Agenda\n- Ankomst\n${range(n)
      .map((i) => `- ${i % 2 ? '14:00' : '10:00'} Punkt ${i}\n`)
      .join('')}`,
  });

/** A seance title of n short words. */
export const wordyTitle = (n: number): Files =>
  one({
    title: range(n)
      .map((i) => `ord${i % 10}`)
      .join(' '),
  });

/** A programme of n tracks, and n seances each naming a track it does not declare. */
export const unknownTracks = (n: number): Files => [
  ['programme.md', programme(range(n).map((i) => `spor-${i}`))],
  ...range(n).map((i): [string, string] => [`seances/s${i}.md`, seance(i, { track: `track-${i}x`, date: weekday(i) })]),
];

/** n seances, and n assignments each given at a seance that does not exist. */
export const unknownSeances = (n: number): Files => [
  ['programme.md', programme(['samskabelse'])],
  ...range(n).map((i): [string, string] => [`seances/s${i}.md`, seance(i, { date: weekday(i) })]),
  ...range(n).map((i): [string, string] => [`assignments/a${i}.md`, assignment(i, { given: `seance-${i}-x` })]),
];

/** n seances of one track, and n assignments of another track given at the first seance, due late. */
export const lateAssignments = (n: number): Files => [
  ['programme.md', programme(['samskabelse', 'forandring'])],
  ...range(n).map((i): [string, string] => [`seances/s${i}.md`, seance(i, { date: weekday(i) })]),
  ...range(n).map((i): [string, string] => [
    `assignments/a${i}.md`,
    assignment(i, { given: 's0', track: 'forandring', due: '2027-12-10' }),
  ]),
];

/** n seances at the same time with the same facilitator: every seance overlaps and double-books. */
export const sameFacilitator = (n: number): Files => [
  ['programme.md', programme(['samskabelse'])],
  ...range(n).map((i): [string, string] => [`seances/s${i}.md`, seance(i, { facilitators: 'Procesleder' })]),
];

/** n programmes of one seance each, every one booking the same facilitator at the same time. */
export const manyProgrammes = (n: number): Files =>
  range(n).flatMap((i): Files => [
    [`p${i}/programme.md`, programme(['samskabelse'])],
    [`p${i}/seances/s1.md`, seance(1, { facilitators: 'Procesleder' })],
  ]);

/** n seances, each on its own day, each with n / 10 assignments overlapping in time: the timeline stacks bars. */
export const overlappingAssignments = (n: number): Files => [
  ['programme.md', programme(['samskabelse'])],
  ['seances/s0.md', seance(0, { date: '2027-01-04' })],
  ...range(n).map((i): [string, string] => [
    `assignments/a${i}.md`,
    assignment(i, { given: 's0', track: 'samskabelse', due: weekday(200 + (i % 20)) }),
  ]),
];

/** n tracks, each with one seance and one assignment: lanes, colours and keys of the exports. */
export const manyTracks = (n: number): Files => [
  ['programme.md', programme(range(n).map((i) => `spor-${i}`))],
  ...range(n).map((i): [string, string] => [`seances/s${i}.md`, seance(i, { track: `spor-${i}`, date: weekday(i) })]),
  ...range(n).map((i): [string, string] => [
    `assignments/a${i}.md`,
    assignment(i, { given: `s${i}`, track: `spor-${i}`, due: weekday(i + 5) }),
  ]),
];

/** One seance with an agenda of n timed items (the calendar's description, the export's table). */
export const longAgenda = (n: number): Files =>
  one({
    body: `## Agenda\n${range(n)
      .map((i) => `- ${String(9 + Math.floor((i * 6) / n)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} Punkt ${i} (plenum)\n`)
      .join('')}`,
  });

/** n seances, each with an agenda of 20 items, and n assignments over the weeks: `curriculum summary` and the workload rule. */
export const summarised = (n: number): Files => [
  ['programme.md', programme(['samskabelse'])],
  ...range(n).map((i): [string, string] => [
    `seances/s${i}.md`,
    seance(i, {
      date: weekday(i),
      body: `## Agenda\n${range(20)
        .map(
          (j) =>
            `- ${String(9 + Math.floor(j / 4)).padStart(2, '0')}:${String((j % 4) * 15).padStart(2, '0')} Punkt ${j} (${['oplæg', 'grupper', 'øvelse', 'pause'][j % 4]})\n`,
        )
        .join('')}`,
    }),
  ]),
  ...range(n).map((i): [string, string] => [
    `assignments/a${i}.md`,
    assignment(i, { given: `s${i}`, track: 'samskabelse', due: '2027-12-10' })
      .replace('---\n\n', '')
      .replace(/\n---\n$/, '\neffort: 3h\n---\n'),
  ]),
];

/** Agenda items whose titles are n spaces, braces or full stops long: the learning type mark and the end words. */
export const hostileTitles = (n: number): Files =>
  one({
    body: `## Agenda\n- 08:00 {a${' '.repeat(n)}x\n- 09:00 Slut${'.'.repeat(n)}x\n- 10:00 a${' '.repeat(n)}x\n- 11:00 ${'{a '.repeat(n / 3)}!\n`,
  });
