import { minutesOf } from '../dates';
import { seanceDays, type AgendaItemModel, type SeanceModel } from '../model';
import type { SeanceModule } from '../module';
import { timeKindOf, type LearningTypeWords, type TimeKind } from './learningTypes';

/** An agenda item with the time it takes and what kind of time that is. */
export interface ItemTime {
  title: string;
  date: string;
  /** Minutes the item takes; undefined when it has no time, or nothing tells when it ends. */
  minutes?: number;
  kind: TimeKind;
}

/** What a seance needs for its durations: a SeanceModel is one. */
export type TimedSeance = Pick<SeanceModel, 'date' | 'endDate' | 'time' | 'days'> & {
  agenda: readonly Pick<AgendaItemModel, 'date' | 'time' | 'end' | 'title' | 'format' | 'formatWord' | 'learningType'>[];
};

/**
 * The time of each agenda item of a seance. An item lasts from its time to its own end
 * (`08:30–09:00`), else to the time of the next timed item of its day, else to the day's end (the
 * day heading's, or the header's end on the last day). An item marking the end (`Kl 12: Slut`)
 * takes none. A seance whose agenda gives no times (an outline, or none at all) is one unclassified
 * block a day, as long as the day's span.
 */
export function itemTimes(seance: TimedSeance, words: LearningTypeWords = {}): ItemTime[] {
  const timed = seance.agenda.some((item) => item.time);
  if (!timed) return spanTimes(seance);
  // The time of the next timed item of the same day, for each item: one walk from the end.
  const next: (string | undefined)[] = [];
  const nextOfDay = new Map<string, string>();
  for (let i = seance.agenda.length - 1; i >= 0; i--) {
    const item = seance.agenda[i]!;
    const date = item.date ?? seance.date;
    next[i] = nextOfDay.get(date);
    if (item.time) nextOfDay.set(date, item.time);
  }
  return seance.agenda.map((item, i) => {
    const date = item.date ?? seance.date;
    const kind = timeKindOf(item, words);
    const base = { title: item.title, date };
    if (kind === 'end') return { ...base, minutes: 0, kind: 'unclassified' };
    if (!item.time) return { ...base, kind };
    const end = item.end ?? next[i] ?? dayEnd(seance, date);
    if (!end) return { ...base, kind };
    return { ...base, minutes: Math.max(0, minutesOf(end) - minutesOf(item.time)), kind };
  });
}

function dayEnd(seance: TimedSeance, date: string): string | undefined {
  if (seance.days) return seance.days.find((day) => day.date === date)?.end;
  return seance.time?.end;
}

function spanTimes(seance: TimedSeance): ItemTime[] {
  const days = seance.days ?? [{ date: seance.date, start: seance.time?.start, end: seance.time?.end }];
  return days.map((day) => ({
    title: '',
    date: day.date,
    ...(day.start && day.end ? { minutes: Math.max(0, minutesOf(day.end) - minutesOf(day.start)) } : {}),
    kind: 'unclassified',
  }));
}

/** A seance module as the durations need it; undefined without a date. */
export function timedSeanceOf(seance: SeanceModule): TimedSeance | undefined {
  if (!seance.date) return undefined;
  const days = seanceDays(seance);
  return {
    date: seance.date.value,
    ...(seance.endDate ? { endDate: seance.endDate.value } : {}),
    ...(seance.time ? { time: { start: seance.time.start?.value, end: seance.time.end?.value } } : {}),
    ...(days ? { days } : {}),
    agenda: seance.agenda.map((item) => ({
      date: item.date,
      time: item.time?.value,
      end: item.end?.value,
      title: item.title,
      format: item.format,
      formatWord: item.formatWord,
      learningType: item.learningType?.word,
    })),
  };
}
