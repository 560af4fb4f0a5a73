import type { ProgrammeModel } from '../core';

/**
 * The files a timeline page may ask the extension to open: those of the programme model sent to
 * it (the programme, its seances, assignments and their agendas), relative to the programme folder.
 */
export function revealableFiles(model: ProgrammeModel): ReadonlySet<string> {
  return new Set([
    model.source.file,
    ...model.tracks.map((track) => track.source.file),
    ...model.seances.flatMap((seance) => [seance.source.file, ...seance.agenda.map((item) => item.source.file)]),
    ...model.assignments.map((assignment) => assignment.source.file),
  ]);
}

/**
 * Whether a `reveal` from the page names a file the server reported for that page. The page is
 * untrusted: `../../etc/passwd`, an absolute path or any file of the workspace outside the model
 * is refused, whatever it looks like, as only exact names the extension sent pass.
 */
export function mayReveal(file: string, revealable: ReadonlySet<string>): boolean {
  return revealable.has(file);
}
