import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { LineIndex } from '../../../src/core';
import { findFrontmatter } from '../../../src/core/yaml/frontmatter';
import { agendaSections, isPlainSection, parseAgenda } from '../../../src/core/parse/agenda';

/** Runs of the property; FC_RUNS and FC_SEED reproduce or widen a run. */
const RUNS = Number(process.env.FC_RUNS ?? 2000);
const SEED = Number(process.env.FC_SEED ?? 20261123);

/** Lines that make up seance bodies, among them every construct the section scan must get right. */
const LINES = [
  '',
  '',
  '# Agenda',
  '## Program',
  '## Dagsorden',
  '## Dagordning',
  '### Tidsplan for dagen',
  '## Programmets baggrund',
  '## *Agenda*',
  '## Agenda ##',
  '#Agenda',
  '   ## Agenda',
  '## Formål',
  '# Om dagen',
  '### Fredag 2025-10-31',
  '### Lørdag 2025-11-01',
  '#### Noter',
  '- 08:30 Kaffe (pause)',
  '- 09:00–10:15 Oplæg (oplæg)',
  '- 9.30 Øvelse',
  '- 10:00 Gruppearbejde (grupper)',
  '1. 11:00 Frokost (frokost)',
  '  - 11:30 Walk and talk (gåtur)',
  '- Ingen tid',
  '    - 12:00 indrykket',
  'Almindelig tekst om dagen.',
  '> # Agenda i et citat',
  '> - 08:00 citeret punkt',
  '```',
  '```md',
  '~~~',
  '  ```',
  '    # kode',
  '---',
  '===',
  '-',
  '<div>',
  '</div>',
  '<!-- kommentar -->',
  '[ref]: https://example.org',
  '| tid | punkt |',
  '- 08:30 Kaffe  ',
  '* 10:00 Stjerne (pause)',
  '+ 11:00 Plus',
  '1) 12:00 Parentes',
  '2. 13:00 To',
  '- - -',
  '***',
  '- ',
  '-\t08:00 tab',
  '-     kode',
  '- # overskrift i punkt',
  '- > citat i punkt',
  '- ***',
  '--',
  '- [ ] 09:00 opgave',
  'Tekst lige efter',
  '#hashtag',
  '## Program *for* dagen',
  '#',
  // Agendas as Nordic programmes write them: times, day headings, descriptions and speakers.
  '- Kl 8.15: Velkommen',
  '- kl. 9 Kaffe (pause)',
  '- 8.30-9.15 Oplæg',
  '- Kl Fælles mål',
  '- 09:00 Oplæg — Forsker (oplæg)',
  '  Kommunaldirektøren byder velkommen.',
  '  Oplægsholder: Procesleder',
  '  - Gruppe 1',
  '### Torsdag d. 30. oktober',
  '### Fredag den 31. oktober, kl. 8.30–12',
  '### Fredag 31/10',
  '### Torsdag formiddag',
  // Text under an item, at every indentation the line reader must tell apart.
  '  Tekst under punktet.',
  '   tre mellemrum ind',
  '      seks mellemrum ind',
  '  ---',
  '  1. 09:00 under',
  '  [ref]: https://example.org',
];

const body = fc.array(fc.constantFrom(...LINES), { maxLength: 30 });
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

function agendaOf(text: string, whole: boolean) {
  const lines = new LineIndex(text);
  const span = findFrontmatter(text);
  return parseAgenda('/p/s.md', lines, '2025-10-30', span?.close?.end ?? 0, whole, '2025-10-31');
}

describe('agenda: only the agenda sections are parsed', () => {
  it(`reads the same items and problems as a parse of the whole body (${RUNS} random bodies)`, function () {
    this.timeout(120_000);
    let scanned = 0;
    let plain = 0;
    fc.assert(
      // A seance always has a closed header: the agenda is read only then.
      fc.property(body, lineEnding, (bodyLines, eol) => {
        const text = ['---', 'type: seance', '---', ...bodyLines].join(eol) + eol;
        const span = findFrontmatter(text);
        const sections = agendaSections(text, span?.close?.end ?? 0);
        if (sections !== undefined) scanned++;
        if (sections && sections.length > 0 && sections.every((section) => isPlainSection(text, section))) plain++;
        assert.deepEqual(agendaOf(text, false), agendaOf(text, true));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The property means little unless most bodies take the scan rather than the whole parse.
    assert.ok(scanned > RUNS / 10, `only ${scanned} of ${RUNS} bodies were scanned`);
    assert.ok(plain > RUNS / 20, `only ${plain} of ${RUNS} bodies were read without the Markdown parser`);
  });

  it('reads every sample seance the same way, and scans each without a whole parse', () => {
    const samples = path.join(__dirname, '../../../samples');
    const seances: string[] = [];
    const walk = (folder: string): void => {
      for (const name of readdirSync(folder)) {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.md') && /^type:\s*seance\s*$/m.test(readFileSync(full, 'utf8'))) seances.push(full);
      }
    };
    walk(samples);
    assert.ok(seances.length >= 20, `${seances.length} sample seances`);
    for (const file of seances) {
      const text = readFileSync(file, 'utf8');
      const span = findFrontmatter(text)!;
      const sections = agendaSections(text, span.close!.end);
      assert.notEqual(sections, undefined, `${file} needed a whole parse`);
      for (const section of sections!) assert.ok(isPlainSection(text, section), `${file}: its agenda needed the Markdown parser`);
      assert.deepEqual(agendaOf(text, false), agendaOf(text, true), file);
    }
  });

  it('finds the section from its heading to the next heading of the same level', () => {
    const text =
      '---\ntype: seance\n---\n# Dag\n\n## Program\n\n- 08:30 Kaffe\n\n### Fredag 2025-10-31\n\n- 09:00 Oplæg\n\n## Praktisk\n\n- 10:00 ikke agenda\n';
    const start = text.indexOf('## Program');
    assert.deepEqual(agendaSections(text, text.indexOf('# Dag') - 1), [{ start, end: text.indexOf('## Praktisk') }]);
  });

  it('parses a body whole when a line could belong to an HTML block or a setext heading', () => {
    assert.equal(agendaSections('<div>\n# Agenda\n</div>\n', 0), undefined);
    assert.equal(agendaSections('Agenda\n------\n- 08:30 Kaffe\n', 0), undefined);
    assert.equal(agendaSections('- punkt\n  # Agenda\n', 0), undefined);
    assert.equal(agendaSections('# Agenda\r- 08:30 Kaffe\r', 0), undefined);
  });
});
