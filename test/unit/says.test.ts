import * as assert from 'node:assert/strict';
import { formatMessage, LOCALES } from '../../src/core';
import { programmeToHtml, programmeToIcs } from '../../src/core/export';
import { layoutTimeline } from '../../src/core/timeline/layout';
import { modelOf } from './export/helpers';
import { plainProblems } from './helpers';
import { fixture } from './rules/support';

/** Issue 9, "what a programme says": several tracks, undated and optional seances, programme facts. */
describe('what a programme says (issue 9)', () => {
  const fx = fixture('says');

  it('checks each entry of a track list at its own range, and an undated seance is an information', () => {
    assert.deepStrictEqual(plainProblems(fx.workspace, fx.root), [
      {
        file: 'seances/01-temadag.md',
        code: 'unknown-track',
        severity: 'error',
        range: [4, 34, 4, 43],
        message: 'There is no track `inklusjon` in this programme — did you mean `inklusion`?',
      },
      {
        file: 'seances/02-lokal.md',
        code: 'seance-undated',
        severity: 'information',
        range: [3, 7, 3, 18],
        message: 'This seance has no date yet. The timeline shows it as unscheduled and the exports leave it out until you add `date:`.',
      },
    ]);
  });

  it('says that a seance is undated in Danish and Swedish too', () => {
    const problem = fx.workspace.problemsOf(fx.file('seances/02-lokal.md'))[0]!;
    assert.deepStrictEqual(
      LOCALES.map((locale) => formatMessage(problem.message, locale)),
      [
        'This seance has no date yet. The timeline shows it as unscheduled and the exports leave it out until you add `date:`.',
        'Denne seance har endnu ingen dato. Tidslinjen viser den som ikke planlagt, og eksporterne udelader den, indtil du tilføjer `date:`.',
        'Den här seansen har inget datum än. Tidslinjen visar den som ej inplanerad, och exporterna utelämnar den tills du lägger till `date:`.',
      ],
    );
  });

  it('puts the facts, the tracks, the body and the unscheduled seance into the model', () => {
    const model = modelOf(fx.root);
    assert.deepStrictEqual(
      {
        aims: model.aims,
        participants: model.participants,
        website: model.website,
        registration: model.registration,
        evaluation: model.evaluation,
        body: model.body,
      },
      {
        aims: ['En fælles plan for de næste skridt'],
        participants: { count: 50, who: 'Ledere fra dagtilbud, skoler og forvaltning' },
        website: 'https://www.example.org/temadag',
        registration: { opens: '2027-01-04', closes: '2027-02-15' },
        evaluation: {
          questions: [
            { question: 'Indholdet er praksisnært', agree: 94 },
            { question: 'Samlet tilfredshed', agree: 97, start: 90.9, end: 100 },
          ],
          responseRate: { start: 90.9, end: 100 },
        },
        body: '## Formål\n\nVi vil skabe **sammenhæng** i ledelseskæden.',
      },
    );
    const [temadag] = model.seances;
    assert.deepStrictEqual(
      [temadag!.track, temadag!.tracks, temadag!.body],
      ['inklusion', ['inklusion', 'faellesskaber', 'inklusjon'], 'Medbring jeres udviklingsaftale.'],
    );
    assert.deepStrictEqual(
      model.unscheduled?.map((s) => [s.id, s.track, s.mode, s.optional, s.condition]),
      [['s02-lokal', 'inklusion', 'app', true, 'Om samhällssituationen tillåter det']],
    );
  });

  it('gives a calendar event one category per known track, and leaves the undated seance out', () => {
    const ics = programmeToIcs(modelOf(fx.root), { now: new Date('2027-01-01T00:00:00Z') });
    assert.deepStrictEqual(
      ics.split('\r\n').filter((line) => /^(CATEGORIES|SUMMARY)/.test(line)),
      ['SUMMARY:Temadag', 'CATEGORIES:Inklusion og nærhed,Stærke børnefællesskaber'],
    );
  });

  it('prints the facts, the body text and the unscheduled seance in the HTML', () => {
    const model = modelOf(fx.root);
    const page = programmeToHtml(model, layoutTimeline(model));
    for (const part of [
      '<dt>Deltagere</dt><dd>50 deltagere: Ledere fra dagtilbud, skoler og forvaltning</dd>',
      '<dt>Tilmelding</dt><dd>åbner ',
      '<dt>Websted</dt><dd><a href="https://www.example.org/temadag">https://www.example.org/temadag</a></dd>',
      '<h2>Formål</h2>\n<ul class="aims"><li>En fælles plan for de næste skridt</li></ul>',
      '<h3>Formål</h3>\n<p>Vi vil skabe <strong>sammenhæng</strong> i ledelseskæden.</p>',
      '<tr><td>Samlet tilfredshed</td><td class="number">97 %</td><td class="number">90,9 % → 100 %</td></tr>',
      '<p>Svarprocent: 90,9 % → 100 %</p>',
      '<h2>Endnu ikke planlagt</h2>',
      '<li><strong>Lokal träff</strong> <span class="muted">(valgfri)</span> <span class="muted">— Om samhällssituationen tillåter det</span><br><span class="muted">Inklusion og nærhed</span></li>',
      '<p>Medbring jeres udviklingsaftale.</p>',
    ]) {
      assert.ok(page.includes(part), part);
    }
  });
});
