import { firstOverlaps } from '../schedule';
import type { ProgrammeRule } from './rule';

/** No two seances of a programme take place at the same time. */
export const seanceOverlap: ProgrammeRule = {
  code: 'seance-overlap',
  severity: 'warning',
  scope: 'programme',
  check(programme, report) {
    for (const [seance, other] of firstOverlaps(programme.seances)) {
      report({
        file: seance.file,
        range: seance.date!.range,
        message: {
          key: 'seance-overlap',
          // The first day both take place: the later of their first days.
          args: { other: other.id?.value ?? '?', otherFile: programme.relative(other.file), date: later(seance.date!.value, other.date!.value) },
        },
      });
    }
  },
};

function later(a: string, b: string): string {
  return a > b ? a : b;
}
