import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { runCli } from '../../../src/cli/main';
import { importProgramme, paragraphsOfHtml, paragraphsOfText } from '../../../src/core';
import { docxParagraphs } from '../../../src/node/docx';

const fixtures = path.join(__dirname, 'fixtures');
const SOURCES = ['1-akademi.txt', '2-lederuddannelse.md', '3-lederseminar.txt', '4-temadag.txt', '5-ledarstig.txt'];
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/**
 * A real Word document made from a fixture text, as a designer's would be: a paragraph a line,
 * Markdown headings as Word headings, bullets as a Word bulleted list, a bold run inside a paragraph.
 */
async function docxOf(text: string): Promise<Buffer> {
  const children = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const heading = /^(#{1,3}) (.*)$/.exec(line);
      if (heading) return new Paragraph({ text: heading[2]!, heading: HEADINGS[heading[1]!.length - 1]! });
      const bullet = /^(?:[-•]) (.*)$/.exec(line);
      if (bullet && !line.startsWith('- træningsbane')) return new Paragraph({ text: bullet[1]!, bullet: { level: 0 } });
      // A time in bold, as programmes often print it: the runs join into one paragraph again.
      const time = /^(Kl [\d.]+:)(.*)$/.exec(line);
      if (time) return new Paragraph({ children: [new TextRun({ text: time[1]!, bold: true }), new TextRun(time[2]!)] });
      return new Paragraph({ text: line });
    });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

describe('import: Word documents (.docx, read by mammoth)', () => {
  for (const name of SOURCES) {
    it(`imports ${name} made into a .docx to exactly the folder of the text itself`, async () => {
      const text = readFileSync(path.join(fixtures, name), 'utf8');
      const fromText = importProgramme(paragraphsOfText(text, name.endsWith('.md')));
      const fromDocx = importProgramme(await docxParagraphs(await docxOf(text)));
      assert.deepEqual(fromDocx, fromText);
    });
  }

  it('reads headings, list items, inline markup, line breaks and entities of the converter’s HTML', () => {
    assert.deepEqual(
      paragraphsOfHtml(
        '<h1>Lederseminar &amp; m&#248;de</h1><p><strong>Kl 8.15:</strong> Velkommen<br />til alle</p><ul><li>Et<ul><li>To</li></ul></li></ul><table><tr><td><p>Celle</p></td></tr></table>',
      ),
      [
        { heading: 1, text: 'Lederseminar & møde' },
        { text: 'Kl 8.15: Velkommen til alle' },
        { listItem: true, text: 'Et' },
        { listItem: true, text: 'To' },
        { text: 'Celle' },
      ],
    );
  });

  describe('curriculum import file.docx', () => {
    let folder: string;
    beforeEach(() => {
      folder = realpathSync(mkdtempSync(path.join(tmpdir(), 'curriculum-docx-')));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('writes the same files as the text import', async () => {
      writeFileSync(path.join(folder, 'seminar.docx'), await docxOf(readFileSync(path.join(fixtures, '3-lederseminar.txt'), 'utf8')));
      const fromDocx = await runCli(['import', 'seminar.docx', '--out', 'a'], folder, {});
      const fromText = await runCli(['import', path.join(fixtures, '3-lederseminar.txt'), '--out', 'b'], folder, {});
      assert.equal(fromDocx.status, 0);
      assert.equal(fromDocx.stdout, fromText.stdout.replaceAll('b/', 'a/').replace('into b.', 'into a.').replace('check b`', 'check a`'));
      for (const file of [
        'programme.md',
        'seances/01-torsdag-d-30-oktober.md',
        'seances/02-fredag.md',
        'assignments/01-hjemmearbejde-inden-seminaret.md',
      ]) {
        assert.equal(readFileSync(path.join(folder, 'a', file), 'utf8'), readFileSync(path.join(folder, 'b', file), 'utf8'), file);
      }
    });

    it('says a .docx that is no Word document cannot be read; exit 2, nothing written', async () => {
      writeFileSync(path.join(folder, 'broken.docx'), 'not a zip');
      const result = await runCli(['import', 'broken.docx', '--out', 'o'], folder, {});
      assert.equal(result.status, 2);
      assert.match(result.stderr, /^curriculum: Cannot read broken\.docx: .+\.\n$/);
    });
  });
});
