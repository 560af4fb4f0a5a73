import { dayArg } from '../types';
import { defineRule } from './rule';
import * as posix from '../paths';
import type { Located, SeanceModule } from '../module';
import { countryTimeZone } from '../holidays';
import { firstOverlaps, seanceDayIntervals } from '../schedule';

/** No facilitator runs two seances at the same time, in one programme or across programmes. */
export const facilitatorDoubleBooked = defineRule({
  code: 'facilitator-double-booked',
  severity: 'warning',
  scope: 'seance-groups',
  description: {
    en: 'A facilitator is booked for two seances at the same time, in any programme of the workspace.',
    da: 'En facilitator er booket til to seancer på samme tid, i et hvilket som helst program i arbejdsområdet.',
    sv: 'En facilitator är bokad till två seanser samtidigt, i vilket program som helst i arbetsytan.',
  },
  messages: {
    'facilitator-double-booked': {
      en: '{name} is also booked for `{other}` ({otherFile}) at the same time on {date}.',
      da: '{name} er også booket til `{other}` ({otherFile}) på samme tid {date}.',
      sv: '{name} är också bokad till `{other}` ({otherFile}) på samma tid {date}.',
    },
  },
  groupsOf(seance) {
    // A name listed twice on one seance is one booking.
    return [...new Set(seance.facilitators.map((entry) => nameKey(entry.value)))];
  },
  checkGroup(name, members, report) {
    if (members.length < 2) return;
    const bookings = new Map<SeanceModule, { entry: Located<string>; folder: string; zone: string }>();
    for (const { seance, programme } of members) {
      // Programmes in different countries meet in different time zones: compare real instants.
      const zone = programme.programme.timezone ?? countryTimeZone(programme.country) ?? 'UTC';
      // The booking is reported at the first entry of the name.
      const entry = seance.facilitators.find((e) => nameKey(e.value) === name)!;
      bookings.set(seance, { entry, folder: programme.folder, zone });
    }
    const intervalsOf = (seance: SeanceModule) => seanceDayIntervals(seance, bookings.get(seance)!.zone);
    for (const [a, { seance: b, date }] of firstOverlaps([...bookings.keys()], intervalsOf)) {
      const mine = bookings.get(a)!;
      report({
        file: a.file,
        range: mine.entry.range,
        message: {
          key: 'facilitator-double-booked',
          args: {
            name: mine.entry.value,
            other: b.id?.value ?? '?',
            otherFile: posix.relative(mine.folder, b.file),
            date: dayArg(date),
          },
        },
      });
    }
  },
});

const nameKey = (name: string): string => name.trim().toLowerCase();
