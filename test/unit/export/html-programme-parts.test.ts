import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { ProgrammeModel } from '../../../src/core';
import { programmeToHtml } from '../../../src/core/export';
import { layoutTimeline } from '../../../src/core/timeline/layout';
import { copy, modelOf } from './helpers';

const fremtidens = modelOf(path.join(__dirname, '../../../samples/fremtidens-lederuddannelse'));
const RANGE = { start: { line: 1, character: 0 }, end: { line: 1, character: 20 } };

/** The fremtidens sample with two more seances beside s03 on its day, facts and two unscheduled seances. */
function programme(): ProgrammeModel {
  const model = copy(fremtidens);
  const base = model.seances.find((s) => s.id === 's03-forandring')!;
  const extra = ['a', 'b'].map((n, i) => ({
    ...structuredClone(base),
    id: `s03${n}-forandring`,
    title: `Ekstra seance ${n.toUpperCase()}`,
    time: { start: `${10 + i}:00`, end: `${11 + i}:00` },
    agenda: [],
    source: { ...base.source, file: `seances/03${n}-forandring.md` },
  }));
  model.seances.splice(model.seances.indexOf(base) + 1, 0, ...extra);
  Object.assign(model, {
    aims: ['Lederne leder forandring, der holder'],
    participants: { count: 24, who: 'ledere i dagtilbud og skoler' },
    website: 'https://example.org/akademi',
    registration: { opens: '2027-01-04', closes: '2027-02-01' },
    evaluation: {
      questions: [{ question: 'Samlet set tilfreds', agree: 97, start: 90.9, end: 100 }],
      responseRate: { start: 82.5, end: 91 },
    },
    unscheduled: [
      {
        id: 's09-netvaerk',
        title: 'Netværksdag',
        track: 'laering',
        optional: true,
        condition: 'hvis mindst 12 er tilmeldt',
        facilitators: [],
        goals: [],
        agenda: [],
        source: { file: 'seances/09-netvaerk.md', range: RANGE },
      },
    ],
  } satisfies Partial<ProgrammeModel>);
  return model;
}

describe('export: the printable page of a programme with stacked seances, facts and unscheduled seances', () => {
  const model = programme();
  const html = programmeToHtml(model, layoutTimeline(model));

  it('states the facts in the overview, the evaluation figures written the Danish way', () => {
    for (const fragment of [
      '<dt>Deltagere</dt><dd>24 deltagere: ledere i dagtilbud og skoler</dd>',
      '<dt>Tilmelding</dt><dd>åbner mandag den 4. januar 2027, lukker mandag den 1. februar 2027</dd>',
      '<dt>Websted</dt><dd><a href="https://example.org/akademi">https://example.org/akademi</a></dd>',
      '<h2>Formål</h2>\n<ul class="aims"><li>Lederne leder forandring, der holder</li></ul>',
      '<tr><td>Samlet set tilfreds</td><td class="number">97 %</td><td class="number">90,9 % → 100 %</td></tr>',
      '<p>Svarprocent: 82,5 % → 91 %</p>',
    ])
      assert.ok(html.includes(fragment), fragment);
  });

  it('lists the unscheduled seance apart, with optional, condition and track, and nowhere else', () => {
    assert.ok(
      html.includes(
        '<h2>Endnu ikke planlagt</h2>\n<p class="muted">Disse seancer har endnu ingen dato og står ikke i tidslinjen.</p>\n' +
          '<ul class="unscheduled">\n<li><strong>Netværksdag</strong> <span class="muted">(valgfri)</span> ' +
          '<span class="muted">— hvis mindst 12 er tilmeldt</span><br><span class="muted">Læringskultur</span></li>\n</ul>',
      ),
    );
    assert.equal(html.split('Netværksdag').length - 1, 1);
  });

  it('stacks the three seances of one day in rows of their lane, each numbered in the key and in the list', () => {
    const at = (n: number, top: string): string =>
      `<span class="mark" style="left:clamp(2.5mm,35.241%,calc(100% - 2.5mm));width:max(4.5mm,0.6024%)${top}">${n}</span>`;
    for (const fragment of [
      `${at(3, '')}<span class="mark-label" style="left:calc(clamp(2.5mm,35.241%,calc(100% - 2.5mm)) + 3.5mm);max-width:145.6mm">At lede forandring, der holder</span>`,
      `${at(4, ';top:7.5mm')}<span class="mark-label" style="left:calc(clamp(2.5mm,35.241%,calc(100% - 2.5mm)) + 3.5mm);max-width:145.6mm;top:8.0mm">Ekstra seance A</span>`,
      `${at(5, ';top:14.0mm')}<span class="mark-label" style="left:calc(clamp(2.5mm,35.241%,calc(100% - 2.5mm)) + 3.5mm);max-width:145.6mm;top:14.5mm">Ekstra seance B</span>`,
      '<div class="tl-axis tl-lane c1" style="grid-row:5;height:26.0mm">',
      '<tr><td><span class="key c1">4</span></td><td>10. mar. 2027</td><td>10:00–11:00</td><td>Ekstra seance A</td><td>Rådhuset, mødesal 2</td></tr>',
      '<tr><td><span class="key c1">5</span></td><td>10. mar. 2027</td><td>11:00–12:00</td><td>Ekstra seance B</td><td>Rådhuset, mødesal 2</td></tr>',
      '<li><span class="key c1">4</span><span>10. mar. · Ekstra seance A</span></li>',
      '<h3><span class="key c1">5</span> Ekstra seance B</h3>',
    ])
      assert.ok(html.includes(fragment), fragment);
  });
});
