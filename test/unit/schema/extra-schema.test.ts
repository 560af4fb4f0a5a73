import * as assert from 'node:assert/strict';
import { ExtraSchemaRefused, formatMessage, LOCALES, Workspace, type ExtraSchema } from '../../../src/core';
import { plain } from '../helpers';

const seance = (costCentre: string): string =>
  `---\ntype: seance\nid: s01\ntitle: Opstart\ndate: 2027-03-11\ncostCentre: ${costCentre}\n---\n`;

const programme = '---\ntype: programme\nid: p\ntitle: P\nlanguage: da\nperiod: { start: 2027-01-04, end: 2027-06-25 }\n---\n';

/** A workspace with a programme, so that the seance is not an orphan. */
function workspaceWithProgramme(): Workspace {
  const workspace = new Workspace();
  workspace.update('/p/programme.md', programme);
  return workspace;
}

describe("an organisation's extra schema", () => {
  it('turns its keys from unknown into checked keys, and back when it is removed', () => {
    const workspace = workspaceWithProgramme();
    workspace.update('/p/seance.md', seance('4711'));
    const problems = () => workspace.problemsOf('/p/seance.md').map((p) => plain(p, '/p'));
    assert.deepEqual(problems(), [
      {
        file: 'seance.md',
        code: 'unknown-key',
        severity: 'warning',
        range: [5, 0, 5, 10],
        message: 'Unknown key `costCentre`. It is not used for a seance and will be ignored.',
      },
    ]);

    workspace.setExtraSchema({ properties: { costCentre: { type: 'string', description: 'The cost centre.' } } });
    assert.deepEqual(problems(), [
      {
        file: 'seance.md',
        code: 'wrong-type',
        severity: 'error',
        range: [5, 12, 5, 16],
        message: '`costCentre` must be text.',
      },
    ]);

    workspace.update('/p/seance.md', seance('"4711"'));
    assert.deepEqual(problems(), []);

    workspace.setExtraSchema(undefined);
    assert.equal(problems()[0]?.code, 'unknown-key');
  });

  it('cannot redefine a standard key', () => {
    const workspace = workspaceWithProgramme();
    workspace.setExtraSchema({ properties: { date: { type: 'number' } } });
    workspace.update('/p/seance.md', seance('"4711"').replace('costCentre: "4711"\n', ''));
    assert.deepEqual(workspace.problemsOf('/p/seance.md'), []);
  });

  it('is refused when it is not a valid JSON Schema, and the workspace keeps its schemas', () => {
    const workspace = workspaceWithProgramme();
    workspace.update('/p/seance.md', seance('4711'));
    assert.throws(() => workspace.setExtraSchema({ properties: { costCentre: { type: 'text' } } }));
    assert.equal(workspace.problemsOf('/p/seance.md')[0]?.code, 'unknown-key');
  });

  describe('patterns, matched in linear time (RE2) (issue 14)', () => {
    const value = 'a'.repeat(31);
    const withCode = (code: string): string => seance('"4711"').replace('costCentre: "4711"', `code: ${code}`);

    /** The fastest of five checks of a seance under an extra schema with a pattern, in ms, and its problems. */
    function check(pattern: string, code: string): { ms: number; problems: ReturnType<typeof plain>[] } {
      const workspace = workspaceWithProgramme();
      workspace.setExtraSchema({ properties: { code: { type: 'string', pattern } } });
      let ms = Infinity;
      for (let run = 0; run < 5; run++) {
        workspace.update('/p/seance.md', withCode(run % 2 === 0 ? code : `${code} `));
        const start = performance.now();
        workspace.update('/p/seance.md', withCode(code));
        ms = Math.min(ms, performance.now() - start);
      }
      return { ms, problems: workspace.problemsOf('/p/seance.md').map((p) => plain(p, '/p')) };
    }

    it('checks `^(a+)+$` against 31 `a`s and a `b` as fast as a trivial pattern, and refuses the value', () => {
      const evil = check('^(a+)+$', `${value}b`);
      const trivial = check('^a+$', `${value}b`);
      const refused = [
        {
          file: 'seance.md',
          code: 'invalid-value',
          severity: 'error',
          range: [5, 6, 5, 38],
          message: '`code` has a value that is not allowed here.',
        },
      ];
      assert.deepEqual(evil.problems, refused);
      assert.deepEqual(trivial.problems, refused);
      // A backtracking RegExp takes over a minute here; RE2 about as long as the trivial pattern.
      assert.ok(evil.ms < 10 * trivial.ms, `^(a+)+$ took ${evil.ms.toFixed(2)} ms, ^a+$ ${trivial.ms.toFixed(2)} ms`);
      assert.deepEqual(check('^(a+)+$', value).problems, []);
    });

    for (const pattern of ['^(a)\\1$', '^(?=a)a$', '^(?!b)a$', '(?<=a)b', '(?<!a)b']) {
      it(`refuses the whole schema for ${pattern}, naming the pattern in three languages, and keeps the schemas it had`, () => {
        const workspace = workspaceWithProgramme();
        const kept: ExtraSchema = { properties: { costCentre: { type: 'string' } } };
        workspace.setExtraSchema(kept);
        workspace.update('/p/seance.md', seance('4711'));
        const before = workspace.problemsOf('/p/seance.md');
        const error = (() => {
          try {
            workspace.setExtraSchema({ properties: { costCentre: { type: 'string' }, code: { type: 'string', pattern } } });
          } catch (thrown) {
            return thrown;
          }
          return undefined;
        })();
        assert.ok(error instanceof ExtraSchemaRefused);
        assert.deepEqual(
          LOCALES.map((locale) =>
            formatMessage({ key: 'extra-schema.invalid', args: { path: 'schemas/kommune.json', reason: error.reason } }, locale),
          ),
          [
            `The extra schema schemas/kommune.json cannot be used: its pattern \`${pattern}\` uses a look-ahead, a look-behind or a back-reference, which can make checking a value take minutes. Write the pattern without them.`,
            `Det ekstra skema schemas/kommune.json kan ikke bruges: dets mønster \`${pattern}\` bruger et look-ahead, et look-behind eller en tilbagereference, som kan få tjekket af en værdi til at tage minutter. Skriv mønstret uden dem.`,
            `Det extra schemat schemas/kommune.json kan inte användas: dess mönster \`${pattern}\` använder en look-ahead, en look-behind eller en bakåtreferens, vilket kan få kontrollen av ett värde att ta minuter. Skriv mönstret utan dem.`,
          ],
        );
        assert.deepEqual(workspace.problemsOf('/p/seance.md'), before);
        assert.equal(before[0]?.code, 'wrong-type');
      });
    }

    it('reads the JavaScript spellings RE2 lacks: \\u escapes, named groups, \\d and \\p{L}', () => {
      const workspace = workspaceWithProgramme();
      workspace.setExtraSchema({ properties: { code: { type: 'string', pattern: '^(?<sted>[\\u00e6\\p{L}]+)-\\d{4}$' } } });
      workspace.update('/p/seance.md', withCode('æblegård-2027'));
      assert.deepEqual(workspace.problemsOf('/p/seance.md'), []);
      workspace.update('/p/seance.md', withCode('æblegård-27'));
      assert.equal(workspace.problemsOf('/p/seance.md')[0]?.code, 'invalid-value');
    });
  });
});
