import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { programmeToHtml, programmeToIcs } from '../../../src/core/export';
import { layoutTimeline } from '../../../src/core/timeline/layout';
import { copy, modelOf, parseIcs } from './helpers';

const varde = modelOf(path.join(__dirname, '../rules/fixtures/varde-as-written'));

/** The Varde seminar with a speaker on its welcome, and a description that tries to be markup. */
function withSpeaker() {
  const model = copy(varde);
  const seance = model.seances[0]!;
  seance.agenda[1]!.speaker = 'Kommunaldirektør';
  seance.agenda[2]!.description = '<b>Fed</b> & "citeret"\n\nAnden linje';
  return model;
}

describe('export: what is written under an agenda item, and who speaks', function () {
  this.timeout(20_000);

  it('the calendar gives each item its speaker and, indented under it, its description', () => {
    const { events } = parseIcs(programmeToIcs(withSpeaker(), { now: new Date('2026-11-02T09:15:00Z') }));
    const lines = events[0]!.description!.split('\n');
    const at = lines.indexOf('08:15 Velkommen — Kommunaldirektør');
    assert.deepEqual(lines.slice(at, at + 7), [
      '08:15 Velkommen — Kommunaldirektør',
      '  Kommunaldirektøren byder velkommen til seminaret og deler ambitionerne med arbejdet med',
      '  visionen og samskabelse. Han introducerer de to proceslederne, som præsenterer programmet og',
      '  måden at arbejde på.',
      '08:30 Visionen ifølge kommunaldirektør og borgmester',
      '  <b>Fed</b> & "citeret"',
      '',
    ]);
    assert.equal(lines[at + 7], '  Anden linje');
  });

  it('the printable page shows the speaker after the title and the description under it, as text', () => {
    const html = programmeToHtml(withSpeaker(), layoutTimeline(withSpeaker()));
    assert.ok(
      html.includes(
        '<td>Velkommen <span class="speaker">— Kommunaldirektør</span><div class="description">Kommunaldirektøren byder velkommen',
      ),
      'speaker and description of the welcome',
    );
    assert.ok(
      html.includes(
        '<td>Visionen ifølge kommunaldirektør og borgmester<div class="description">&lt;b&gt;Fed&lt;/b&gt; &amp; &quot;citeret&quot;\n\nAnden linje</div></td>',
      ),
      'the description escaped, its lines kept',
    );
    assert.ok(!html.includes('<b>Fed</b>'));
  });
});
