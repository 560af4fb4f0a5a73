import { fixesOf, replaceFix } from '../fixes';
import { suggester } from '../suggest';
import type { ProgrammeRule } from './rule';

/** Every `track` names a track the programme declares. */
export const unknownTrack: ProgrammeRule = {
  code: 'unknown-track',
  severity: 'error',
  scope: 'programme',
  check(programme, report) {
    const ids = programme.programme.tracks.map((track) => track.id.value);
    const known = new Set(ids);
    const suggest = suggester(ids);
    // The first tracks name the kind of id wanted; every message listing hundreds would cost n².
    const tracks = (ids.length > MAX_LISTED ? [...ids.slice(0, MAX_LISTED), '…'] : ids).join(', ') || '—';
    for (const module of [...programme.seances, ...programme.assignments]) {
      const track = module.track;
      if (!track || known.has(track.value)) continue;
      const suggestion = suggest(track.value);
      report({
        file: module.file,
        range: track.range,
        message: suggestion
          ? { key: 'unknown-track.suggest', args: { id: track.value, suggestion } }
          : { key: 'unknown-track', args: { id: track.value, tracks } },
        ...fixesOf(suggestion ? replaceFix(module.file, track.textRange ?? track.range, suggestion) : undefined),
      });
    }
  },
};

/** How many of the programme's tracks a message lists. */
const MAX_LISTED = 10;
