import type { Texts } from '../messages/catalogue';
import type { CourseModule, SeanceModule } from '../module';
import type { ProgrammeContext, WorkspaceContext } from '../programme';
import type { Fix, Message, Range, Severity } from '../types';

/** What a rule reports; the checker adds the rule's code and severity. */
export interface Report {
  file: string;
  range: Range;
  message: Message;
  fixes?: Fix[];
}

export type Reporter = (report: Report) => void;

interface RuleBase {
  /** A stable kebab-case code. */
  code: string;
  severity: Severity;
  /** One line on what the rule finds, for `curriculum rules`, the README and the settings. */
  description: Texts;
  /** The rule's messages by key: its code, or its code, a dot and a variant (`span-reversed.time`). */
  messages: Readonly<Record<string, Texts>>;
}

export interface ModuleRule extends RuleBase {
  scope: 'module';
  /** `text` is the whole file, for fixes that move text. */
  check(module: CourseModule, report: Reporter, text: string): void;
}

export interface ProgrammeRule extends RuleBase {
  scope: 'programme';
  check(programme: ProgrammeContext, report: Reporter): void;
}

export interface WorkspaceRule extends RuleBase {
  scope: 'workspace';
  check(workspace: WorkspaceContext, report: Reporter): void;
}

/** A seance in a group of a SeanceGroupRule, with the programme it belongs to. */
export interface GroupMember {
  seance: SeanceModule;
  programme: ProgrammeContext;
}

/**
 * A rule across programmes that looks at one group of seances at a time — a facilitator's
 * bookings — so that an edit checks again only the groups of the seance it changed, however big
 * the workspace.
 */
export interface SeanceGroupRule extends RuleBase {
  scope: 'seance-groups';
  /** The keys of the groups a seance is in. */
  groupsOf(seance: SeanceModule): string[];
  /** Checks one group; it may report only on the files of its members. */
  checkGroup(key: string, members: readonly GroupMember[], report: Reporter): void;
}

export type Rule = ModuleRule | ProgrammeRule | WorkspaceRule | SeanceGroupRule;

/**
 * Declares a rule: the rule itself, with its code and message keys kept as literal types, so that
 * the catalogue's key type and the problem code type are derived from the rules.
 */
export function defineRule<const R extends Rule>(rule: R): R {
  return rule;
}
