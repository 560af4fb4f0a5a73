import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Locale } from '../../../src/core';
import { modelOf } from '../export/helpers';
import { plainProblems } from '../helpers';
import { FIXTURES, fixture } from './support';

const LOCALES: Locale[] = ['en', 'da', 'sv'];

/**
 * The sources (see /work/shared/sources in the project notes) transcribed as they are written, as
 * far as the format can say them: what it cannot yet say (a seance without a date, tracks without
 * names, a meeting in the programme's app) stays in the body text. The Varde seminar, with its two
 * slips, is tested in agenda-nordic.test.ts; these four have no slip the checker can see.
 */
describe('the sources as written', () => {
  for (const name of ['soroe-as-written', 'fremtidens-as-written', 'faxe-as-written', 'ledarstig-as-written']) {
    it(`${name}: nothing to report, in English, Danish and Swedish, hints included`, () => {
      const fx = fixture(name);
      for (const locale of LOCALES) assert.deepStrictEqual(plainProblems(fx.workspace, fx.root, locale), [], locale);
    });
  }

  it('reads the Sorø theme day as an outline: three themes and no times', () => {
    const model = modelOf(path.join(FIXTURES, 'soroe-as-written'));
    const agenda = model.seances[0]!.agenda;
    assert.deepEqual(
      agenda.map((item) => [item.time, item.title.slice(0, 40)]),
      [
        [undefined, 'Redskaber til ledelsesgruppens styring o'],
        [undefined, 'Brug af forskellige typer af feedback, n'],
        [undefined, 'Prioriteringer, håndtering af dilemmaer '],
      ],
    );
  });

  it('reads the four focus areas of Kommunens ledarstig as tracks, each with its online meeting', () => {
    const model = modelOf(path.join(FIXTURES, 'ledarstig-as-written'));
    assert.deepEqual(
      model.seances.map((seance) => [seance.track, seance.date, seance.mode]),
      [
        ['invanarupplevelse', '2027-09-16', 'online'],
        ['kreativitet', '2027-10-14', 'online'],
        ['sjalvledarskap', '2027-11-11', 'online'],
        ['konflikthantering', '2027-12-09', 'online'],
      ],
    );
  });
});
