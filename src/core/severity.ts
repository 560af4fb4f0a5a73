import type { Problem, Severity } from './types';

/** The severities, the most serious first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** The most serious severity among problems; undefined when there are none. */
export function worstSeverity(problems: readonly Pick<Problem, 'severity'>[]): Severity | undefined {
  return SEVERITIES.find((severity) => problems.some((p) => p.severity === severity));
}

/** How many problems there are of each kind a summary names: errors, warnings, and the others. */
export interface ProblemCounts {
  errors: number;
  warnings: number;
  others: number;
}

/** Counts problems for a summary ("Errors: 2, warnings: 1, other notes: 0"). */
export function countProblems(problems: Iterable<Pick<Problem, 'severity'>>): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, others: 0 };
  for (const problem of problems) {
    if (problem.severity === 'error') counts.errors++;
    else if (problem.severity === 'warning') counts.warnings++;
    else counts.others++;
  }
  return counts;
}
