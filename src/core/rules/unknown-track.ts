import { defineRule } from './rule';
import { fixesOf, replaceFix } from '../fixes';
import { suggester } from '../suggest';

/** Every `track` names a track the programme declares. */
export const unknownTrack = defineRule({
  code: 'unknown-track',
  severity: 'error',
  scope: 'programme',
  description: {
    en: 'A `track` names no track of the programme.',
    da: 'Et `track` henviser ikke til et spor i programmet.',
    sv: 'Ett `track` hänvisar inte till något spår i programmet.',
  },
  messages: {
    'unknown-track': {
      en: 'There is no track `{id}` in this programme. Its tracks are: {tracks}.',
      da: 'Der er intet spor `{id}` i dette program. Dets spor er: {tracks}.',
      sv: 'Det finns inget spår `{id}` i det här programmet. Dess spår är: {tracks}.',
    },
    'unknown-track.suggest': {
      en: 'There is no track `{id}` in this programme — did you mean `{suggestion}`?',
      da: 'Der er intet spor `{id}` i dette program — mente du `{suggestion}`?',
      sv: 'Det finns inget spår `{id}` i det här programmet — menade du `{suggestion}`?',
    },
  },
  check(programme, report) {
    const ids = programme.programme.tracks.map((track) => track.id.value);
    const known = new Set(ids);
    const suggest = suggester(ids);
    // The first tracks name the kind of id wanted; every message listing hundreds would cost n².
    const tracks = (ids.length > MAX_LISTED ? [...ids.slice(0, MAX_LISTED), '…'] : ids).join(', ') || '—';
    for (const module of [...programme.seances, ...programme.assignments]) {
      // A seance may serve several tracks: each entry of its list is checked at its own place.
      const written = module.type === 'seance' ? module.tracks : module.track ? [module.track] : [];
      for (const track of written) {
        if (known.has(track.value)) continue;
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
    }
  },
});

/** How many of the programme's tracks a message lists. */
const MAX_LISTED = 10;
