/**
 * One cold check of a generated workspace by one tool, in a fresh process so that no tool gains
 * from another's warm-up: `tsx test/bench/cold-worker.ts <tool> <folder>`. It loads the tool,
 * then times reading (synchronously, as our CLI does, for every tool) and checking every module, and prints one line of JSON: the milliseconds,
 * the modules checked and the problems found (the bench compares them, so that a tool that
 * silently checks nothing cannot look fast).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { markdownFiles } from '../../src/node/discover';
import { findFrontmatter } from '../../src/core/yaml/frontmatter';

const REPOSITORY = path.resolve(__dirname, '../..');
const SCHEMAS = path.join(REPOSITORY, 'schemas');
type ModuleType = 'programme' | 'seance' | 'assignment';

export interface ColdRun {
  tool: string;
  ms: number;
  modules: number;
  problems: number;
}

/** The type of a generated module, from where the generator puts it. */
function typeByPlace(file: string): ModuleType {
  if (file.endsWith('/programme.md')) return 'programme';
  return file.includes('/seancer/') ? 'seance' : 'assignment';
}

/** Every Markdown file of a folder with the YAML text of its header, read as our CLI reads them. */
async function* headers(folder: string): AsyncGenerator<{ file: string; yamlText: string }> {
  for (const file of await markdownFiles(folder)) {
    const text = readFileSync(file, 'utf8');
    const span = findFrontmatter(text);
    yield { file, yamlText: text.slice(span!.content.start, span!.content.end) };
  }
}

const schemaText = (name: string): string => readFileSync(path.join(SCHEMAS, `${name}.schema.json`), 'utf8');

/** Our checker: the CLI's `check`, in-process, from finding the files to the report. */
async function ours(folder: string): Promise<() => Promise<Omit<ColdRun, 'tool' | 'ms'>>> {
  const { runCli } = await import('../../src/cli/main');
  return async () => {
    const result = await runCli(['check', folder, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { files: number; problems: unknown[] };
    return { modules: report.files, problems: report.problems.length };
  };
}

/** The floor: `yaml.parse` of each header plus the precompiled ajv validator, nothing else. */
async function floor(folder: string): Promise<() => Promise<Omit<ColdRun, 'tool' | 'ms'>>> {
  const { parse } = await import('yaml');
  const { standardValidators } = await import('../../src/core/schema/validate');
  const validators = standardValidators();
  return async () => {
    let problems = 0;
    let modules = 0;
    for await (const { file, yamlText } of headers(folder)) {
      modules++;
      const validate = validators[typeByPlace(file)];
      if (!validate(parse(yamlText))) problems += validate.errors!.length;
    }
    return { modules, problems };
  };
}

/** yaml-language-server's language service validating each header as a YAML document, uncached. */
async function yamlLanguageServer(folder: string): Promise<() => Promise<Omit<ColdRun, 'tool' | 'ms'>>> {
  const { getLanguageService } = await import('yaml-language-server');
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  const service = getLanguageService({
    // The schemas' $refs name their $id's host; every one of them is a file in schemas/.
    schemaRequestService: async (uri: string) => schemaText(path.basename(uri).replace(/\.schema\.json$/, '')),
    workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
  });
  service.configure({
    validate: true,
    schemas: [
      { uri: `https://curriculum-studio.example/schemas/programme.schema.json`, fileMatch: ['**/programme.md.yaml'] },
      { uri: `https://curriculum-studio.example/schemas/seance.schema.json`, fileMatch: ['**/seancer/*.md.yaml'] },
      { uri: `https://curriculum-studio.example/schemas/assignment.schema.json`, fileMatch: ['**/opgaver/*.md.yaml'] },
    ],
  });
  return async () => {
    let problems = 0;
    let modules = 0;
    for await (const { file, yamlText } of headers(folder)) {
      modules++;
      const document = TextDocument.create(pathToFileURL(file).toString() + '.yaml', 'yaml', 1, yamlText);
      problems += (await service.doValidation(document, false)).length;
    }
    return { modules, problems };
  };
}

/** remark-lint-frontmatter-schema over the same files: remark, remark-frontmatter, then its rule. */
async function remarkLintFrontmatterSchema(folder: string): Promise<() => Promise<Omit<ColdRun, 'tool' | 'ms'>>> {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const { default: remarkFrontmatter } = await import('remark-frontmatter');
  const { default: rule } = await import('remark-lint-frontmatter-schema');
  const { VFile } = await import('vfile');
  // Draft 2020-12 is not its ajv's default; the same schemas, with draft-07 named, are otherwise equal.
  const schemas = {
    [path.join(SCHEMAS, 'programme.schema.json')]: ['**/programme.md'],
    [path.join(SCHEMAS, 'seance.schema.json')]: ['**/seancer/*.md'],
    [path.join(SCHEMAS, 'assignment.schema.json')]: ['**/opgaver/*.md'],
  };
  // It finds schemas and matches globs relative to the working folder: the workspace's.
  process.chdir(folder);
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(rule, {
      schemas: Object.fromEntries(Object.entries(schemas).map(([schema, globs]) => [path.relative(folder, schema), globs])),
      // Quiet about our own formats (`date`, `time-of-day`), which it does not know.
      ajvOptions: { validateSchema: false, logger: false },
    });
  return async () => {
    let problems = 0;
    const files = await markdownFiles(folder);
    for (const file of files) {
      const vfile = new VFile({ path: file, value: readFileSync(file, 'utf8') });
      await processor.run(processor.parse(vfile), vfile);
      problems += vfile.messages.length;
      if (process.env.BENCH_DEBUG) for (const m of vfile.messages) console.error(file, m.reason);
    }
    return { modules: files.length, problems };
  };
}

export const TOOLS = {
  floor,
  ours,
  'yaml-language-server': yamlLanguageServer,
  'remark-lint-frontmatter-schema': remarkLintFrontmatterSchema,
} as const;

async function main(): Promise<void> {
  const [tool, folder] = process.argv.slice(2) as [keyof typeof TOOLS, string];
  const prepare = TOOLS[tool];
  if (!prepare || !folder) throw new Error(`usage: cold-worker <${Object.keys(TOOLS).join('|')}> <folder>`);
  const check = await prepare(path.resolve(folder));
  const start = performance.now();
  const found = await check();
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ tool, ms, ...found } satisfies ColdRun) + '\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  });
}
