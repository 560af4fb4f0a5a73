import * as assert from 'node:assert/strict';
import { formatMessage, type Locale } from '../../../src/core';
import { plainProblems, type PlainProblem } from '../helpers';
import { applyEdits } from './edits';
import { fixture, onlyFix, problemsWithCode } from './support';

const LOCALES: Locale[] = ['en', 'da', 'sv'];

/**
 * The problems of a fixture in English, Danish and Swedish, as [code, severity, range, message];
 * hints (the offer to write Nordic times as 08:15) only when asked for.
 */
function inEveryLanguage(folder: string, name: string, hints = false): Record<Locale, [string, string, PlainProblem['range'], string][]> {
  const fx = fixture(folder, name);
  const out = {} as Record<Locale, [string, string, PlainProblem['range'], string][]>;
  for (const locale of LOCALES) {
    out[locale] = plainProblems(fx.workspace, fx.root, locale)
      .filter((p) => hints || p.severity !== 'hint')
      .map((p) => [p.code, p.severity, p.range, p.message]);
  }
  return out;
}

describe('agendas as Nordic programmes write them', () => {
  describe('the Varde seminar as it was printed', () => {
    it("reports only the source's own slips: the day printed twice and the item without a time, once each", () => {
      const fx = fixture('varde-as-written');
      const problems = (locale: Locale) =>
        plainProblems(fx.workspace, fx.root, locale)
          .filter((p) => p.severity !== 'hint')
          .map((p) => [p.code, p.range, p.message]);
      assert.deepEqual(problems('en'), [
        [
          'agenda-not-ascending',
          [67, 5, 67, 10],
          'The day Thursday 30 October 2014 starts again here at 08:15, after items up to 20:30 above: is the day written twice? Keep one of them.',
        ],
        [
          'agenda-missing-time',
          [89, 0, 89, 57],
          'This agenda item has no time. Start it with the time it begins, like `- 17:00 Fælles mål med samskabelse: Hvad skal vi lykkes med?`.',
        ],
      ]);
      assert.deepEqual(
        problems('da').map((p) => p[2]),
        [
          'Dagen torsdag den 30. oktober 2014 starter forfra her kl. 08:15, efter punkter til kl. 20:30 ovenfor: står dagen der to gange? Behold den ene.',
          'Dette punkt i programmet har intet tidspunkt. Start det med klokkeslættet, som `- 17:00 Fælles mål med samskabelse: Hvad skal vi lykkes med?`.',
        ],
      );
      assert.deepEqual(
        problems('sv').map((p) => p[2]),
        [
          'Dagen torsdag 30 oktober 2014 börjar om här kl. 08:15, efter punkter till kl. 20:30 ovanför: står dagen där två gånger? Behåll den ena.',
          'Den här punkten i programmet har ingen tid. Börja den med klockslaget, som `- 17:00 Fælles mål med samskabelse: Hvad skal vi lykkes med?`.',
        ],
      );
    });
  });

  describe('agenda-missing-time', () => {
    it('leaves a list with no time at all alone (an outline), but not a lone `Kl`', () => {
      assert.deepEqual(inEveryLanguage('agenda-missing-time', 'outline'), {
        en: [
          [
            'agenda-missing-time',
            'warning',
            [12, 0, 12, 12],
            'This agenda item has no time. Start it with the time it begins, written hours:minutes.',
          ],
        ],
        da: [
          [
            'agenda-missing-time',
            'warning',
            [12, 0, 12, 12],
            'Dette punkt i programmet har intet tidspunkt. Start det med klokkeslættet, skrevet timer:minutter.',
          ],
        ],
        sv: [
          [
            'agenda-missing-time',
            'warning',
            [12, 0, 12, 12],
            'Den här punkten i programmet har ingen tid. Börja den med klockslaget, skrivet timmar:minuter.',
          ],
        ],
      });
      const fx = fixture('agenda-missing-time', 'outline');
      assert.equal(problemsWithCode(fx, 'seances/temadag.md', 'agenda-missing-time')[0]?.fixes, undefined);
    });

    it('in a list with times, suggests a time between the neighbours: where the one before ends, halfway, or a quarter before or after', () => {
      const messages = inEveryLanguage('agenda-missing-time', 'between');
      assert.deepEqual(messages.en, [
        [
          'agenda-missing-time',
          'warning',
          [9, 0, 9, 7],
          'This agenda item has no time. Start it with the time it begins, like `- 08:15 Kaffe`.',
        ],
        [
          'agenda-missing-time',
          'warning',
          [12, 0, 12, 7],
          'This agenda item has no time. Start it with the time it begins, like `- 10:00 Pause`.',
        ],
        [
          'agenda-missing-time',
          'warning',
          [14, 0, 14, 31],
          'This agenda item has no time. Start it with the time it begins, like `- 17:00 Fælles mål med samskabelse`.',
        ],
        [
          'agenda-missing-time',
          'warning',
          [16, 0, 16, 11],
          'This agenda item has no time. Start it with the time it begins, like `- 17:45 Aftensmad`.',
        ],
      ]);
      assert.equal(messages.da[0]![3], 'Dette punkt i programmet har intet tidspunkt. Start det med klokkeslættet, som `- 08:15 Kaffe`.');
      assert.equal(messages.sv[0]![3], 'Den här punkten i programmet har ingen tid. Börja den med klockslaget, som `- 08:15 Kaffe`.');
    });

    it('fixes by writing the time before the title, or in place of a lone `Kl`', () => {
      const fx = fixture('agenda-missing-time', 'between');
      const problems = problemsWithCode(fx, 'seances/seminar.md', 'agenda-missing-time');
      const fixes = problems.map(onlyFix);
      assert.deepEqual(
        fixes.map((fix) => [formatMessage(fix.title, 'en'), formatMessage(fix.title, 'da'), formatMessage(fix.title, 'sv')]),
        [
          ['Start it at 08:15', 'Start punktet kl. 08:15', 'Börja punkten kl. 08:15'],
          ['Start it at 10:00', 'Start punktet kl. 10:00', 'Börja punkten kl. 10:00'],
          ['Start it at 17:00', 'Start punktet kl. 17:00', 'Börja punkten kl. 17:00'],
          ['Start it at 17:45', 'Start punktet kl. 17:45', 'Börja punkten kl. 17:45'],
        ],
      );
      const text = fx.text('seances/seminar.md');
      const mended = applyEdits(
        text,
        fixes.flatMap((fix) => fix.edits),
      );
      assert.equal(
        mended,
        text
          .replace('- Kaffe', '- 08:15 Kaffe')
          .replace('- Pause', '- 10:00 Pause')
          .replace('- Kl Fælles mål', '- 17:00 Fælles mål')
          .replace('- Aftensmad', '- 17:45 Aftensmad'),
      );
      fx.workspace.update(fx.file('seances/seminar.md'), mended);
      assert.deepEqual(problemsWithCode(fx, 'seances/seminar.md', 'agenda-missing-time'), []);
    });
  });

  describe('agenda-outside-time', () => {
    it("lets the day's last item stand exactly at its end (`Kl 12: Slut`), and flags one at the end that is not the last", () => {
      assert.deepEqual(inEveryLanguage('agenda-outside-time', 'end-marker'), {
        en: [['agenda-outside-time', 'warning', [10, 5, 10, 7], 'The item at 12:00 is at or after the end of the seance, 12:00.']],
        da: [['agenda-outside-time', 'warning', [10, 5, 10, 7], 'Punktet kl. 12:00 ligger ved eller efter seancens slutning kl. 12:00.']],
        sv: [['agenda-outside-time', 'warning', [10, 5, 10, 7], 'Punkten kl. 12:00 ligger vid eller efter seansens slut kl. 12:00.']],
      });
    });

    it('holds each day of a seminar to its own span, from its day heading', () => {
      assert.deepEqual(inEveryLanguage('agenda-outside-time', 'per-day'), {
        en: [
          ['agenda-outside-time', 'warning', [13, 5, 13, 10], 'The item at 21:45 is at or after the end of the seance, 21:30.'],
          ['agenda-outside-time', 'warning', [15, 5, 15, 6], 'The item at 08:00 starts before the seance does, at 08:30.'],
        ],
        da: [
          ['agenda-outside-time', 'warning', [13, 5, 13, 10], 'Punktet kl. 21:45 ligger ved eller efter seancens slutning kl. 21:30.'],
          ['agenda-outside-time', 'warning', [15, 5, 15, 6], 'Punktet kl. 08:00 starter, før seancen gør kl. 08:30.'],
        ],
        sv: [
          ['agenda-outside-time', 'warning', [13, 5, 13, 10], 'Punkten kl. 21:45 ligger vid eller efter seansens slut kl. 21:30.'],
          ['agenda-outside-time', 'warning', [15, 5, 15, 6], 'Punkten kl. 08:00 börjar innan seansen gör kl. 08:30.'],
        ],
      });
    });
  });

  describe('span-reversed', () => {
    it('is one problem when the seance ends before it starts, not one more for each agenda item', () => {
      assert.deepEqual(inEveryLanguage('span-reversed', 'with-agenda'), {
        en: [['span-reversed', 'error', [6, 29, 6, 36], 'The seance ends at 08:30, before it starts at 15:30.']],
        da: [['span-reversed', 'error', [6, 29, 6, 36], 'Seancen slutter kl. 08:30, før den starter kl. 15:30.']],
        sv: [['span-reversed', 'error', [6, 29, 6, 36], 'Seansen slutar kl. 08:30, innan den börjar kl. 15:30.']],
      });
    });
  });

  describe('weekday-mismatch', () => {
    it('flags a weekday that is not the weekday of the date beside it, in every language', () => {
      assert.deepEqual(inEveryLanguage('weekday-mismatch', 'fail'), {
        en: [
          ['weekday-mismatch', 'error', [9, 4, 9, 11], '`Torsdag` does not match the date, which is Wednesday 10 March 2027.'],
          ['weekday-mismatch', 'error', [11, 4, 11, 10], '`Onsdag` does not match the date, which is Thursday 11 March 2027.'],
        ],
        da: [
          ['weekday-mismatch', 'error', [9, 4, 9, 11], '`Torsdag` passer ikke til datoen, som er onsdag den 10. marts 2027.'],
          ['weekday-mismatch', 'error', [11, 4, 11, 10], '`Onsdag` passer ikke til datoen, som er torsdag den 11. marts 2027.'],
        ],
        sv: [
          ['weekday-mismatch', 'error', [9, 4, 9, 11], '`Torsdag` stämmer inte med datumet, som är onsdag 10 mars 2027.'],
          ['weekday-mismatch', 'error', [11, 4, 11, 10], '`Onsdag` stämmer inte med datumet, som är torsdag 11 mars 2027.'],
        ],
      });
    });

    it("fixes the weekday to the date's, and the fixed file is the passing one", () => {
      const fx = fixture('weekday-mismatch', 'fail');
      const fixes = problemsWithCode(fx, 'seances/seminar.md', 'weekday-mismatch').map(onlyFix);
      assert.deepEqual(
        fixes.map((fix) => formatMessage(fix.title, 'en')),
        ['Change to `Onsdag`', 'Change to `Torsdag`'],
      );
      const mended = applyEdits(
        fx.text('seances/seminar.md'),
        fixes.flatMap((fix) => fix.edits),
      );
      assert.equal(mended, fixture('weekday-mismatch', 'pass').text('seances/seminar.md'));
    });

    it('writes the weekday in Swedish in a Swedish text', () => {
      const fx = fixture('weekday-mismatch', 'swedish');
      const [problem] = problemsWithCode(fx, 'seances/seminar.md', 'weekday-mismatch');
      assert.deepEqual(
        [problem?.range, onlyFix(problem).edits.map((edit) => edit.newText), formatMessage(problem!.message, 'sv')],
        [
          { start: { line: 8, character: 4 }, end: { line: 8, character: 10 } },
          ['Lördag'],
          '`Fredag` stämmer inte med datumet, som är lördag 13 mars 2027.',
        ],
      );
    });

    it('is quiet when every weekday matches its date', () => {
      assert.deepEqual(inEveryLanguage('weekday-mismatch', 'pass'), { en: [], da: [], sv: [] });
    });
  });

  describe('agenda-time-notation', () => {
    it('hints once per agenda section at its first time written the Nordic way', () => {
      assert.deepEqual(inEveryLanguage('agenda-time-notation', 'fail', true), {
        en: [
          [
            'agenda-time-notation',
            'hint',
            [9, 2, 9, 7],
            'This time is read as 08:00. A quick fix writes every time of this agenda as hours:minutes, like 08:00.',
          ],
          [
            'agenda-time-notation',
            'hint',
            [16, 2, 16, 7],
            'This time is read as 11:45. A quick fix writes every time of this agenda as hours:minutes, like 11:45.',
          ],
        ],
        da: [
          [
            'agenda-time-notation',
            'hint',
            [9, 2, 9, 7],
            'Tidspunktet læses som 08:00. En hurtig rettelse skriver alle programmets tidspunkter som timer:minutter, som 08:00.',
          ],
          [
            'agenda-time-notation',
            'hint',
            [16, 2, 16, 7],
            'Tidspunktet læses som 11:45. En hurtig rettelse skriver alle programmets tidspunkter som timer:minutter, som 11:45.',
          ],
        ],
        sv: [
          [
            'agenda-time-notation',
            'hint',
            [9, 2, 9, 7],
            'Tiden läses som 08:00. En snabbkorrigering skriver alla tider i programmet som timmar:minuter, som 08:00.',
          ],
          [
            'agenda-time-notation',
            'hint',
            [16, 2, 16, 7],
            'Tiden läses som 11:45. En snabbkorrigering skriver alla tider i programmet som timmar:minuter, som 11:45.',
          ],
        ],
      });
    });

    it('rewrites every time of the section as 08:15 and nothing else, in three languages', () => {
      const fx = fixture('agenda-time-notation', 'fail');
      const [first, second] = problemsWithCode(fx, 'seances/dag.md', 'agenda-time-notation').map(onlyFix);
      assert.deepEqual(
        [first!.title, ...LOCALES.map((locale) => formatMessage(first!.title, locale))],
        [{ key: 'fix.canonical-times' }, 'Write the times as 08:15', 'Skriv tidspunkterne som 08:15', 'Skriv tiderna som 08:15'],
      );
      const text = fx.text('seances/dag.md');
      assert.equal(
        applyEdits(text, first!.edits),
        text
          .replace('- Kl 8: Kaffe', '- 08:00 Kaffe')
          .replace('- Kl 8.15: Velkommen', '- 08:15 Velkommen')
          .replace('- kl. 9-10.30 Grupper', '- 09:00–10:30 Grupper'),
      );
      assert.equal(
        applyEdits(text, second!.edits),
        text.replace('- 11.45 Opsamling', '- 11:45 Opsamling').replace('- Kl 12: Slut', '- 12:00 Slut'),
      );
      const mended = applyEdits(text, [...first!.edits, ...second!.edits]);
      fx.workspace.update(fx.file('seances/dag.md'), mended);
      assert.deepEqual(plainProblems(fx.workspace, fx.root), []);
      assert.deepEqual(inEveryLanguage('agenda-time-notation', 'pass', true), { en: [], da: [], sv: [] });
    });
  });
});
