import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { organisationWords } from '../../../src/core';
import { hoverAt } from '../../../src/core/language/hover';
import { loadFolder } from '../helpers';

const FIXTURES = path.join(__dirname, 'fixtures');

describe('hover on a seance title: its hours by learning type', () => {
  const temadag = path.join(FIXTURES, 'temadag');
  const workspace = loadFolder(temadag);
  const seance = path.join(temadag, 'seances/01-temadag.md');
  // `title: Feedback på tværs af niveauer` on line 4 (0-based 3), the value from character 7 to 36.
  const range = { start: { line: 3, character: 7 }, end: { line: 3, character: 36 } };

  it('says the time in the room, breaks and meals, and each type largest first (figures of summary.test.ts)', () => {
    assert.deepEqual(hoverAt(workspace, seance, { line: 3, character: 10 }, 'en'), {
      markdown: [
        '**Feedback på tværs af niveauer**',
        '5.8 h in the room, besides 0.5 h of breaks and 0.8 h of meals',
        '- acquisition: 2 h (35%)',
        '- practice: 1.3 h (22%)',
        '- inquiry: 1 h (17%)',
        '- production: 1 h (17%)',
        '- discussion: 0.5 h (9%)',
      ].join('  \n'),
      range,
    });
  });

  it('speaks Danish and Swedish', () => {
    assert.equal(
      hoverAt(workspace, seance, { line: 3, character: 36 }, 'da')?.markdown,
      [
        '**Feedback på tværs af niveauer**',
        '5,8 t i lokalet, ud over 0,5 t pauser og 0,8 t måltider',
        '- tilegnelse: 2 t (35 %)',
        '- øvelse: 1,3 t (22 %)',
        '- undersøgelse: 1 t (17 %)',
        '- produktion: 1 t (17 %)',
        '- diskussion: 0,5 t (9 %)',
      ].join('  \n'),
    );
    assert.equal(
      hoverAt(workspace, seance, { line: 3, character: 7 }, 'sv')?.markdown.split('  \n')[1],
      '5,8 tim i rummet, utöver 0,5 tim pauser och 0,8 tim måltider',
    );
  });

  it("uses the organisation's words, and counts items without a time apart", () => {
    const words = organisationWords({ refleksion: 'collaboration' });
    assert.equal(
      hoverAt(workspace, seance, { line: 3, character: 10 }, 'en', { learningTypes: words })?.markdown.split('  \n').pop(),
      '- collaboration: 0.5 h (9%)',
    );
    const seminarium = path.join(FIXTURES, 'seminarium');
    const internat = path.join(seminarium, 'seances/01-internat.md');
    assert.equal(
      hoverAt(loadFolder(seminarium), internat, { line: 3, character: 8 }, 'en')?.markdown.split('  \n').pop(),
      '1 agenda item(s) without a time or an end are not counted.',
    );
  });

  it('leaves the title key itself to the schema', () => {
    assert.match(hoverAt(workspace, seance, { line: 3, character: 2 }, 'en')!.markdown, /^\*\*Title\*\* `title`/);
  });
});
