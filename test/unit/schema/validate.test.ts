import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatMessage, parseFile, type Locale, type ParsedFile } from '../../../src/core';
import { plain, type PlainProblem } from '../helpers';

const fixtures = path.join(__dirname, 'fixtures');

function parseFixture(name: string): ParsedFile {
  const file = path.join(fixtures, name);
  return parseFile(file, readFileSync(file, 'utf8'));
}

/** The problems of a fixture, flattened for exact comparison. */
function problemsOf(name: string, locale: Locale = 'en'): PlainProblem[] {
  return parseFixture(name).problems.map((problem) => plain(problem, fixtures, locale));
}

/** The fixes of a fixture's problems: title in words and each edit as [l0, c0, l1, c1, newText]. */
function fixesOf(name: string, locale: Locale = 'en') {
  return parseFixture(name).problems.map((problem) =>
    (problem.fixes ?? []).map((fix) => ({
      title: formatMessage(fix.title, locale),
      edits: fix.edits.map((e) => [e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character, e.newText]),
    })),
  );
}

const problem = (file: string, code: string, severity: string, range: [number, number, number, number], message: string): PlainProblem => ({
  file,
  code,
  severity,
  range,
  message,
});

describe('schema: missing-key', () => {
  it('reports a missing root key at the opening `---`, with an example', () => {
    assert.deepEqual(problemsOf('missing-key.md'), [
      problem(
        'missing-key.md',
        'missing-key',
        'error',
        [0, 0, 0, 3],
        '`title` is missing. Add a line like `title: Feedback i ledelseskæden`.',
      ),
    ]);
  });

  it("offers to insert `key: example` as the header's last line, before the closing `---`", () => {
    assert.deepEqual(fixesOf('missing-key.md'), [[{ title: 'Add `title`', edits: [[4, 0, 4, 0, 'title: Feedback i ledelseskæden\n']] }]]);
  });

  it("inserts with the file's own CRLF line breaks", () => {
    const parsed = parseFile('/p/s.md', '---\r\ntype: seance\r\nid: s01-opstart\r\ndate: 2027-03-11\r\n---\r\n');
    assert.deepEqual(
      parsed.problems.map((p) => [p.code, p.fixes?.map((f) => f.edits)]),
      [
        [
          'missing-key',
          [
            [
              {
                file: '/p/s.md',
                range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } },
                newText: 'title: Feedback i ledelseskæden\r\n',
              },
            ],
          ],
        ],
      ],
    );
  });

  it("reports a key missing inside a group of keys at the group's key", () => {
    assert.deepEqual(problemsOf('missing-key-nested.md'), [
      problem('missing-key-nested.md', 'missing-key', 'error', [5, 0, 5, 6], '`period` has no `end`. Add `end: 2027-06-25` to it.'),
    ]);
  });
});

describe('schema: unknown-key', () => {
  it('suggests the key that was meant, with a fix that renames it', () => {
    assert.deepEqual(problemsOf('unknown-key-suggest.md'), [
      problem('unknown-key-suggest.md', 'unknown-key', 'warning', [5, 0, 5, 7], 'Unknown key `locaton` — did you mean `location`?'),
    ]);
    assert.deepEqual(fixesOf('unknown-key-suggest.md'), [[{ title: 'Change to `location`', edits: [[5, 0, 5, 7, 'location']] }]]);
  });

  it('says a key with no likely meaning is ignored, without a fix', () => {
    assert.deepEqual(problemsOf('unknown-key.md'), [
      problem(
        'unknown-key.md',
        'unknown-key',
        'warning',
        [5, 0, 5, 6],
        'Unknown key `budget`. It is not used for a seance and will be ignored.',
      ),
    ]);
    assert.deepEqual(fixesOf('unknown-key.md'), [[]]);
  });
});

describe('schema: wrong-type', () => {
  it('says what kind of value is expected, at the value', () => {
    assert.deepEqual(problemsOf('wrong-type.md'), [
      problem('wrong-type.md', 'wrong-type', 'error', [5, 14, 5, 25], '`facilitators` must be a list (one `- item` a line, or `[a, b]`).'),
    ]);
  });
});

describe('schema: invalid-value', () => {
  it('lists the allowed values of an enum and suggests the closest, with a fix', () => {
    assert.deepEqual(problemsOf('invalid-value-enum.md'), [
      problem(
        'invalid-value-enum.md',
        'invalid-value',
        'error',
        [4, 10, 4, 12],
        '`language` must be one of: da, sv, en, nb, fi. Did you mean `da`?',
      ),
    ]);
    assert.deepEqual(fixesOf('invalid-value-enum.md'), [[{ title: 'Change to `da`', edits: [[4, 10, 4, 12, 'da']] }]]);
  });

  it('explains how an id is written', () => {
    assert.deepEqual(problemsOf('invalid-value-id.md'), [
      problem(
        'invalid-value-id.md',
        'invalid-value',
        'error',
        [2, 4, 2, 16],
        '`id` may contain only lower-case letters, digits and hyphens, like `s03-feedback`.',
      ),
    ]);
  });

  it('explains how an effort is written', () => {
    assert.deepEqual(problemsOf('invalid-value-effort.md'), [
      problem(
        'invalid-value-effort.md',
        'invalid-value',
        'error',
        [5, 8, 5, 15],
        '`effort` must be a number of hours or minutes, like `3h` or `90min`.',
      ),
    ]);
  });

  it('asks for a web address in `link`', () => {
    assert.deepEqual(problemsOf('invalid-value-uri.md'), [
      problem(
        'invalid-value-uri.md',
        'invalid-value',
        'error',
        [6, 6, 6, 32],
        '`link` must be a web address that starts with https:// or http://, like https://meet.example.org/room.',
      ),
    ]);
  });

  it('refuses an empty text, at its quotes', () => {
    assert.deepEqual(problemsOf('invalid-value-empty.md'), [
      problem('invalid-value-empty.md', 'invalid-value', 'error', [5, 10, 5, 12], '`location` must not be empty.'),
    ]);
  });

  it('asks for at least one track', () => {
    assert.deepEqual(problemsOf('invalid-value-min-items.md'), [
      problem('invalid-value-min-items.md', 'invalid-value', 'error', [6, 8, 6, 10], '`tracks` must list at least 1.'),
    ]);
  });
});

describe('schema: invalid-date', () => {
  it('reports a day that does not exist and a month that does not exist, each at its value', () => {
    assert.deepEqual(problemsOf('invalid-date.md'), [
      problem(
        'invalid-date.md',
        'invalid-date',
        'error',
        [4, 6, 4, 16],
        '`date` must be a real date written year-month-day, like 2027-03-11; `2027-02-30` is not.',
      ),
      problem(
        'invalid-date.md',
        'invalid-date',
        'error',
        [5, 10, 5, 20],
        '`end-date` must be a real date written year-month-day, like 2027-03-11; `2027-13-01` is not.',
      ),
    ]);
    assert.deepEqual(fixesOf('invalid-date.md'), [[], []]);
  });

  it('does not read a seance date that is not real', () => {
    const parsed = parseFixture('invalid-date.md');
    assert.equal(parsed.module?.type === 'seance' ? parsed.module.date : 'no seance', undefined);
  });
});

describe('schema: a key left without a value', () => {
  it('says the date or time is empty, rather than quoting an empty value', () => {
    const parsed = parseFile('/p/s.md', '---\ntype: seance\nid: s01\ntitle: Start\ndate:\ntime: { start: , end: "10:00" }\n---\n');
    assert.deepEqual(
      parsed.problems.map((p) => plain(p, '/p')),
      [
        problem('s.md', 'invalid-date', 'error', [4, 0, 4, 4], '`date` has no value. Write a date year-month-day, like 2027-03-11.'),
        problem(
          's.md',
          'invalid-time',
          'error',
          [5, 8, 5, 13],
          '`time.start` has no value. Write a time hours:minutes on the 24-hour clock, like 08:30.',
        ),
      ],
    );
  });
});

describe('schema: invalid-time', () => {
  it('reports `8.15` (a number to YAML) and offers `08:15`', () => {
    assert.deepEqual(problemsOf('invalid-time-number.md'), [
      problem(
        'invalid-time-number.md',
        'invalid-time',
        'error',
        [5, 15, 5, 19],
        '`time.start` must be a time on the 24-hour clock written hours:minutes, like 08:15; `8.15` is not.',
      ),
    ]);
    assert.deepEqual(fixesOf('invalid-time-number.md'), [[{ title: 'Change to `08:15`', edits: [[5, 15, 5, 19, '08:15']] }]]);
  });

  it('keeps the quotes of a quoted time in its fix', () => {
    assert.deepEqual(problemsOf('invalid-time-quoted.md'), [
      problem(
        'invalid-time-quoted.md',
        'invalid-time',
        'error',
        [5, 15, 5, 21],
        '`time.start` must be a time on the 24-hour clock written hours:minutes, like 08:15; `8:15` is not.',
      ),
      problem(
        'invalid-time-quoted.md',
        'invalid-time',
        'error',
        [5, 28, 5, 35],
        '`time.end` must be a time on the 24-hour clock written hours:minutes, like 08:15; `15.30` is not.',
      ),
    ]);
    assert.deepEqual(fixesOf('invalid-time-quoted.md'), [
      [{ title: 'Change to `"08:15"`', edits: [[5, 15, 5, 21, '"08:15"']] }],
      [{ title: "Change to `'15:30'`", edits: [[5, 28, 5, 35, "'15:30'"]] }],
    ]);
  });
});

describe('schema: messages in Danish and Swedish', () => {
  it('says a key is missing, and offers the fix, in Danish and Swedish', () => {
    assert.deepEqual(
      problemsOf('missing-key.md', 'da').map((p) => p.message),
      ['`title` mangler. Tilføj en linje som `title: Feedback i ledelseskæden`.'],
    );
    assert.deepEqual(
      problemsOf('missing-key.md', 'sv').map((p) => p.message),
      ['`title` saknas. Lägg till en rad som `title: Feedback i ledelseskæden`.'],
    );
    assert.deepEqual(
      fixesOf('missing-key.md', 'da')[0]?.map((f) => f.title),
      ['Tilføj `title`'],
    );
    assert.deepEqual(
      fixesOf('missing-key.md', 'sv')[0]?.map((f) => f.title),
      ['Lägg till `title`'],
    );
  });

  it('suggests a key in Danish and Swedish', () => {
    assert.deepEqual(
      problemsOf('unknown-key-suggest.md', 'da').map((p) => p.message),
      ['Ukendt nøgle `locaton` — mente du `location`?'],
    );
    assert.deepEqual(
      problemsOf('unknown-key-suggest.md', 'sv').map((p) => p.message),
      ['Okänd nyckel `locaton` — menade du `location`?'],
    );
  });

  it('explains a time in Danish and Swedish', () => {
    assert.deepEqual(
      problemsOf('invalid-time-number.md', 'da').map((p) => p.message),
      ['`time.start` skal være et klokkeslæt på 24-timersuret skrevet timer:minutter, som 08:15; `8.15` er det ikke.'],
    );
    assert.deepEqual(
      problemsOf('invalid-time-number.md', 'sv').map((p) => p.message),
      ['`time.start` ska vara en tid på 24-timmarsklockan skriven timmar:minuter, som 08:15; `8.15` är inte det.'],
    );
  });

  it('puts the expected kind of value into words of the same language', () => {
    assert.deepEqual(
      problemsOf('wrong-type.md', 'da').map((p) => p.message),
      ['`facilitators` skal være en liste (ét `- punkt` pr. linje, eller `[a, b]`).'],
    );
    assert.deepEqual(
      problemsOf('wrong-type.md', 'sv').map((p) => p.message),
      ['`facilitators` ska vara en lista (en `- punkt` per rad, eller `[a, b]`).'],
    );
  });
});
