import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = resolve(__dirname, '../../..');
const core = join(root, 'src/core');
const configFile = join(root, 'eslint.config.mjs');

/** The layers of the core, lowest first, from the lint configuration that enforces them. */
async function coreLayers(): Promise<string[][]> {
  const config = (await import(pathToFileURL(configFile).href)) as { CORE_LAYERS: string[][] };
  return config.CORE_LAYERS;
}

/** The folder or top-level file of src/core that a path is in: `rules`, `workspace`, or `index`. */
function memberOf(path: string): string {
  const inside = relative(core, path).split(/[\\/]/);
  const first = inside[0] ?? '';
  return first === '' ? 'index' : first.replace(/\.ts$/, '');
}

function coreFiles(folder = core): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : coreFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the layers of the core', () => {
  it('place every folder and top-level file of src/core in a layer', async () => {
    const placed = new Set((await coreLayers()).flat());
    const members = new Set(coreFiles().map(memberOf));
    assert.deepEqual([...members].filter((member) => !placed.has(member)).sort(), []);
  });

  it('hold: no module imports from a layer above its own', async () => {
    const layers = await coreLayers();
    const level = new Map(layers.flatMap((layer, i) => layer.map((member) => [member, i] as const)));
    const upwards: string[] = [];
    for (const file of coreFiles()) {
      const source = readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g)) {
        const target = resolve(dirname(file), specifier!);
        if (!target.startsWith(core)) continue;
        const from = memberOf(file);
        const to = memberOf(target === core ? join(core, 'index.ts') : target);
        if (level.get(to)! > level.get(from)!) upwards.push(`${posix.normalize(relative(root, file))} -> ${specifier}`);
      }
    }
    assert.deepEqual(upwards, []);
  });

  it('are enforced by the lint rule, spelt from where the importer stands', async () => {
    // The imports below are in no file on disk, so no tsconfig.json has their types: the rule needs none.
    const eslint = new ESLint({ cwd: root, overrideConfigFile: configFile, overrideConfig: tseslint.configs.disableTypeChecked });
    const restricted = async (filePath: string, specifier: string): Promise<boolean> => {
      const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport const y = x;\n`, {
        filePath: join(root, filePath),
      });
      return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
    };
    assert.deepEqual(
      await Promise.all([
        restricted('src/core/schedule.ts', './rules/rule'),
        restricted('src/core/schema/validate.ts', '../parse/header'),
        restricted('src/core/rules/new-rule.ts', '../workspace'),
        restricted('src/core/rules/new-rule.ts', '..'),
        restricted('src/core/lines.ts', './module'),
        restricted('src/core/workspace.ts', './rules'),
        restricted('src/core/parse/index.ts', '../schema/validate'),
        restricted('src/core/rules/new-rule.ts', './rule'),
        restricted('src/core/language/hover.ts', '../workspace'),
      ]),
      [true, true, true, true, true, false, false, false, false],
    );
  });
});
