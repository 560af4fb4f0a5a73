import { declaredOutcomes } from '../alignment';
import type { Located } from '../module';
import type { ProgrammeContext } from '../programme';
import type { Position, Range, TextEdit } from '../types';
import type { WorkspaceView } from '../view';

export type IdKind = 'track' | 'seance' | 'assignment' | 'outcome';

/** One place an id is written: where it is declared, or a reference to it. */
export interface IdOccurrence {
  kind: IdKind;
  id: string;
  file: string;
  range: Range;
  /** The range inside the quotes, when the id is quoted. */
  textRange?: Range;
  declaration: boolean;
}

/** Every declaration of and reference to a track, seance, assignment or learning outcome id in a programme. */
export function occurrencesIn(programme: ProgrammeContext): IdOccurrence[] {
  const out: IdOccurrence[] = [];
  const add = (kind: IdKind, file: string, at: Located<string> | undefined, declaration: boolean): void => {
    if (at) out.push({ kind, id: at.value, file, range: at.range, ...(at.textRange ? { textRange: at.textRange } : {}), declaration });
  };
  for (const track of programme.programme.tracks) add('track', programme.programme.file, track.id, true);
  for (const outcome of declaredOutcomes(programme.programme)) add('outcome', programme.programme.file, outcome.id, true);
  for (const seance of programme.seances) {
    add('seance', seance.file, seance.id, true);
    for (const track of seance.tracks) add('track', seance.file, track, false);
    for (const outcome of seance.outcomes) add('outcome', seance.file, outcome, false);
  }
  for (const assignment of programme.assignments) {
    add('assignment', assignment.file, assignment.id, true);
    add('track', assignment.file, assignment.track, false);
    for (const outcome of assignment.outcomes) add('outcome', assignment.file, outcome, false);
    add('seance', assignment.file, assignment.given, false);
    if (assignment.due && !/^\d{4}-\d{2}-\d{2}$/.test(assignment.due.value)) add('seance', assignment.file, assignment.due, false);
  }
  return out;
}

/** The id under a position of a file, with every occurrence of the same id in its programme. */
export function idAt(
  workspace: WorkspaceView,
  file: string,
  position: Position,
): { target: IdOccurrence; occurrences: IdOccurrence[] } | undefined {
  const programme = workspace.programmeOf(file);
  if (!programme) return undefined;
  const all = occurrencesIn(programme);
  const target = all.find((o) => o.file === file && contains(o.range, position));
  if (!target) return undefined;
  return { target, occurrences: all.filter((o) => o.kind === target.kind && o.id === target.id) };
}

/** The edits that give an id a new name wherever it is written, inside its quotes where it is quoted. */
export function renameEdits(occurrences: readonly IdOccurrence[], newName: string): TextEdit[] {
  return occurrences.map((o) => ({ file: o.file, range: o.textRange ?? o.range, newText: newName }));
}

/** Whether a position is inside a range (its end included, as a cursor right after a word is on it). */
export function contains(range: Range, position: Position): boolean {
  const afterStart =
    position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}
