import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { parseFile, type Problem } from '../../../src/core';
import { readCorpusFile } from '../../fixtures/bad/cases';
import { mutate, mutation, randomModule, samples, type Mutation } from './arbitraries';
import { assertInside, assertProperty, PROPERTY_SEED, propertyTally, WatchedWorkspace, guarded } from './invariants';

/**
 * Property-based tests of the core: for random and mutated modules, the checker never throws,
 * never meets a fault in a rule, keeps every range inside its document and answers in bounded
 * time; and a workspace brought to a state by many small updates reports exactly what a fresh
 * workspace reads from the same texts. The seed is fixed (FC_SEED overrides it, FC_RUNS the
 * number of cases), so that a failure repeats; fast-check prints the seed and path to replay it.
 */

const folder = '/robust';
const programmeText = readCorpusFile('programme/programme.md');

/** The files of a sample programme, at /samples/<name>/…, by path. */
function sampleTexts(index: number): Map<string, string> {
  const sample = samples[index % samples.length]!;
  return new Map(sample.files.map((f) => [`/samples/${sample.name}/${f.relative}`, f.text]));
}

function load(texts: ReadonlyMap<string, string>): WatchedWorkspace {
  const workspace = new WatchedWorkspace();
  for (const [file, text] of texts) workspace.update(file, text);
  return workspace;
}

/** Problems by file, in path order, for an exact comparison. */
const sorted = (problems: Map<string, Problem[]>): [string, Problem[]][] => [...problems].sort(([a], [b]) => (a < b ? -1 : 1));

describe('robustness: properties of the core (fast-check)', function () {
  // Each property runs its cases in one test: a case is bounded by the hang guard, the test is not.
  this.timeout(0);
  before(() => {
    propertyTally.properties = 0;
    propertyTally.cases = 0;
  });
  after(() => {
    console.log(`        (${propertyTally.properties} properties held in ${propertyTally.cases} cases, seed ${PROPERTY_SEED})`);
  });

  it('random modules beside a programme: no exception, no fault, every range of a problem and a fix inside its document', () => {
    assertProperty(
      fc.array(randomModule, { minLength: 1, maxLength: 4 }),
      (modules) => {
        const texts = new Map([
          [`${folder}/programme.md`, programmeText],
          ...modules.map((text, i) => [`${folder}/m${i}.md`, text] as [string, string]),
        ]);
        guarded('random modules', () => {
          for (const [file, text] of texts) assertInside(parseFile(file, text).problems, (f) => texts.get(f));
          load(texts).assertSound(texts);
        });
      },
      300,
    );
  });

  it('sample programmes with files mutated (lines deleted, doubled, swapped, indented; characters inserted, swapped, cut; keys and values replaced; line breaks changed): no exception, no fault, every range inside', () => {
    assertProperty(
      fc.record({
        sample: fc.nat(),
        edits: fc.array(fc.record({ file: fc.nat(), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }) }), {
          minLength: 1,
          maxLength: 3,
        }),
      }),
      ({ sample, edits }) => {
        const texts = sampleTexts(sample);
        const paths = [...texts.keys()];
        for (const edit of edits) {
          const file = paths[edit.file % paths.length]!;
          texts.set(file, mutate(texts.get(file)!, edit.mutations));
        }
        guarded('mutated sample', () => load(texts).assertSound(texts));
      },
      200,
    );
  });

  /** One step of an editing session on a workspace. */
  type Step =
    | { kind: 'mutate'; file: number; mutations: Mutation[] }
    | { kind: 'restore'; file: number }
    | { kind: 'remove'; file: number }
    | { kind: 'copy'; file: number; into: number; name: number }
    | { kind: 'look' };

  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('mutate' as const),
        file: fc.nat(),
        mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('restore' as const), file: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), file: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy' as const), file: fc.nat(), into: fc.nat(), name: fc.nat({ max: 3 }) }) },
    { weight: 2, arbitrary: fc.constant({ kind: 'look' as const }) },
  );

  it('an editing session over two programmes, applied file by file, reports, for every file, exactly what a fresh workspace reads from the final texts; and what a server publishes after each update (the files `filesAffectedBy` names) is up to date', () => {
    assertProperty(
      fc.record({ sample: fc.nat(), steps: fc.array(step, { minLength: 1, maxLength: 12 }) }),
      ({ sample, steps }) => {
        // Two programmes, so that the rules across programmes (a facilitator booked twice) run too.
        const original = new Map([...sampleTexts(sample), ...sampleTexts(sample + 1)]);
        const texts = new Map(original);
        const paths = [...original.keys()];
        const workspace = load(texts);
        // What a server has published: the problems of each file, as of the last update that affected it.
        const published = new Map([...workspace.problems()]);
        const update = (file: string, text: string | undefined): void => {
          const before = workspace.has(file) ? workspace.filesAffectedBy(file) : new Set<string>();
          if (text === undefined) {
            workspace.remove(file);
            texts.delete(file);
          } else {
            workspace.update(file, text);
            texts.set(file, text);
          }
          const after = workspace.has(file) ? workspace.filesAffectedBy(file) : new Set<string>();
          for (const path of new Set([...before, ...after, file]))
            published.set(path, workspace.has(path) ? workspace.problemsOf(path) : []);
        };
        guarded('an editing session', () => {
          for (const s of steps) {
            if (s.kind === 'look') {
              workspace.assertSound(texts);
              continue;
            }
            const file = paths[s.file % paths.length]!;
            if (s.kind === 'mutate') update(file, mutate(texts.get(file) ?? original.get(file)!, s.mutations));
            else if (s.kind === 'restore') update(file, original.get(file));
            else if (s.kind === 'remove') update(file, undefined);
            else {
              const into = paths[s.into % paths.length]!;
              const copy = `${into.slice(0, into.lastIndexOf('/'))}/${file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/, ` - Kopi ${s.name}.md`)}`;
              update(copy, texts.get(file) ?? original.get(file)!);
            }
          }
          const incremental = workspace.assertSound(texts);
          const fresh = load(texts).assertSound(texts);
          assert.deepStrictEqual(sorted(incremental), sorted(fresh), 'the incremental workspace differs from a fresh one');
          for (const [file, problems] of fresh) assert.deepStrictEqual(workspace.problemsOf(file), problems, `problemsOf(${file})`);
          const shown = new Map([...published].filter(([, problems]) => problems.length > 0));
          const expected = new Map([...fresh].filter(([, problems]) => problems.length > 0));
          assert.deepStrictEqual(sorted(shown), sorted(expected), 'what a server would have published is stale');
        });
      },
      150,
    );
  });
});
