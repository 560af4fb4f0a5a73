import { posix } from 'node:path';
import type { Located, SeanceModule } from '../module';
import { countryTimeZone } from '../holidays';
import { firstOverlaps, seanceInterval } from '../schedule';
import type { WorkspaceRule } from './rule';

/** No facilitator runs two seances at the same time, in one programme or across programmes. */
export const facilitatorDoubleBooked: WorkspaceRule = {
  code: 'facilitator-double-booked',
  severity: 'warning',
  scope: 'workspace',
  check(workspace, report) {
    const byName = new Map<string, { seance: SeanceModule; entry: Located<string>; folder: string; zone?: string }[]>();
    for (const programme of workspace.programmes) {
      // Programmes in different countries meet in different time zones: compare real instants.
      const zone = programme.programme.timezone ?? countryTimeZone(programme.country);
      for (const seance of programme.seances) {
        const seen = new Set<string>();
        for (const entry of seance.facilitators) {
          const name = entry.value.trim().toLowerCase();
          // A name listed twice on one seance is one booking, reported at its first entry.
          if (seen.has(name)) continue;
          seen.add(name);
          const list = byName.get(name) ?? [];
          list.push({ seance, entry, folder: programme.folder, zone });
          byName.set(name, list);
        }
      }
    }
    for (const bookings of byName.values()) {
      if (bookings.length < 2) continue;
      const of = new Map(bookings.map((booking) => [booking.seance, booking]));
      const intervalOf = (seance: SeanceModule) => seanceInterval(seance, of.get(seance)!.zone ?? 'UTC');
      for (const [a, b] of firstOverlaps(bookings.map((booking) => booking.seance), intervalOf)) {
        const mine = of.get(a)!;
        const other = of.get(b)!;
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
  },
};
