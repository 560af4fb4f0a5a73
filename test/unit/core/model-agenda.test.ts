import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { modelOf } from '../export/helpers';
import { buildProgrammeModel, Workspace } from '../../../src/core';

function memoryWorkspace(files: Record<string, string>): Workspace {
  const workspace = new Workspace();
  for (const [file, text] of Object.entries(files)) workspace.update(file, text);
  return workspace;
}

const varde = path.join(__dirname, '../rules/fixtures/varde-as-written');

describe('model: agenda items and the days of a seance', () => {
  it('gives each agenda item what is written under it and who speaks', () => {
    const seance = modelOf(varde).seances[0]!;
    const velkommen = seance.agenda[1]!;
    assert.deepEqual(
      { time: velkommen.time, title: velkommen.title, description: velkommen.description, speaker: velkommen.speaker },
      {
        time: '08:15',
        title: 'Velkommen',
        description:
          'Kommunaldirektøren byder velkommen til seminaret og deler ambitionerne med arbejdet med\n' +
          'visionen og samskabelse. Han introducerer de to proceslederne, som præsenterer programmet og\n' +
          'måden at arbejde på.',
        speaker: undefined,
      },
    );
    assert.equal(seance.agenda[0]!.description, undefined);
  });

  it('gives a seance of several days one span a day: the header gives the first start and the last end', () => {
    assert.deepEqual(modelOf(varde).seances[0]!.days, [
      { date: '2014-10-30', start: '08:00' },
      { date: '2014-10-31', end: '12:00' },
    ]);
  });

  it("takes a day's span from its heading before the header's, and leaves a seance of one day without days", () => {
    const workspace = memoryWorkspace({
      '/p/programme.md': '---\ntype: programme\nid: p\ntitle: P\nperiod: { start: 2027-01-01, end: 2027-12-31 }\n---\n',
      '/p/s1.md':
        '---\ntype: seance\nid: s1\ntitle: Seminar\ndate: 2027-10-28\nend-date: 2027-10-30\ntime: { start: "08:00", end: "12:00" }\n---\n' +
        '## Program\n### Torsdag 2027-10-28, kl. 8–21.30\n- 08:00 Kaffe\n### Fredag\n- 09:00 Morgen\n### Lørdag d. 30. oktober (8.30-12)\n- 08:30 Start\n',
      '/p/s2.md': '---\ntype: seance\nid: s2\ntitle: Dag\ndate: 2027-11-04\ntime: { start: "09:00", end: "15:00" }\n---\n',
    });
    const model = buildProgrammeModel(workspace.programmeContexts()[0]!);
    assert.deepEqual(
      model.seances.map((s) => [s.id, s.days]),
      [
        [
          's1',
          [
            { date: '2027-10-28', start: '08:00', end: '21:30' },
            { date: '2027-10-29' },
            { date: '2027-10-30', start: '08:30', end: '12:00' },
          ],
        ],
        ['s2', undefined],
      ],
    );
  });
});
