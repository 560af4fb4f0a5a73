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
    for (const module of [...programme.seances, ...programme.assignments]) {
      const track = module.track;
      if (!track || known.has(track.value)) continue;
      const suggestion = suggest(track.value);
      report({
        file: module.file,
        range: track.range,
        message: suggestion
          ? { key: 'unknown-track.suggest', args: { id: track.value, suggestion } }
          : { key: 'unknown-track', args: { id: track.value, tracks: ids.join(', ') || '—' } },
        ...fixesOf(suggestion ? replaceFix(module.file, track.textRange ?? track.range, suggestion) : undefined),
      });
    }
  },
};
