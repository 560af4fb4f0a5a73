/** What ties the pages of the HTML export together: the keys of seances and assignments, the colours and titles of tracks. */
import type { ProgrammeModel } from '../model';

/** The short keys that tie the timeline to the sections: seances 1, 2, 3 …; assignments A, B, C … */
export class Keys {
  private readonly seanceKeys = new Map<string, string>();
  private readonly assignmentKeys = new Map<string, string>();

  constructor(model: ProgrammeModel) {
    model.seances.forEach((seance, i) => this.seanceKeys.set(seance.id, String(i + 1)));
    model.assignments.forEach((assignment, i) => this.assignmentKeys.set(assignment.id, letters(i)));
  }

  seance(id: string): string {
    return this.seanceKeys.get(id) ?? '';
  }

  assignment(id: string): string {
    return this.assignmentKeys.get(id) ?? '';
  }
}

/** A, B, … Z, AA, AB … */
function letters(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** The colour class of a track's lane: the track's place among the tracks; 'x' for the whole programme. */
export function colourOfTrack(model: ProgrammeModel): (track: string | undefined) => string {
  const tracks = tracksOf(model);
  return (track) => {
    const place = track === undefined ? undefined : tracks.get(track)?.place;
    return place === undefined ? 'x' : String(place % COLOURS);
  };
}

const trackIndexes = new WeakMap<ProgrammeModel, Map<string, { place: number; title: string }>>();

/** A programme's tracks by id (the first of an id written twice), found once: pages list many. */
function tracksOf(model: ProgrammeModel): Map<string, { place: number; title: string }> {
  let tracks = trackIndexes.get(model);
  if (!tracks) {
    tracks = new Map();
    for (const [place, track] of model.tracks.entries()) if (!tracks.has(track.id)) tracks.set(track.id, { place, title: track.title });
    trackIndexes.set(model, tracks);
  }
  return tracks;
}

/** The title of a track by its id; the id itself when the programme does not declare it. */
export function trackTitleOf(model: ProgrammeModel, id: string): string {
  return tracksOf(model).get(id)?.title ?? id;
}

const COLOURS = 8;
