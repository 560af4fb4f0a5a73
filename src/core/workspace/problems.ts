import { LineIndex, withoutBom } from '../lines';
import type { CourseModule, ParsedFile } from '../module';
import type { Report, Rule } from '../rules/rule';
import type { ProblemCode } from '../codes';
import type { Problem } from '../types';

/** Paths inside the workspace use forward slashes, whatever the platform. */
export function normalisePath(file: string): string {
  return file.replace(/\\/g, '/');
}

/** What is known of a file the reader failed on: its text, and no module. */
export function unreadable(file: string, input: string): ParsedFile {
  const text = withoutBom(input);
  return { file, text, lines: new LineIndex(text), problems: [] };
}

/**
 * What the cross-file rules can see of a module: its header facts and where they stand, without
 * the agenda (which only the module's own rules read).
 */
export function signatureOf(module: CourseModule | undefined): string {
  if (!module) return '';
  // Without a replacer, which would be called for every key of every module read.
  if (module.type !== 'seance') return JSON.stringify(module);
  const { agenda: _agenda, days: _days, ...facts } = module;
  return JSON.stringify(facts);
}

/** Problems grouped by the file they are in, so that the problems of one file are found at once. */
export function byFile(problems: readonly Problem[]): Map<string, Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const problem of problems) {
    const list = map.get(problem.file);
    if (list) list.push(problem);
    else map.set(problem.file, [problem]);
  }
  return map;
}

export function collect(rule: Rule & { code: ProblemCode }, into: Problem[]): (report: Report) => void {
  return (report) => into.push({ ...report, code: rule.code, severity: rule.severity });
}

/** Sorts problems by position, then code, so that every output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
