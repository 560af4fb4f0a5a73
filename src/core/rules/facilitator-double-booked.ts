import { posix } from 'node:path';
import type { Located, SeanceModule } from '../module';
import { overlappingPairs } from '../schedule';
import type { WorkspaceRule } from './rule';

/** No facilitator runs two seances at the same time, in one programme or across programmes. */
export const facilitatorDoubleBooked: WorkspaceRule = {
  code: 'facilitator-double-booked',
  severity: 'warning',
  scope: 'workspace',
  check(workspace, report) {
    const byName = new Map<string, { seance: SeanceModule; entry: Located<string>; folder: string }[]>();
    for (const programme of workspace.programmes) {
      for (const seance of programme.seances) {
        for (const entry of seance.facilitators) {
          const name = entry.value.trim().toLocaleLowerCase();
          const list = byName.get(name) ?? [];
          list.push({ seance, entry, folder: programme.folder });
          byName.set(name, list);
        }
      }
    }
    for (const bookings of byName.values()) {
      if (bookings.length < 2) continue;
      const of = new Map(bookings.map((booking) => [booking.seance, booking]));
      for (const [a, b] of overlappingPairs(bookings.map((booking) => booking.seance))) {
        if (a === b) continue;
        for (const [mine, other] of [
          [of.get(a)!, of.get(b)!],
          [of.get(b)!, of.get(a)!],
        ]) {
          report({
            file: mine.seance.file,
            range: mine.entry.range,
            message: {
              key: 'facilitator-double-booked',
              args: {
                name: mine.entry.value,
                other: other.seance.id?.value ?? '?',
                otherFile: posix.relative(mine.folder, other.seance.file),
                date: mine.seance.date!.value > other.seance.date!.value ? mine.seance.date!.value : other.seance.date!.value,
              },
            },
          });
        }
      }
    }
  },
};
