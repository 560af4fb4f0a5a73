import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { completionsAt } from '../../../src/core/language/completion';
import { hoverAt } from '../../../src/core/language/hover';
import { idAt } from '../../../src/core/language/references';
import { scaffoldModule, scaffoldProgramme, slug } from '../../../src/core/language/scaffold';
import { documentSymbols } from '../../../src/core/language/symbols';
import { loadFolder } from '../helpers';

const root = path.join(__dirname, 'fixtures/prog').replace(/\\/g, '/');
const file = (relative: string): string => `${root}/${relative}`;
const at = (line: number, start: number, end: number) => ({
  start: { line, character: start },
  end: { line, character: end },
});

describe('language features', () => {
  const workspace = loadFolder(root);

  describe('completion', () => {
    it('offers the keys a seance lacks, with snippets for groups and choices', () => {
      const seance = file('seances/02-forandring.md');
      workspace.update(seance, workspace.get(seance)!.text.replace('date: 2027-02-11\n', 'date: 2027-02-11\nti\n'));
      const entries = completionsAt(workspace, seance, { line: 6, character: 2 }, '2027-01-01');
      assert.deepEqual(
        entries.map((e) => e.label),
        ['outcomes', 'end-date', 'time', 'mode', 'location', 'link', 'optional', 'condition', 'facilitators', 'goals'],
      );
      const time = entries.find((e) => e.label === 'time')!;
      assert.deepEqual(time, {
        label: 'time',
        kind: 'key',
        detail: 'Time',
        documentation:
          'When the seance starts and ends, on the 24-hour clock. For a seance over several days: the start on the first day and the end on the last day.',
        insertText: 'time: { start: "${1:08:30}", end: "${2:15:30}" }',
        snippet: true,
        range: at(6, 0, 2),
      });
      assert.equal(entries.find((e) => e.label === 'mode')!.insertText, 'mode: ${1|onsite,online,hybrid,app|}');
      assert.equal(entries.find((e) => e.label === 'facilitators')!.insertText, 'facilitators: [${1:Procesleder}]');
      workspace.update(seance, workspace.get(seance)!.text.replace('ti\n', ''));
    });

    it("offers the programme's track ids after `track: `, with their titles", () => {
      const entries = completionsAt(workspace, file('seances/01-opstart.md'), { line: 4, character: 7 }, '2027-01-01');
      assert.deepEqual(
        entries.map((e) => [e.label, e.kind, e.detail, e.range]),
        [
          ['samskabelse', 'track', 'Samskabelse', at(4, 7, 18)],
          ['forandring', 'track', 'Forandring', at(4, 7, 18)],
        ],
      );
    });

    it('offers seance ids after `given: `, in date order', () => {
      const entries = completionsAt(workspace, file('assignments/01-interview.md'), { line: 5, character: 7 }, '2027-01-01');
      assert.deepEqual(
        entries.map((e) => [e.label, e.detail, e.sortText]),
        [
          ['s01-opstart', '2027-01-14 · Opstart', '2027-01-14'],
          ['s02-forandring', '2027-02-11 · Forandring', '2027-02-11'],
        ],
      );
    });

    it("proposes dates after the last seance and the programme's period, in the user's language", () => {
      const entries = completionsAt(workspace, file('seances/02-forandring.md'), { line: 5, character: 6 }, '2027-01-01', 'da');
      assert.deepEqual(
        entries.map((e) => [e.label, e.detail]),
        [
          ['2027-01-15', 'Første hverdag efter den sidste seance'],
          ['2027-01-21', 'En uge efter den sidste seance'],
          ['2027-01-11', 'Programmets første dag'],
          ['2027-06-25', 'Programmets sidste dag'],
        ],
      );
    });
  });

  describe('hover', () => {
    it('summarises the seance an assignment refers to', () => {
      assert.deepEqual(hoverAt(workspace, file('assignments/01-interview.md'), { line: 5, character: 10 }, 'en'), {
        markdown:
          '**Opstart** `s01-opstart`  \nDate: 2027-01-14  \nTime: 08:30–15:30  \nTrack: Samskabelse (samskabelse)  \nLocation: Rådhuset  \nFacilitators: Procesleder',
        range: at(5, 7, 18),
      });
    });

    it('summarises a track, with its seances, in Swedish', () => {
      assert.deepEqual(hoverAt(workspace, file('seances/01-opstart.md'), { line: 4, character: 9 }, 'sv'), {
        markdown: '**Samskabelse** `samskabelse`  \nLedelse af samskabelse med borgerne.  \nSeanser: 2027-01-14 Opstart',
        range: at(4, 7, 18),
      });
    });

    it('documents a header key from the schema', () => {
      assert.deepEqual(hoverAt(workspace, file('seances/01-opstart.md'), { line: 5, character: 1 }, 'en'), {
        markdown:
          '**Date** `date`\n\nThe day of the seance (the first day, if it runs over several days), as year-month-day. Leave it out while the date is not fixed yet: the seance is then planned but unscheduled, and the exports skip it.\n\nExample: `2027-03-11`',
        range: at(5, 0, 4),
      });
    });

    it('documents a header key in a file whose lines end in a lone CR, as the parser reads it', () => {
      const lonely = loadFolder(root);
      const seance = file('seances/09-cr.md');
      lonely.update(seance, '---\rtype: seance\rid: s09-cr\rtitle: Sent\rdate: 2027-01-21\r---\r');
      assert.deepEqual(hoverAt(lonely, seance, { line: 4, character: 1 }, 'en'), {
        markdown:
          '**Date** `date`\n\nThe day of the seance (the first day, if it runs over several days), as year-month-day. Leave it out while the date is not fixed yet: the seance is then planned but unscheduled, and the exports skip it.\n\nExample: `2027-03-11`',
        range: at(4, 0, 4),
      });
    });
  });

  describe('references', () => {
    it('finds a track id declared in the programme and used by a seance and an assignment', () => {
      const found = idAt(workspace, file('seances/01-opstart.md'), { line: 4, character: 8 })!;
      assert.deepEqual(
        found.occurrences.map((o) => [path.basename(o.file), o.range, o.declaration]),
        [
          ['programme.md', at(7, 10, 21), true],
          ['01-opstart.md', at(4, 7, 18), false],
          ['01-interview.md', at(4, 7, 18), false],
        ],
      );
    });

    it('finds nothing on a key or in the body', () => {
      assert.equal(idAt(workspace, file('seances/01-opstart.md'), { line: 4, character: 2 }), undefined);
      assert.equal(idAt(workspace, file('seances/01-opstart.md'), { line: 11, character: 4 }), undefined);
    });
  });

  describe('symbols', () => {
    it('outlines a seance with its agenda', () => {
      const symbols = documentSymbols(workspace.get(file('seances/01-opstart.md'))!);
      assert.deepEqual(
        symbols.map((s) => [s.name, s.detail, s.kind, s.selectionRange, s.children.map((c) => [c.name, c.detail, c.range])]),
        [
          [
            'Opstart',
            '2027-01-14 08:30–15:30',
            'seance',
            at(3, 7, 14),
            [
              ['08:30 Kaffe', 'break', at(11, 0, 21)],
              ['09:00 Velkommen', 'plenum', at(12, 0, 26)],
            ],
          ],
        ],
      );
    });
  });

  describe('scaffolding', () => {
    it('makes a file name and id out of a Nordic title', () => {
      assert.equal(slug('Feedback i ledelseskæden: Øvelse på tværs!'), 'feedback-i-ledelseskaeden-oevelse-paa-tv');
      assert.equal(slug('Självledarskap', 'sv'), 'sjalvledarskap');
      assert.equal(slug('Første spor', 'da'), 'foerste-spor');
    });

    it("scaffolds a seance with the next id, after the last seance, in the programme's language", () => {
      const programme = workspace.programmeOf(file('programme.md'))!;
      assert.deepEqual(scaffoldModule(programme, { type: 'seance', title: 'Læringskultur', track: 'forandring', today: '2027-01-01' }), {
        file: `${root}/seances/03-laeringskultur.md`,
        text:
          '---\ntype: seance\nid: s03-laeringskultur\ntitle: Læringskultur\ntrack: forandring\ndate: 2027-02-12\n' +
          'time: { start: "09:00", end: "15:00" }\nfacilitators: []\n---\n## Formål\n\n## Agenda\n- 09:00 Velkommen (plenum)\n',
      });
    });

    it("scaffolds an assignment given at the track's last seance", () => {
      const programme = workspace.programmeOf(file('programme.md'))!;
      assert.deepEqual(
        scaffoldModule(programme, { type: 'assignment', title: 'Refleksion: "min dag"', track: 'samskabelse', today: '2027-01-01' }),
        {
          file: `${root}/assignments/02-refleksion-min-dag.md`,
          text:
            `---\ntype: assignment\nid: a02-refleksion-min-dag\ntitle: 'Refleksion: "min dag"'\ntrack: samskabelse\n` +
            'given: s01-opstart\ndue: 2027-06-25\neffort: 2h\n---\n## Opgave\n\n## Refleksion\n',
        },
      );
    });

    it('scaffolds a programme of half a year from the next Monday', () => {
      assert.deepEqual(scaffoldProgramme({ title: 'Kommunens ledarstig', language: 'sv', today: '2026-11-23' }), {
        file: 'kommunens-ledarstig/programme.md',
        text:
          '---\ntype: programme\nid: kommunens-ledarstig\ntitle: Kommunens ledarstig\nlanguage: sv\n' +
          'period: { start: 2026-11-30, end: 2027-05-28 }\ntracks:\n  - { id: forsta-sparet, title: Första spåret }\n---\n' +
          '## Syfte\n\n## Målgrupp\n',
      });
    });
  });
});
