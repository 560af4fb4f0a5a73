import { overlappingPairs } from '../schedule';
import type { ProgrammeRule } from './rule';

/** No two seances of a programme take place at the same time. */
export const seanceOverlap: ProgrammeRule = {
  code: 'seance-overlap',
  severity: 'warning',
  scope: 'programme',
  check(programme, report) {
    for (const [a, b] of overlappingPairs(programme.seances)) {
      for (const [seance, other] of [
        [a, b],
        [b, a],
      ] as const) {
        report({
          file: seance.file,
          range: seance.date!.range,
          message: {
            key: 'seance-overlap',
            args: { other: other.id?.value ?? '?', otherFile: programme.relative(other.file), date: seance.date!.value },
          },
        });
      }
    }
  },
};
