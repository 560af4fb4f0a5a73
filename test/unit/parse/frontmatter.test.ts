import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseFile } from '../../../src/core';
import { findFrontmatter } from '../../../src/core/yaml/frontmatter';
import { plain } from '../helpers';

const fixtures = path.join(__dirname, 'fixtures');

/** Reads a fixture of this folder the way the workspace gets it. */
function parseFixture(name: string) {
  const file = path.join(fixtures, name);
  return parseFile(file, readFileSync(file, 'utf8'));
}

describe('parse: finding the header', () => {
  it('finds the `---` fences and the YAML between them', () => {
    assert.deepEqual(findFrontmatter('---\ntype: seance\n---\nBody\n'), {
      open: { start: 0, end: 3 },
      content: { start: 4, end: 17 },
      close: { start: 17, end: 20 },
    });
  });

  it('allows spaces and tabs after a fence, like remark-frontmatter', () => {
    assert.deepEqual(findFrontmatter('---  \ntype: seance\n--- \t\nBody\n'), {
      open: { start: 0, end: 5 },
      content: { start: 6, end: 19 },
      close: { start: 19, end: 24 },
    });
  });

  it('reads CRLF line breaks', () => {
    assert.deepEqual(findFrontmatter('---\r\ntype: seance\r\n---\r\nBody\r\n'), {
      open: { start: 0, end: 3 },
      content: { start: 5, end: 19 },
      close: { start: 19, end: 22 },
    });
  });

  it('reads lone CR line breaks', () => {
    assert.deepEqual(findFrontmatter('---\rtype: seance\r---\rBody\r'), {
      open: { start: 0, end: 3 },
      content: { start: 4, end: 17 },
      close: { start: 17, end: 20 },
    });
  });

  it('takes a closing fence at the very end of the text', () => {
    assert.deepEqual(findFrontmatter('---\ntype: seance\n---'), {
      open: { start: 0, end: 3 },
      content: { start: 4, end: 17 },
      close: { start: 17, end: 20 },
    });
  });

  it('reports a header that is never closed with no closing fence', () => {
    assert.deepEqual(findFrontmatter('---\ntype: seance\n'), {
      open: { start: 0, end: 3 },
      content: { start: 4, end: 17 },
    });
  });

  it('finds no header unless the first line is exactly three hyphens', () => {
    for (const text of [
      '----\ntype: seance\n----\n',
      ' ---\ntype: seance\n---\n',
      '--- x\ntype: seance\n---\n',
      '\n---\ntype: seance\n---\n',
      '# Title\n---\n',
    ]) {
      assert.equal(findFrontmatter(text), undefined, JSON.stringify(text));
    }
  });
});

describe('parse: the header of a file', () => {
  it('reads a module whose fences have trailing spaces', () => {
    const parsed = parseFile('/p/s.md', '---  \ntype: seance\nid: s1\ntitle: Start\ndate: 2027-03-11\n--- \t\n');
    assert.equal(parsed.module?.type, 'seance');
    assert.deepEqual(parsed.problems, []);
  });

  it('reads a module written with CRLF line breaks, with ranges on the right lines', () => {
    const parsed = parseFile('/p/s.md', '---\r\ntype: seance\r\nid: s1\r\ntitle: Start\r\ndate: 2027-03-11\r\n---\r\nBody\r\n');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.module?.id, { value: 's1', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 6 } } });
  });

  it('reads a module written with lone CR line breaks (classic Mac) without problems', () => {
    const parsed = parseFile('/p/s.md', '---\rtype: seance\rid: s1\rtitle: Start\rdate: 2027-03-11\r---\rBody\r');
    assert.deepEqual(
      parsed.problems.map((p) => plain(p, '/p')),
      [],
    );
    assert.equal(parsed.module?.type, 'seance');
    assert.deepEqual(parsed.module?.id, { value: 's1', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 6 } } });
  });

  it('strips a byte order mark; ranges refer to the text without it', () => {
    const parsed = parseFile('/p/s.md', '\uFEFF---\ntype: seance\nid: s1\ntitle: Start\ndate: 2027-03-11\nmode: onsit\n---\n');
    assert.equal(parsed.text.charCodeAt(0), '-'.charCodeAt(0));
    assert.deepEqual(parsed.module?.id?.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 6 } });
    assert.deepEqual(
      parsed.problems.map((p) => plain(p, '/p')),
      [
        {
          file: 's.md',
          code: 'invalid-value',
          severity: 'error',
          range: [5, 6, 5, 11],
          message: '`mode` must be one of: onsite, online, hybrid, app. Did you mean `onsite`?',
        },
      ],
    );
  });

  it('sees a file without a header (a README) as no module, and finds nothing wrong in it', () => {
    const parsed = parseFixture('readme.md');
    assert.equal(parsed.module, undefined);
    assert.deepEqual(parsed.problems, []);
  });

  it('sees a header without `type` as no module, and finds nothing wrong in it', () => {
    const parsed = parseFixture('no-type.md');
    assert.equal(parsed.module, undefined);
    assert.deepEqual(parsed.problems, []);
  });

  it('reports a misspelt module type with a did-you-mean and a fix', () => {
    const parsed = parseFixture('type-seanse.md');
    const file = path.join(fixtures, 'type-seanse.md');
    const range = { start: { line: 1, character: 6 }, end: { line: 1, character: 12 } };
    assert.equal(parsed.module, undefined);
    assert.deepEqual(parsed.problems, [
      {
        file,
        code: 'invalid-value',
        severity: 'error',
        range,
        message: {
          key: 'invalid-value.enum-suggest',
          args: { key: 'type', values: 'programme, seance, assignment', suggestion: 'seance' },
        },
        fixes: [{ title: { key: 'fix.replace', args: { text: 'seance' } }, edits: [{ file, range, newText: 'seance' }] }],
      },
    ]);
    assert.deepEqual(
      parsed.problems.map((p) => plain(p, fixtures)),
      [
        {
          file: 'type-seanse.md',
          code: 'invalid-value',
          severity: 'error',
          range: [1, 6, 1, 12],
          message: '`type` must be one of: programme, seance, assignment. Did you mean `seance`?',
        },
      ],
    );
  });

  it("leaves a file of another type alone (`type: post` is some other tool's file)", () => {
    const parsed = parseFixture('type-post.md');
    assert.equal(parsed.module, undefined);
    assert.deepEqual(parsed.problems, []);
  });
});

describe('the header scan agrees with remark-frontmatter', () => {
  // The scan avoids parsing the Markdown of every file; it must find exactly the header remark finds.
  const inputs = [
    '---\ntype: seance\n---\nBody\n',
    '---  \ntype: seance\n---\t\nBody',
    '---\r\ntype: seance\r\n---\r\n',
    '---\n---\n',
    '---\ntitle: a\n----\nstill header\n---\n',
    '---\ntype: x\n',
    ' ---\ntype: x\n---\n',
    'text\n---\ntype: x\n---\n',
    '---\n\n---\n# Heading\n',
    '---\ntitle: "---"\n---\n',
  ];
  for (const input of inputs) {
    it(`finds the same header in ${JSON.stringify(input)}`, async () => {
      const { unified } = await import('unified');
      const { default: remarkParse } = await import('remark-parse');
      const { default: remarkFrontmatter } = await import('remark-frontmatter');
      const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(input);
      const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
      const span = findFrontmatter(input);
      const fromScan = span?.close ? [span.open.start, span.close.end] : undefined;
      const fromRemark = yaml ? [yaml.position!.start.offset, yaml.position!.end.offset] : undefined;
      assert.deepEqual(fromScan, fromRemark);
    });
  }
});
