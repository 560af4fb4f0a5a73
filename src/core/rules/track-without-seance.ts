import { defineRule } from './rule';

/** Every declared track has at least one seance. */
export const trackWithoutSeance = defineRule({
  code: 'track-without-seance',
  severity: 'warning',
  scope: 'programme',
  description: {
    en: 'A declared track has no seance.',
    da: 'Et erklæret spor har ingen seance.',
    sv: 'Ett deklarerat spår har ingen seans.',
  },
  messages: {
    'track-without-seance': {
      en: 'No seance belongs to the track `{id}`. Add a seance with `track: {id}`, or remove the track.',
      da: 'Ingen seance hører til sporet `{id}`. Tilføj en seance med `track: {id}`, eller fjern sporet.',
      sv: 'Ingen seans hör till spåret `{id}`. Lägg till en seans med `track: {id}`, eller ta bort spåret.',
    },
  },
  check(programme, report) {
    const used = new Set(programme.seances.flatMap((seance) => seance.tracks.map((track) => track.value)));
    for (const track of programme.programme.tracks) {
      if (used.has(track.id.value)) continue;
      report({
        file: programme.programme.file,
        range: track.id.range,
        message: { key: 'track-without-seance', args: { id: track.id.value } },
      });
    }
  },
});
