import * as assert from 'node:assert/strict';
import { formatMessage, LOCALES, parseFile } from '../../../src/core';

/** YAML's own marks in a header: each problem says what is wrong, at the mark (issue 14). */

const seance = (lines: string): string => `---\ntype: seance\nid: s01\n${lines}\n---\n`;

/** Each problem as code, range and its text in English, Danish and Swedish. */
function problemsOf(text: string): [string, number[], string[]][] {
  return parseFile('/p/s01.md', text).problems.map((p) => [
    p.code,
    [p.range.start.line, p.range.start.character, p.range.end.line, p.range.end.character],
    LOCALES.map((locale) => formatMessage(p.message, locale)),
  ]);
}

describe('schema: YAML aliases and tags say what is wrong (issue 14)', () => {
  it('reports an alias whose anchor is never set as that, not as too many aliases', () => {
    assert.deepEqual(problemsOf(seance('title: *missing\ndate: 2027-03-11')), [
      [
        'yaml-syntax',
        [3, 7, 3, 15],
        [
          '`*missing` repeats a value marked `&missing`, but no value above it is marked so. Mark the value with `&missing`, or write the value out here.',
          '`*missing` gentager en værdi markeret `&missing`, men ingen værdi ovenfor er markeret sådan. Markér værdien med `&missing`, eller skriv værdien ud her.',
          '`*missing` upprepar ett värde märkt `&missing`, men inget värde ovanför är märkt så. Märk värdet med `&missing`, eller skriv ut värdet här.',
        ],
      ],
    ]);
  });

  it('reads an alias whose anchor is set above it, and reports one whose anchor comes only after it', () => {
    assert.deepEqual(problemsOf(seance('title: &name Opstart\nlocation: *name\ndate: 2027-03-11')), []);
    assert.deepEqual(
      problemsOf(seance('location: *name\ntitle: &name Opstart\ndate: 2027-03-11')).map(([code, range]) => [code, range]),
      [['yaml-syntax', [3, 10, 3, 15]]],
    );
  });

  it('still reports an alias bomb as too many aliases', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
    ];
    assert.deepEqual(
      problemsOf(seance(`title: T\ndate: 2027-03-11\n${bomb.join('\n')}`)).map(([code, range, [en]]) => [code, range, en]),
      [
        [
          'yaml-syntax',
          [6, 7, 6, 9],
          'The header repeats aliases (`*name`) too many times to be read safely. Write the values out instead.',
        ],
      ],
    );
  });

  it('reports `!!timestamp` on a date as the mark it is, over the mark and the date, not as a date that is not real', () => {
    assert.deepEqual(problemsOf(seance('title: Opstart\ndate: !!timestamp 2027-03-11')), [
      [
        'invalid-date',
        [4, 6, 4, 28],
        [
          '`date` is marked `!!timestamp`, a mark that a header does not read. Remove `!!timestamp` and write only the value.',
          '`date` er markeret med `!!timestamp`, et mærke, som et hoved ikke læser. Fjern `!!timestamp`, og skriv kun værdien.',
          '`date` är märkt med `!!timestamp`, ett märke som ett huvud inte läser. Ta bort `!!timestamp` och skriv bara värdet.',
        ],
      ],
    ]);
  });

  it('reports a mark that turns text into a number, and one on a time, the same way', () => {
    assert.deepEqual(
      problemsOf(seance('title: !!int 5\ndate: 2027-03-11\ntime: { start: !!timestamp 2027-03-11, end: "10:00" }')).map(
        ([code, range, [en]]) => [code, range, en],
      ),
      [
        [
          'wrong-type',
          [3, 7, 3, 14],
          '`title` is marked `!!int`, a mark that a header does not read. Remove `!!int` and write only the value.',
        ],
        [
          'invalid-time',
          [5, 15, 5, 37],
          '`time.start` is marked `!!timestamp`, a mark that a header does not read. Remove `!!timestamp` and write only the value.',
        ],
      ],
    );
  });

  it('says nothing of a mark that leaves a valid value (`!!str`)', () => {
    assert.deepEqual(problemsOf(seance('title: !!str Opstart\ndate: !!str 2027-03-11')), []);
  });
});
