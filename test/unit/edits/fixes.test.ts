import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { formatMessage, messageKeys, type Fix, type Problem } from '../../../src/core';
import { loadFolder } from '../helpers';
import { applyEditsToFile } from '../rules/edits';
import { FIX_CASES as CASES } from './cases';
import { replaceOnce, richFiles, richWorkspace, VARIANTS } from './rich';

const REPO = path.join(__dirname, '..', '..', '..');

/**
 * Every kind of fix the checker offers, and the file that builds it. A kind is the problem's code
 * and message and the fix's title; the type of a module is read by the parser before the schema,
 * so its suggestion is told apart by the key it is about.
 */
const FIX_KINDS: readonly { source: string; kind: string }[] = [
  { source: 'src/core/parse/index.ts', kind: 'invalid-value invalid-value.enum-suggest (type) → fix.replace' },
  { source: 'src/core/schema/problems.ts', kind: 'invalid-time invalid-time → fix.replace' },
  { source: 'src/core/schema/problems.ts', kind: 'unknown-key unknown-key.suggest → fix.replace' },
  { source: 'src/core/schema/problems.ts', kind: 'invalid-value invalid-value.enum-suggest → fix.replace' },
  { source: 'src/core/schema/problems.ts', kind: 'missing-key missing-key → fix.insert-key' },
  { source: 'src/core/rules/agenda-not-ascending.ts', kind: 'agenda-not-ascending agenda-not-ascending → fix.sort-agenda' },
  { source: 'src/core/rules/agenda-time-notation.ts', kind: 'agenda-time-notation agenda-time-notation → fix.canonical-times' },
  { source: 'src/core/rules/agenda-missing-time.ts', kind: 'agenda-missing-time agenda-missing-time → fix.add-time' },
  { source: 'src/core/rules/weekday-mismatch.ts', kind: 'weekday-mismatch weekday-mismatch → fix.replace' },
  { source: 'src/core/rules/unknown-track.ts', kind: 'unknown-track unknown-track.suggest → fix.replace' },
  { source: 'src/core/rules/unknown-seance.ts', kind: 'unknown-seance unknown-seance.suggest → fix.replace' },
  { source: 'src/core/rules/unknown-outcome.ts', kind: 'unknown-outcome unknown-outcome.suggest → fix.replace' },
];

function kindOf(problem: Problem, fix: Fix): string {
  const type = problem.message.key === 'invalid-value.enum-suggest' && problem.message.args?.key === 'type' ? ' (type)' : '';
  return `${problem.code} ${problem.message.key}${type} → ${fix.title.key}`;
}

/** The one problem of a file with a code on a line, and its one fix. */
function fixOf(problems: readonly Problem[], code: string, line: number): { problem: Problem; fix: Fix } {
  const found = problems.filter((p) => p.code === code && p.range.start.line === line);
  assert.equal(found.length, 1, `expected one ${code} on line ${line}, found ${found.length}`);
  const problem = found[0]!;
  assert.equal(problem.fixes?.length, 1, `expected one fix for ${code} on line ${line}`);
  return { problem, fix: problem.fixes[0]! };
}

describe('no data loss: quick fixes change only what they fix', () => {
  const lf = richFiles();

  for (const variant of VARIANTS) {
    describe(`in files written with ${variant.name}`, () => {
      for (const c of CASES) {
        it(c.name, () => {
          const { workspace, file, bytes } = richWorkspace(() => variant);
          const { fix } = fixOf(workspace.problemsOf(file(c.file)), c.code, c.line);
          assert.equal(formatMessage(fix.title), c.title);
          assert.deepEqual(
            fix.edits.map((edit) => edit.file),
            fix.edits.map(() => file(c.file)),
            'the fix edits its own file only',
          );
          const fixed = applyEditsToFile(bytes.get(c.file)!, fix.edits);
          assert.equal(fixed, variant.write(replaceOnce(lf.get(c.file)!, c.from, c.to)));

          // The fix mends what it is for, and the header is still YAML.
          workspace.update(file(c.file), fixed);
          const after = workspace.problemsOf(file(c.file));
          assert.deepEqual(
            after.filter((p) => p.code === c.code && p.range.start.line === c.line),
            [],
          );
          assert.deepEqual(
            after.filter((p) => p.code === 'yaml-syntax'),
            [],
          );
        });
      }
    });
  }

  it('offers no fix that would break a header written as one flow map: a new line below it is not YAML', () => {
    const { workspace, file } = richWorkspace(() => VARIANTS[0]!);
    const problems = workspace.problemsOf(file('seances/06-flow.md'));
    assert.deepEqual(
      problems.map((p) => [p.code, p.message.key, p.fixes]),
      [['missing-key', 'missing-key', undefined]],
    );
  });
});

describe('no data loss: every kind of fix has a case', () => {
  const { workspace } = richWorkspace(() => VARIANTS[0]!);
  const covered = new Set(
    CASES.map((c) => {
      const { workspace: ws, file } = richWorkspace(() => VARIANTS[0]!);
      const { problem, fix } = fixOf(ws.problemsOf(file(c.file)), c.code, c.line);
      return kindOf(problem, fix);
    }),
  );

  it('the cases cover every kind of fix in the list, and the list has no kind without a case', () => {
    assert.deepEqual([...covered].sort(), [...new Set(FIX_KINDS.map((k) => k.kind))].sort());
  });

  it('every fix of the rich programme has a case', () => {
    const offered = [...workspace.problems().values()].flatMap((problems) =>
      problems.flatMap((problem) =>
        (problem.fixes ?? []).map(() => `${path.basename(problem.file)} ${problem.code} ${problem.range.start.line}`),
      ),
    );
    assert.deepEqual(offered.sort(), CASES.map((c) => `${path.basename(c.file)} ${c.code} ${c.line}`).sort());
  });

  it('every `fix.*` title of the catalogue is used by a case', () => {
    const titles = messageKeys().filter((key) => key.startsWith('fix.'));
    assert.deepEqual([...new Set([...covered].map((kind) => kind.split('→ ')[1]))].sort(), titles.sort());
  });

  it('every place in src/core that builds a fix is in the list (add a case when you add a fix)', () => {
    // A fix is built by `replaceFix(`, by validate.ts's `replace(` around it, or as a literal with a `fix.*` title.
    const site = /(?<![\w.])(?:replaceFix|replace)\(|title: \{ key: 'fix\./g;
    const sites: Record<string, number> = {};
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.ts') && name !== 'fixes.ts') {
          const lines = readFileSync(full, 'utf8')
            .split('\n')
            .filter((line) => !/\bconst replace = /.test(line));
          const count = lines.join('\n').match(site)?.length ?? 0;
          if (count > 0) sites[path.relative(REPO, full).split(path.sep).join('/')] = count;
        }
      }
    };
    walk(path.join(REPO, 'src', 'core'));
    const listed: Record<string, number> = {};
    for (const { source } of FIX_KINDS) listed[source] = (listed[source] ?? 0) + 1;
    assert.deepEqual(sites, listed);
  });

  it('every fix offered on any fixture or sample of the repository is of a listed kind', () => {
    const known = new Set(FIX_KINDS.map((k) => k.kind));
    const seen = new Set<string>();
    const folders = [path.join(REPO, 'samples'), path.join(REPO, 'test', 'protocol', 'fixtures')];
    const findFixtures = (dir: string): void => {
      for (const name of readdirSync(dir).sort()) {
        const full = path.join(dir, name);
        if (!statSync(full).isDirectory()) continue;
        if (name === 'fixtures') folders.push(full);
        else findFixtures(full);
      }
    };
    findFixtures(path.join(REPO, 'test', 'unit'));
    for (const folder of folders) {
      for (const problems of loadFolder(folder).problems().values()) {
        for (const problem of problems) for (const fix of problem.fixes ?? []) seen.add(kindOf(problem, fix));
      }
    }
    assert.deepEqual(
      [...seen].filter((kind) => !known.has(kind)),
      [],
    );
    assert.ok(seen.size >= 5, `the fixtures show ${seen.size} kinds of fix`);
  });
});
