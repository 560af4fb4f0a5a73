import type { ProgrammeRule } from './rule';

/** Every declared track has at least one seance. */
export const trackWithoutSeance: ProgrammeRule = {
  code: 'track-without-seance',
  severity: 'warning',
  scope: 'programme',
  check(programme, report) {
    const used = new Set(programme.seances.map((seance) => seance.track?.value));
    for (const track of programme.programme.tracks) {
      if (used.has(track.id.value)) continue;
      report({
        file: programme.programme.file,
        range: track.id.range,
        message: { key: 'track-without-seance', args: { id: track.id.value } },
      });
    }
  },
};
