import { agendaMissingTime } from './agenda-missing-time';
import { agendaNotAscending } from './agenda-not-ascending';
import { agendaOutsideTime } from './agenda-outside-time';
import { agendaTimeNotation } from './agenda-time-notation';
import { assignmentDueBeforeGiven } from './assignment-due-before-given';
import { assignmentDueTooLate } from './assignment-due-too-late';
import { assignmentWithoutOutcome } from './assignment-without-outcome';
import { duplicateId } from './duplicate-id';
import { facilitatorDoubleBooked } from './facilitator-double-booked';
import { multipleProgrammes } from './multiple-programmes';
import { orphanModule } from './orphan-module';
import { outcomeNotPractised } from './outcome-not-practised';
import { outcomeNotTaught } from './outcome-not-taught';
import { programmeWithoutOutcomes } from './programme-without-outcomes';
import type { ModuleRule, ProgrammeRule, Rule, SeanceGroupRule, WorkspaceRule } from './rule';
import { seanceOnDayOff } from './seance-on-day-off';
import { seanceOnHoliday } from './seance-on-holiday';
import { seanceOnWeekend } from './seance-on-weekend';
import { seanceOutsidePeriod } from './seance-outside-period';
import { seanceOverlap } from './seance-overlap';
import { seanceUndated } from './seance-undated';
import { spanReversed } from './span-reversed';
import { trackWithoutSeance } from './track-without-seance';
import { unknownOutcome } from './unknown-outcome';
import { unknownSeance } from './unknown-seance';
import { unknownTrack } from './unknown-track';
import { weekdayMismatch } from './weekday-mismatch';
import { weekOverWorkload } from './week-over-workload';

/**
 * Every rule of the checker. A new rule is a file in this folder (its code, severity, description
 * and messages in English, Danish and Swedish, and its check) and a line here.
 */
const declared = [
  agendaMissingTime,
  agendaNotAscending,
  agendaOutsideTime,
  agendaTimeNotation,
  weekdayMismatch,
  spanReversed,
  duplicateId,
  unknownTrack,
  unknownSeance,
  seanceUndated,
  seanceOutsidePeriod,
  seanceOverlap,
  seanceOnWeekend,
  seanceOnHoliday,
  seanceOnDayOff,
  assignmentDueBeforeGiven,
  assignmentDueTooLate,
  trackWithoutSeance,
  unknownOutcome,
  outcomeNotTaught,
  outcomeNotPractised,
  assignmentWithoutOutcome,
  programmeWithoutOutcomes,
  orphanModule,
  multipleProgrammes,
  facilitatorDoubleBooked,
  weekOverWorkload,
] as const satisfies readonly Rule[];

/** A rule as declared, with its code and message keys as literal types. */
export type DeclaredRule = (typeof declared)[number];

/** The code of a rule. */
export type RuleCode = DeclaredRule['code'];

/** The keys of a rule's messages (a rule's messages are in the rule's own file). */
type MessagesOf<R> = R extends { messages: infer M } ? keyof M & string : never;

// The rules' codes and message keys join the code and key types of the layers below, which know no rule.
declare module '../codes' {
  interface ProblemCodeSets {
    rules: RuleCode;
  }
}
declare module '../messages' {
  interface MessageKeySets {
    rules: MessagesOf<DeclaredRule>;
  }
}

/** A rule of the checker, whose code is one of the rules' codes. */
type Coded<R extends Rule> = R & { code: RuleCode };

export const rules: readonly Coded<Rule>[] = declared;

export const moduleRules = rules.filter((rule): rule is Coded<ModuleRule> => rule.scope === 'module');
export const programmeRules = rules.filter((rule): rule is Coded<ProgrammeRule> => rule.scope === 'programme');
export const workspaceRules = rules.filter((rule): rule is Coded<WorkspaceRule> => rule.scope === 'workspace');
export const seanceGroupRules = rules.filter((rule): rule is Coded<SeanceGroupRule> => rule.scope === 'seance-groups');
