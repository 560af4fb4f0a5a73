/** The edits of the no-data-loss tests, shared by the unit, protocol and VS Code tests: each on the rich programme. */

/**
 * One fix applied to one file of the rich programme: the problem is found by its code and line
 * (0-based), and the whole file must afterwards equal the fixture with `from` (found exactly once)
 * replaced by `to`, and nothing else changed.
 */
export interface FixCase {
  name: string;
  file: string;
  code: string;
  line: number;
  /** The fix's title in English, as the editor shows it. */
  title: string;
  from: string;
  to: string;
}

export const FIX_CASES: readonly FixCase[] = [
  {
    name: 'a misspelt key in single quotes keeps its quotes and its comment',
    file: 'seances/01-opstart.md',
    code: 'unknown-key',
    line: 4,
    title: 'Change to `title`',
    from: "'titel': 'Opstart",
    to: "'title': 'Opstart",
  },
  {
    name: 'a misspelt track in single quotes keeps its quotes',
    file: 'seances/01-opstart.md',
    code: 'unknown-track',
    line: 5,
    title: 'Change to `samskabelse`',
    from: "track: 'samskabelsee' #",
    to: "track: 'samskabelse' #",
  },
  {
    name: 'a Danish time in single quotes inside a flow map becomes 08:15 in the same quotes',
    file: 'seances/01-opstart.md',
    code: 'invalid-time',
    line: 7,
    title: "Change to `'08:15'`",
    from: "{ start: '8.15', end",
    to: "{ start: '08:15', end",
  },
  {
    name: 'a misspelt enum value in double quotes keeps its quotes',
    file: 'seances/01-opstart.md',
    code: 'invalid-value',
    line: 8,
    title: 'Change to `onsite`',
    from: 'mode: "onsit" #',
    to: 'mode: "onsite" #',
  },
  {
    name: 'an agenda time 9.15 becomes 09:15, and only that time',
    file: 'seances/01-opstart.md',
    code: 'agenda-time-notation',
    line: 17,
    title: 'Write the times as 08:15',
    from: '- 9.15 Kaffe',
    to: '- 09:15 Kaffe',
  },
  {
    name: 'the times of an agenda section written `Kl 8.15:` become 08:15; the text under an item and its speaker stay',
    file: 'seances/05-indrykket.md',
    code: 'agenda-time-notation',
    line: 12,
    title: 'Write the times as 08:15',
    from:
      '- Kl 8: Kaffe\n- Kl 8.15: Velkommen — Kommunaldirektør\n' +
      '  Kommunaldirektøren byder velkommen, kl. 8.15 og ikke før: `time: 8.15`.\n' +
      '- kl. 9-10.30 Grupper (grupper)\n- Kl Fælles mål\n- 11.45 Opsamling\n- Kl 12: Slut\n',
    to:
      '- 08:00 Kaffe\n- 08:15 Velkommen — Kommunaldirektør\n' +
      '  Kommunaldirektøren byder velkommen, kl. 8.15 og ikke før: `time: 8.15`.\n' +
      '- 09:00–10:30 Grupper (grupper)\n- Kl Fælles mål\n- 11:45 Opsamling\n- 12:00 Slut\n',
  },
  {
    name: 'a lone `Kl` without a time gets the time where the item before it ends',
    file: 'seances/05-indrykket.md',
    code: 'agenda-missing-time',
    line: 16,
    title: 'Start it at 10:30',
    from: '- Kl Fælles mål\n',
    to: '- 10:30 Fælles mål\n',
  },
  {
    name: 'a weekday that does not match its date is changed, and the date beside it stays',
    file: 'seances/05-indrykket.md',
    code: 'weekday-mismatch',
    line: 11,
    title: 'Change to `Torsdag`',
    from: '### Onsdag d. 3. juni',
    to: '### Torsdag d. 3. juni',
  },
  {
    name: 'the agenda is sorted with each item moved whole (its second line, its HTML comment); the list under Noter stays',
    file: 'seances/01-opstart.md',
    code: 'agenda-not-ascending',
    line: 17,
    title: 'Put the agenda in time order',
    from:
      '- 10:00 Oplæg: feedback (oplæg)\n  En linje mere under punktet, med track: samskabelsee.\n' +
      '- 9.15 Kaffe (pause)\n- 09:30 Velkommen (plenum) <!-- en kommentar -->\n',
    to:
      '- 9.15 Kaffe (pause)\n- 09:30 Velkommen (plenum) <!-- en kommentar -->\n' +
      '- 10:00 Oplæg: feedback (oplæg)\n  En linje mere under punktet, med track: samskabelsee.\n',
  },
  {
    name: 'a plain misspelt track keeps the spaces before its comment',
    file: 'seances/02-forandring.md',
    code: 'unknown-track',
    line: 4,
    title: 'Change to `forandring`',
    from: 'track: forandrng   #',
    to: 'track: forandring   #',
  },
  {
    name: 'a time YAML reads as a number, in a block map, becomes 09:00 with its comment',
    file: 'seances/02-forandring.md',
    code: 'invalid-time',
    line: 7,
    title: 'Change to `09:00`',
    from: '  start: 9.00 #',
    to: '  start: 09:00 #',
  },
  {
    name: 'a single-quoted time in a block map keeps its quotes',
    file: 'seances/02-forandring.md',
    code: 'invalid-time',
    line: 8,
    title: "Change to `'16:00'`",
    from: "  end: '16.00' #",
    to: "  end: '16:00' #",
  },
  {
    name: 'a list with blank lines between its items is sorted with the blank lines where they were',
    file: 'seances/02-forandring.md',
    code: 'agenda-not-ascending',
    line: 21,
    title: 'Put the agenda in time order',
    from: '- 11:00 Frokost (frokost)\n\n- 09:00 Velkommen (plenum)\n\n- 10:00–10:45 Gruppearbejde (grupper)\n',
    to: '- 09:00 Velkommen (plenum)\n\n- 10:00–10:45 Gruppearbejde (grupper)\n\n- 11:00 Frokost (frokost)\n',
  },
  {
    name: 'a missing title is added as the last line of the header, after its comment line',
    file: 'seances/03-seminar.md',
    code: 'missing-key',
    line: 0,
    title: 'Add `title`',
    from: '# the title is missing: the fix adds it below this comment\n---\n',
    to: '# the title is missing: the fix adds it below this comment\ntitle: Feedback i ledelseskæden\n---\n',
  },
  {
    name: 'the second day of a seminar is sorted, in a file with no line break at its end',
    file: 'seances/03-seminar.md',
    code: 'agenda-not-ascending',
    line: 15,
    title: 'Put the agenda in time order',
    from: '- 10:00 Pause (pause)\n- 08:30 Morgenmad (måltid)',
    to: '- 08:30 Morgenmad (måltid)\n- 10:00 Pause (pause)',
  },
  {
    name: 'a misspelt type in double quotes keeps its quotes; the same word in the body stays',
    file: 'seances/04-typo.md',
    code: 'invalid-value',
    line: 1,
    title: 'Change to `seance`',
    from: 'type: "seanse" #',
    to: 'type: "seance" #',
  },
  {
    name: 'a missing title in a header indented by two spaces is added with the same indentation',
    file: 'seances/05-indrykket.md',
    code: 'missing-key',
    line: 0,
    title: 'Add `title`',
    from: '  date: 2027-06-03\n---\n',
    to: '  date: 2027-06-03\n  title: Feedback i ledelseskæden\n---\n',
  },
  {
    name: 'a misspelt seance id in single quotes keeps its quotes; the same id in the body stays',
    file: 'assignments/01-feedback.md',
    code: 'unknown-seance',
    line: 5,
    title: 'Change to `s01-opstart`',
    from: "given: 's01-opstrat' #",
    to: "given: 's01-opstart' #",
  },
  {
    name: 'a plain misspelt seance id in `due` is changed, and only there',
    file: 'assignments/01-feedback.md',
    code: 'unknown-seance',
    line: 6,
    title: 'Change to `s02-forandring`',
    from: 'due: s02-forandrin #',
    to: 'due: s02-forandring #',
  },
  {
    name: 'a misspelt outcome id in double quotes in a flow list keeps its quotes and the next id',
    file: 'assignments/01-feedback.md',
    code: 'unknown-outcome',
    line: 8,
    title: 'Change to `giv-feedback`',
    from: '["giv-feedbak", lede',
    to: '["giv-feedback", lede',
  },
];

/**
 * A rename started on `at` (a file and a 0-based position) to `newName`. `changes` says, per file,
 * which text (found exactly once) becomes which; every other file must come out as it went in.
 */
export interface RenameCase {
  name: string;
  at: { file: string; line: number; character: number };
  newName: string;
  changes: Record<string, [from: string, to: string][]>;
}

export const RENAME_CASES: readonly RenameCase[] = [
  {
    name: 'a track id written five ways: plain in flow maps, plain in block maps, in double and in single quotes',
    at: { file: 'programme.md', line: 12, character: 10 },
    newName: 'laeringskultur',
    changes: {
      'programme.md': [['  - {id: laering, title', '  - {id: laeringskultur, title']],
      'seances/03-seminar.md': [['track: laering # plain', 'track: laeringskultur # plain']],
      'seances/05-indrykket.md': [['  track: "laering"', '  track: "laeringskultur"']],
      'seances/06-flow.md': [['track: laering, date', 'track: laeringskultur, date']],
      'assignments/02-seminar.md': [["track: 'laering'", "track: 'laeringskultur'"]],
    },
  },
  {
    name: 'a track id in double quotes in a flow map, from its declaration; a misspelt use of it is not touched',
    at: { file: 'programme.md', line: 9, character: 14 },
    newName: 'samskabelse-og-samarbejde',
    changes: {
      'programme.md': [['{ id: "samskabelse", title', '{ id: "samskabelse-og-samarbejde", title']],
      'assignments/01-feedback.md': [['track: "samskabelse" #', 'track: "samskabelse-og-samarbejde" #']],
    },
  },
  {
    name: 'a seance id, from a single-quoted reference; the id in the body text stays',
    at: { file: 'assignments/02-seminar.md', line: 6, character: 9 },
    newName: 's03-lederseminar',
    changes: {
      'seances/03-seminar.md': [['id: s03-seminar # plain', 'id: s03-lederseminar # plain']],
      'assignments/02-seminar.md': [["due: 's03-seminar' #", "due: 's03-lederseminar' #"]],
    },
  },
  {
    name: 'a seance id declared plain and given in double quotes',
    at: { file: 'seances/02-forandring.md', line: 2, character: 4 },
    newName: 's02-forandringsledelse',
    changes: {
      'seances/02-forandring.md': [['id: s02-forandring\n', 'id: s02-forandringsledelse\n']],
      'assignments/02-seminar.md': [['given: "s02-forandring" #', 'given: "s02-forandringsledelse" #']],
    },
  },
  {
    name: 'an outcome id from its double-quoted declaration: block, flow and quoted uses change; a misspelt use stays',
    at: { file: 'programme.md', line: 14, character: 12 },
    newName: 'giv-feedback-i-kaeden',
    changes: {
      'programme.md': [['{ id: "giv-feedback", text', '{ id: "giv-feedback-i-kaeden", text']],
      'seances/02-forandring.md': [["  - 'giv-feedback' #", "  - 'giv-feedback-i-kaeden' #"]],
      'seances/06-flow.md': [['outcomes: [giv-feedback]}', 'outcomes: [giv-feedback-i-kaeden]}']],
    },
  },
  {
    name: 'an outcome id from a single-quoted use in a flow list, declared in a block map',
    at: { file: 'assignments/02-seminar.md', line: 7, character: 14 },
    newName: 'lede-omstilling',
    changes: {
      'programme.md': [["  - id: 'lede-forandring' #", "  - id: 'lede-omstilling' #"]],
      'seances/02-forandring.md': [['  - lede-forandring # plain', '  - lede-omstilling # plain']],
      'assignments/01-feedback.md': [['"giv-feedbak", lede-forandring]', '"giv-feedbak", lede-omstilling]']],
      'assignments/02-seminar.md': [["outcomes: ['lede-forandring']", "outcomes: ['lede-omstilling']"]],
    },
  },
];
