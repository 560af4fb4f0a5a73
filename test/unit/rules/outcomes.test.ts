import * as assert from 'node:assert/strict';
import { completionsAt, formatMessage, hoverAt, idAt, normalisePath, renameEdits, renameRefusal } from '../../../src/core';
import { plainProblems } from '../helpers';
import { applyEdits } from './edits';
import { fixture, onlyFix, problemsWithCode, range } from './support';

const LOCALES = ['en', 'da', 'sv'] as const;

/** The messages of one code in a fixture, in English, Danish and Swedish. */
function messages(folder: string, code: string): string[][] {
  const fx = fixture(folder, 'fail');
  return LOCALES.map((locale) =>
    plainProblems(fx.workspace, fx.root, locale)
      .filter((p) => p.code === code)
      .map((p) => p.message),
  );
}

describe('unknown-outcome', () => {
  it('flags a misspelt outcome id with a suggestion, and an unknown one with the list of outcomes', () => {
    const fx = fixture('unknown-outcome', 'fail');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'assignments/a01-feedback.md',
        code: 'unknown-outcome',
        severity: 'error',
        range: [4, 43, 4, 50],
        message: 'There is no learning outcome `trivsel` in this programme. Its outcomes are: giv-feedback, lede-samskabelse.',
      },
      {
        file: 'seances/02-feedback.md',
        code: 'unknown-outcome',
        severity: 'error',
        range: [5, 11, 5, 24],
        message: 'There is no learning outcome `giv-feedbak` in this programme — did you mean `giv-feedback`?',
      },
    ]);
  });

  it('is quiet when every outcome is declared, by the programme or by a track', () => {
    const fx = fixture('unknown-outcome', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });

  it('replaces a misspelt outcome id inside its quotes, and the fixed file is quiet', () => {
    const fx = fixture('unknown-outcome', 'fail');
    const file = fx.file('seances/02-feedback.md');
    const fix = onlyFix(problemsWithCode(fx, 'seances/02-feedback.md', 'unknown-outcome')[0]);
    assert.deepStrictEqual(fix, {
      title: { key: 'fix.replace', args: { text: 'giv-feedback' } },
      edits: [{ file: normalisePath(file), range: range(5, 12, 5, 23), newText: 'giv-feedback' }],
    });
    const mended = applyEdits(fx.text('seances/02-feedback.md'), fix.edits);
    assert.equal(mended, fx.text('seances/02-feedback.md').replace('"giv-feedbak"', '"giv-feedback"'));
    fx.workspace.update(file, mended);
    assert.deepStrictEqual(problemsWithCode(fx, 'seances/02-feedback.md', 'unknown-outcome'), []);
  });

  it('says that the programme declares no outcomes when it has none', () => {
    const fx = fixture('unknown-outcome', 'fail');
    const programme = fx.file('programme.md');
    const text = fx.text('programme.md');
    fx.workspace.update(programme, text.slice(0, text.indexOf('    outcomes:')) + text.slice(text.indexOf('---\nEt lille')));
    const [problem] = problemsWithCode(fx, 'assignments/a01-feedback.md', 'unknown-outcome');
    assert.ok(problem);
    assert.deepStrictEqual(
      LOCALES.map((locale) => formatMessage(problem.message, locale)),
      [
        'There is no learning outcome `giv-feedback`: the programme declares none. Declare it under `outcomes` in the programme or in a track.',
        'Der er intet læringsmål `giv-feedback`: programmet erklærer ingen. Erklær det under `outcomes` i programmet eller i et spor.',
        'Det finns inget lärandemål `giv-feedback`: programmet deklarerar inga. Deklarera det under `outcomes` i programmet eller i ett spår.',
      ],
    );
  });

  it('speaks Danish and Swedish', () => {
    assert.deepStrictEqual(messages('unknown-outcome', 'unknown-outcome').slice(1), [
      [
        'Der er intet læringsmål `trivsel` i dette program. Dets læringsmål er: giv-feedback, lede-samskabelse.',
        'Der er intet læringsmål `giv-feedbak` i dette program — mente du `giv-feedback`?',
      ],
      [
        'Det finns inget lärandemål `trivsel` i det här programmet. Dess lärandemål är: giv-feedback, lede-samskabelse.',
        'Det finns inget lärandemål `giv-feedbak` i det här programmet — menade du `giv-feedback`?',
      ],
    ]);
  });
});

describe('outcome-not-taught', () => {
  it('flags the id of an outcome that no seance addresses, in three languages', () => {
    const fx = fixture('outcome-not-taught', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root).map((p) => [p.file, p.code, p.severity, p.range]),
      [['programme.md', 'outcome-not-taught', 'warning', [10, 14, 10, 30]]],
    );
    assert.deepStrictEqual(messages('outcome-not-taught', 'outcome-not-taught'), [
      [
        'No seance addresses the learning outcome `lede-samskabelse`. Add `lede-samskabelse` to the `outcomes` of the seance where it is taught, or remove the outcome.',
      ],
      [
        'Ingen seance arbejder med læringsmålet `lede-samskabelse`. Tilføj `lede-samskabelse` til `outcomes` på den seance, hvor det undervises, eller fjern læringsmålet.',
      ],
      [
        'Ingen seans arbetar med lärandemålet `lede-samskabelse`. Lägg till `lede-samskabelse` i `outcomes` på den seans där det tas upp, eller ta bort lärandemålet.',
      ],
    ]);
  });

  it('is quiet when every outcome is addressed', () => {
    const fx = fixture('outcome-not-taught', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });
});

describe('outcome-not-practised', () => {
  it('flags the id of an outcome that no assignment practises, in three languages', () => {
    const fx = fixture('outcome-not-practised', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root).map((p) => [p.file, p.code, p.severity, p.range]),
      [['programme.md', 'outcome-not-practised', 'warning', [10, 14, 10, 30]]],
    );
    assert.deepStrictEqual(messages('outcome-not-practised', 'outcome-not-practised'), [
      [
        'No assignment lets the leaders practise the learning outcome `lede-samskabelse` at work. Add `lede-samskabelse` to the `outcomes` of an assignment, or give one for it.',
      ],
      [
        'Ingen opgave lader lederne øve læringsmålet `lede-samskabelse` i deres arbejde. Tilføj `lede-samskabelse` til `outcomes` på en opgave, eller giv en opgave til det.',
      ],
      [
        'Ingen uppgift låter ledarna öva lärandemålet `lede-samskabelse` i sitt arbete. Lägg till `lede-samskabelse` i `outcomes` på en uppgift, eller ge en uppgift för det.',
      ],
    ]);
  });

  it('is quiet when every outcome is practised', () => {
    const fx = fixture('outcome-not-practised', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });
});

describe('assignment-without-outcome', () => {
  it('flags the id of an assignment that serves no outcome, in three languages', () => {
    const fx = fixture('assignment-without-outcome', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root).map((p) => [p.file, p.code, p.severity, p.range]),
      [['assignments/a02-refleksion.md', 'assignment-without-outcome', 'warning', [2, 4, 2, 18]]],
    );
    assert.deepStrictEqual(messages('assignment-without-outcome', 'assignment-without-outcome'), [
      ['This assignment serves no learning outcome. Say which it practises with `outcomes: [giv-feedback]`.'],
      ['Denne opgave tjener intet læringsmål. Skriv, hvilke den øver, med `outcomes: [giv-feedback]`.'],
      ['Den här uppgiften tjänar inget lärandemål. Skriv vilka den övar med `outcomes: [giv-feedback]`.'],
    ]);
  });

  it('is quiet when every assignment serves an outcome, and in a programme without outcomes', () => {
    assert.deepStrictEqual(plainProblems(fixture('assignment-without-outcome', 'pass').workspace, ''), []);
    const fx = fixture('programme-without-outcomes', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });
});

describe('programme-without-outcomes', () => {
  it('informs on the programme id when seances state goals and the programme no outcomes, in three languages', () => {
    const fx = fixture('programme-without-outcomes', 'fail');
    assert.deepStrictEqual(
      plainProblems(fx.workspace, fx.root).map((p) => [p.file, p.code, p.severity, p.range]),
      [['programme.md', 'programme-without-outcomes', 'information', [2, 4, 2, 24]]],
    );
    assert.deepStrictEqual(messages('programme-without-outcomes', 'programme-without-outcomes'), [
      [
        'This programme states no learning outcomes, though its seances state goals (1 of 2). State the outcomes under `outcomes`, each with an id, so that seances and assignments can say which they serve.',
      ],
      [
        'Dette program har ingen læringsmål, selv om dets seancer har mål (1 af 2). Skriv læringsmålene under `outcomes`, hvert med et id, så seancer og opgaver kan sige, hvilke de tjener.',
      ],
      [
        'Det här programmet har inga lärandemål, fast dess seanser har mål (1 av 2). Skriv lärandemålen under `outcomes`, vart och ett med ett id, så att seanser och uppgifter kan säga vilka de tjänar.',
      ],
    ]);
  });

  it('leaves a programme with neither goals nor outcomes alone (a theme day drafted without them)', () => {
    const fx = fixture('programme-without-outcomes', 'pass');
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), []);
  });
});

describe('outcome ids in the editor', () => {
  const fx = fixture('outcome-not-practised', 'fail');
  const seance = fx.file('seances/02-feedback.md');
  const programme = fx.file('programme.md');
  const at = (line: number, start: number, end: number) => range(line, start, line, end);

  it('completes the programme’s and the tracks’ outcomes in a flow list', () => {
    const entries = completionsAt(fx.workspace, seance, { line: 5, character: 13 }, '2027-01-01');
    assert.deepStrictEqual(entries, [
      {
        label: 'giv-feedback',
        kind: 'outcome',
        insertText: 'giv-feedback',
        snippet: false,
        range: at(5, 11, 23),
        detail: 'Give feedback på tværs',
      },
      {
        label: 'lede-samskabelse',
        kind: 'outcome',
        insertText: 'lede-samskabelse',
        snippet: false,
        range: at(5, 11, 23),
        detail: 'Lede samskabelse med borgere',
      },
    ]);
  });

  it('completes outcomes in a block list item', () => {
    fx.workspace.update(seance, fx.text('seances/02-feedback.md').replace('outcomes: [giv-feedback]', 'outcomes:\n  - le'));
    try {
      const entries = completionsAt(fx.workspace, seance, { line: 6, character: 6 }, '2027-01-01');
      assert.deepStrictEqual(
        entries.map((e) => [e.label, e.range]),
        [
          ['giv-feedback', at(6, 4, 6)],
          ['lede-samskabelse', at(6, 4, 6)],
        ],
      );
    } finally {
      fx.workspace.update(seance, fx.text('seances/02-feedback.md'));
    }
  });

  it('shows on hover what an outcome is, where it is taught and that nothing practises it, in Danish', () => {
    const hover = hoverAt(fx.workspace, programme, { line: 10, character: 20 }, 'da');
    assert.deepStrictEqual(hover, {
      markdown: [
        '**Lede samskabelse med borgere** `lede-samskabelse`',
        'Spor: Samskabelse (samskabelse)',
        'Bloom-niveau: anvende',
        'Undervises på: 2027-03-11 Opstart',
        'Ingen opgave øver det endnu.',
      ].join('  \n'),
      range: at(10, 14, 30),
    });
    const english = hoverAt(fx.workspace, seance, { line: 5, character: 14 }, 'en');
    assert.equal(
      english?.markdown,
      [
        '**Give feedback på tværs** `giv-feedback`',
        'Bloom level: apply · Action verb: give feedback',
        'Taught at: 2027-03-11 Opstart; 2027-04-08 Feedback',
        'Practised in: Giv feedback på tværs (`a01-feedback`)',
      ].join('  \n'),
    );
  });

  it('finds the declaration and every use of an outcome, and renames them all', () => {
    const found = idAt(fx.workspace, seance, { line: 5, character: 14 });
    assert.ok(found);
    assert.deepStrictEqual(
      found.occurrences.map((o) => [
        fx.workspace.programmeOf(seance)!.relative(o.file),
        o.declaration,
        o.range.start.line,
        o.range.start.character,
      ]),
      [
        ['programme.md', true, 12, 10],
        ['seances/01-opstart.md', false, 5, 11],
        ['seances/02-feedback.md', false, 5, 11],
        ['assignments/a01-feedback.md', false, 4, 11],
      ],
    );
    assert.equal(renameEdits(found.occurrences, 'feedback').length, 4);
    const context = fx.workspace.programmeOf(seance)!;
    assert.deepStrictEqual(renameRefusal(context, found.target, 'lede-samskabelse'), {
      key: 'rename.taken',
      args: { id: 'lede-samskabelse' },
    });
    assert.equal(renameRefusal(context, found.target, 's01-opstart'), undefined);
  });
});
