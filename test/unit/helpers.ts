import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { formatMessage, Workspace, type Locale, type Problem } from '../../src/core';

/** A workspace holding every Markdown file under a folder, read from disk. */
export function loadFolder(folder: string): Workspace {
  const workspace = new Workspace();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md')) workspace.update(full, readFileSync(full, 'utf8'));
    }
  };
  walk(folder);
  return workspace;
}

/** A problem reduced to what tests compare: file (relative to `root`), code, range, text. */
export interface PlainProblem {
  file: string;
  code: string;
  severity: string;
  range: [number, number, number, number];
  message: string;
}

/** Every problem of a workspace, flattened, with paths relative to `root` and messages in words. */
export function plainProblems(workspace: Workspace, root: string, locale: Locale = 'en'): PlainProblem[] {
  const out: PlainProblem[] = [];
  for (const [file, problems] of [...workspace.problems()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const problem of problems) out.push(plain(problem, root, locale, file));
  }
  return out;
}

export function plain(problem: Problem, root: string, locale: Locale = 'en', file = problem.file): PlainProblem {
  const { start, end } = problem.range;
  return {
    file: path.relative(root, file).split(path.sep).join('/'),
    code: problem.code,
    severity: problem.severity,
    range: [start.line, start.character, end.line, end.character],
    message: formatMessage(problem.message, locale),
  };
}
