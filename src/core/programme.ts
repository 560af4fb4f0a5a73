import type { AssignmentModule, CourseModule, ProgrammeModule, SeanceModule } from './module';

/**
 * A programme with its modules, as the workspace groups them: what cross-file rules, the
 * programme model and the language features see.
 */
export interface ProgrammeContext {
  /** The programme folder, with forward slashes. */
  folder: string;
  programme: ProgrammeModule;
  seances: readonly SeanceModule[];
  assignments: readonly AssignmentModule[];
  /** The country whose public holidays apply, if it is known. */
  country?: string;
  /** The most practice a week beside the seances, in minutes, when a setting gives it (`week-over-workload`). */
  weeklyPracticeLimit?: number;
  /** A module path relative to the programme folder, for messages. */
  relative(file: string): string;
}

/**
 * What lies outside the programmes, for rules that look at the workspace as a whole. Seances are
 * compared across programmes by SeanceGroupRules, which an edit re-runs only where it matters.
 */
export interface WorkspaceContext {
  /** Seances and assignments outside every programme folder. */
  orphans: readonly CourseModule[];
  /** Programme modules in a folder that already has one, with the file of the one that counts. */
  extraProgrammes: readonly { module: ProgrammeModule; primary: string }[];
}
