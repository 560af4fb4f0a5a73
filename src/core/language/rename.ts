import { declaredOutcomes } from '../alignment';
import type { ProgrammeContext } from '../programme';
import type { Message } from '../types';
import type { IdOccurrence } from './references';

/** What an id may look like: lower-case letters, digits and hyphens, not starting with a hyphen. */
export const ID_SYNTAX = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Why an id cannot be renamed to `newName` in its programme (not an id, or taken by another track,
 * by another outcome, or by another seance or assignment), or undefined when it can.
 */
export function renameRefusal(programme: ProgrammeContext, target: IdOccurrence, newName: string): Message | undefined {
  if (!ID_SYNTAX.test(newName)) return { key: 'rename.invalid' };
  if (newName === target.id) return undefined;
  const taken =
    target.kind === 'track'
      ? programme.programme.tracks.map((t) => t.id.value)
      : target.kind === 'outcome'
        ? declaredOutcomes(programme.programme).map((o) => o.id.value)
        : [...programme.seances, ...programme.assignments].flatMap((m) => (m.id ? [m.id.value] : []));
  return taken.includes(newName) ? { key: 'rename.taken', args: { id: newName } } : undefined;
}
