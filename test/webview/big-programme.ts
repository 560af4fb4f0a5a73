import type { ProgrammeModel } from '../../src/core';
import { sampleProgramme } from './harness';

/**
 * A year-long programme with six tracks and exactly `items` items: a seance on most working days
 * and an assignment from each seance to the sixth after it (the next one of its track), cloned
 * from the sample "Fremtidens Lederuddannelse". Deterministic: the same count gives the same model.
 */
export function bigProgramme(items: number): ProgrammeModel {
  const seanceCount = Math.ceil((items + 6) / 2);
  const assignmentCount = items - seanceCount;
  if (assignmentCount < 0 || seanceCount > 255) throw new RangeError(`bigProgramme: ${items} items is not between 6 and 504`);
  const { model } = sampleProgramme('fremtidens-lederuddannelse');
  const [track] = model.tracks;
  const seance = model.seances[1];
  const [assignment] = model.assignments;
  if (!track || !seance || !assignment) throw new Error('bigProgramme: the sample lacks the track, seance or assignment it copies.');
  const tracks = Array.from({ length: 6 }, (_, i) => ({ ...track, id: `t${i}`, title: `Spor ${i + 1}` }));
  const day = (i: number): string => new Date(Date.UTC(2027, 0, 4 + Math.floor(i / 5) * 7 + (i % 5))).toISOString().slice(0, 10);
  return {
    ...model,
    period: { start: '2027-01-04', end: '2027-12-31' },
    tracks,
    seances: Array.from({ length: seanceCount }, (_, i) => ({
      ...seance,
      id: `s${i}`,
      title: `Seance ${i}`,
      track: `t${i % 6}`,
      date: day(i),
      source: { ...seance.source, file: `seances/${i}.md` },
    })),
    assignments: Array.from({ length: assignmentCount }, (_, i) => ({
      ...assignment,
      id: `a${i}`,
      title: `Opgave ${i}`,
      track: `t${i % 6}`,
      given: `s${i}`,
      due: `s${i + 6}`,
      startDate: day(i),
      dueDate: day(i + 6),
      source: { ...assignment.source, file: `assignments/${i}.md` },
    })),
  };
}
