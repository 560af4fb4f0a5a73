/**
 * Constructive alignment: which seances address each learning outcome of a programme and which
 * practice assignments let the leaders practise it at work. Rules, hover and the model read it.
 */
import type { AssignmentModule, Located, OutcomeDeclaration, ProgrammeModule, SeanceModule } from './module';
import type { ProgrammeContext } from './programme';

/** One learning outcome with the modules that serve it. */
export interface OutcomeAlignment {
  outcome: OutcomeDeclaration;
  /** Seances whose `outcomes` name it, in path order. */
  seances: SeanceModule[];
  /** Assignments whose `outcomes` name it, in path order. */
  assignments: AssignmentModule[];
  /**
   * Hours of learning spent on the outcome, when something has measured them. The `learning`
   * part of issue 10 (durations of agenda items) fills this in; until then it stays undefined.
   */
  hours?: number;
}

/** What the programme says about its outcomes, with every reference to one. */
export interface Alignment {
  /** The programme's outcomes, then each track's, in the order written; the first of an id counts. */
  outcomes: ReadonlyMap<string, OutcomeAlignment>;
  /** References in `outcomes` of seances and assignments to no declared outcome. */
  unknown: readonly { module: SeanceModule | AssignmentModule; reference: Located<string> }[];
}

/** Every outcome the programme declares, its own first and then each track's, in the order written. */
export function declaredOutcomes(programme: ProgrammeModule): OutcomeDeclaration[] {
  return [...programme.outcomes, ...programme.tracks.flatMap((track) => track.outcomes)];
}

// A context is gathered anew whenever a module of its programme changes, so it is a safe key:
// the rules and the hover of one state of the programme share one computation.
const computed = new WeakMap<ProgrammeContext, Alignment>();

/** The alignment of a programme: each outcome with the seances and assignments that serve it. */
export function alignmentOf(context: ProgrammeContext): Alignment {
  const known = computed.get(context);
  if (known) return known;
  const outcomes = new Map<string, OutcomeAlignment>();
  for (const outcome of declaredOutcomes(context.programme)) {
    if (!outcomes.has(outcome.id.value)) outcomes.set(outcome.id.value, { outcome, seances: [], assignments: [] });
  }
  const unknown: Alignment['unknown'][number][] = [];
  const link = <M extends SeanceModule | AssignmentModule>(module: M, into: (entry: OutcomeAlignment) => M[]): void => {
    const seen = new Set<string>();
    for (const reference of module.outcomes) {
      const entry = outcomes.get(reference.value);
      if (!entry) unknown.push({ module, reference });
      else if (!seen.has(reference.value)) into(entry).push(module);
      seen.add(reference.value);
    }
  };
  for (const seance of context.seances) link(seance, (entry) => entry.seances);
  for (const assignment of context.assignments) link(assignment, (entry) => entry.assignments);
  const alignment: Alignment = { outcomes, unknown };
  computed.set(context, alignment);
  return alignment;
}
