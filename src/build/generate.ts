/**
 * The lists of problem codes outside the code, generated from the rules and the reading codes of
 * the core (src/core/codes.ts and src/core/rules/), so that a new rule is one file and one line in the rule index:
 * the codes offered by the `curriculumStudio.severity` setting in package.json, and the rule table
 * of README.md between its markers. esbuild.mjs runs this on every build; a unit test runs it in
 * check mode and fails when a file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { rulesReport } from '../cli/output';
import { problemCodes } from '../core/rules/codes';

/** A file with the text it should have. */
export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  file: string;
  text: string;
}

const TABLE = /(<!-- rules:start -->\n)[\s\S]*?(\n<!-- rules:end -->)/;

/** package.json and README.md as the codes make them, from their current text. */
export function generatedFiles(root: string): GeneratedFile[] {
  const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

  const manifest = JSON.parse(read('package.json')) as {
    contributes: { configuration: { properties: Record<string, { propertyNames: { enum: string[] } }> } };
  };
  manifest.contributes.configuration.properties['curriculumStudio.severity']!.propertyNames.enum = problemCodes.map((info) => info.code);

  const readme = read('README.md');
  if (!TABLE.test(readme)) throw new Error('README.md has no <!-- rules:start --> … <!-- rules:end --> markers.');

  return [
    { file: 'package.json', text: `${JSON.stringify(manifest, null, 2)}\n` },
    { file: 'README.md', text: readme.replace(TABLE, (_, start: string, end: string) => `${start}${rulesReport('markdown', 'en')}${end}`) },
  ];
}

/**
 * Writes the generated files that differ from what they should be (or, with `check`, only lists
 * them) and returns the stale ones.
 */
export function generate(root: string, options: { check?: boolean } = {}): string[] {
  const stale = generatedFiles(root).filter((generated) => readFileSync(path.join(root, generated.file), 'utf8') !== generated.text);
  if (!options.check) for (const generated of stale) writeFileSync(path.join(root, generated.file), generated.text);
  return stale.map((generated) => generated.file);
}
