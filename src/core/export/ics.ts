/**
 * The programme as an RFC 5545 calendar: one event per seance (per day of a seance of several days), in the programme's time zone.
 *
 * ical-generator writes the calendar (escaping, line folding, VTIMEZONE placement);
 * timezones-ical-library supplies the VTIMEZONE rules; Luxon hands ical-generator wall-clock
 * times in the programme's zone, so that the output does not depend on the time zone of the
 * machine that exports (a native Date would be formatted in the machine's own zone).
 */
import ical, { escape, ICalCalendarMethod } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import { addDays, isIsoDate, minutesOf } from '../dates';
import { seanceTracks, type ProgrammeModel, type SeanceModel } from '../model';
import type { Locale } from '../types';
import { exportLanguage, longDate, validTime, webAddress, type ExportLanguage } from './format';

export interface IcsOptions {
  /**
   * The moment of the export. It becomes DTSTAMP and LAST-MODIFIED, and SEQUENCE counts the
   * minutes from 2020-01-01 to it, so a later export always carries a higher SEQUENCE and replaces
   * the events of an earlier one. Without it the output holds no clock time at all: DTSTAMP is
   * that fixed epoch and SEQUENCE 0, so equal programmes give equal files.
   */
  now?: Date;
  /** The language of the labels in the event descriptions; defaults from the programme's language. */
  locale?: Locale;
}

/** The start of SEQUENCE's minute count (a SEQUENCE is a 32-bit integer: this lasts 4,000 years). */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/** An id as the schema allows it; anything else cannot stand for a seance in a UID. */
const SLUG = /^[a-z0-9][a-z0-9-]*$/u;

/**
 * The UID of each seance's event, in the order of `model.seances`: stable across exports and date
 * changes, and unique in the calendar. A seance whose id is not a valid id, or is shared with
 * another seance (both reported by the checker), is named by its file instead, which is unique in
 * the programme folder and contains a dot, which no id can.
 */
export function seanceUids(model: Pick<ProgrammeModel, 'id' | 'seances'>): string[] {
  const count = new Map<string, number>();
  for (const seance of model.seances) count.set(seance.id, (count.get(seance.id) ?? 0) + 1);
  const programme = uidPart(model.id && SLUG.test(model.id) ? model.id : 'programme');
  return model.seances.map((seance) => {
    const own = SLUG.test(seance.id) && count.get(seance.id) === 1;
    return `${uidPart(own ? seance.id : seance.source.file)}@${programme}.curriculum-studio`;
  });
}

/** Anything but a slug character is percent-encoded, never written raw. */
function uidPart(id: string): string {
  return id.replace(/[^A-Za-z0-9._~-]/gu, (c) => encodeURIComponent(c));
}

/**
 * Every text of the model passes here on its way into the calendar. RFC 5545 (3.3.11) allows no
 * control character in a TEXT value but the tab: each line break (CRLF, CR or LF) becomes one LF,
 * which the escaping writes as `\n`, and every other control character is dropped.
 */
export function icsText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/gu, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/gu, '');
}

/** The longest one-line text (a title, a place) a calendar gets: no calendar shows more of it. */
export const MAX_LINE_TEXT = 500;

/** A one-line text (SUMMARY, LOCATION, a category, the calendar's name), cut to MAX_LINE_TEXT. */
export function icsLine(text: string): string {
  const value = icsText(text);
  return value.length <= MAX_LINE_TEXT ? value : `${value.slice(0, MAX_LINE_TEXT - 1)}…`;
}

/**
 * A calendar-level text (NAME, X-WR-CALNAME, X-WR-CALDESC): ical-generator escapes the text of
 * events but writes these as given, so they get its own `escape` here. Both then leave a value on
 * one line, which the generator folds at 75 octets with the rest of the file.
 */
function calendarText(text: string | undefined, clean: (text: string) => string = icsText): string | null {
  const value = text === undefined ? '' : clean(text);
  return value ? escape(value, false) : null;
}

/**
 * A URI value (URL): a web address only (see webAddress), with `,` and `;` percent-encoded, as
 * ical-generator escapes them as if the URI were text, and a reader takes a URI as written.
 */
function uriValue(link: string | undefined): string | null {
  return webAddress(link)?.replace(/[,;]/gu, (c) => encodeURIComponent(c)) ?? null;
}

/** Writes a programme's seances as an iCalendar file (CRLF line ends, folded at 75 octets). */
export function programmeToIcs(model: ProgrammeModel, options: IcsOptions = {}): string {
  const language = exportLanguage(model, options.locale);
  const zone = model.timezone && vtimezone(model.timezone) ? model.timezone : undefined;
  const now = options.now;
  const calendar = ical({
    name: calendarText(model.title || model.id, icsLine),
    description: calendarText(model.organisation),
    prodId: { company: 'Curriculum Studio', product: 'curriculum', language: language.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // The generator alone, without a calendar-wide zone name: each event names its zone, and
    // DTSTAMP/LAST-MODIFIED stay in UTC as RFC 5545 requires.
    timezone: { name: null, generator: vtimezone },
  });
  const stamp = now ?? new Date(SEQUENCE_EPOCH);
  const sequence = now ? Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60_000)) : 0;
  const uids = seanceUids(model);
  for (const [index, seance] of model.seances.entries()) {
    // One category per track the seance serves, so a calendar can filter on any of them.
    const categories = seanceTracks(seance)
      .map((id) => model.tracks.find((t) => t.id === id))
      .map((track) => (track ? icsLine(track.title) : ''))
      .filter((name) => name);
    const location = icsLine(seance.location ?? '');
    for (const event of seanceEvents(seance, uids[index]!, zone)) {
      calendar.createEvent({
        id: event.uid,
        sequence,
        stamp,
        lastModified: now ?? null,
        ...event.span,
        summary: icsLine(seance.title),
        location: location || webAddress(seance.link) || null,
        url: uriValue(seance.link),
        description: icsText(eventDescription(seance, language, event.day)) || null,
        categories: categories.map((name) => ({ name })),
      });
    }
  }
  return calendar.toString() + '\r\n';
}

interface EventSpan {
  start: DateTime;
  end: DateTime | null;
  allDay: boolean;
  timezone: string | null;
  floating: boolean;
}

/**
 * The events of a seance: one for a seance of one day, with the seance's UID; one for each day of a
 * seance of several days, each with that day's own span (a seminar runs 08:00–21:30 on Thursday and
 * 08:30–12:00 on Friday, and a calendar should not block the night between). The first day keeps
 * the seance's UID, so that an earlier export's single event of the seance is updated to the
 * first day rather than left beside it; each further day adds `.dayN` to it, which no other UID
 * can have (an id holds no dot, and a file-based UID ends in `.md`).
 */
function seanceEvents(seance: SeanceModel, uid: string, zone: string | undefined): { uid: string; span: EventSpan; day?: string }[] {
  if (!isIsoDate(seance.date)) return [];
  const days = seance.days?.filter((day) => isIsoDate(day.date));
  if (!days || days.length < 2) {
    const span = eventSpan(seance, zone);
    return span ? [{ uid, span }] : [];
  }
  return days.map((day, i) => ({
    uid: i === 0 ? uid : uid.replace('@', `.day${i + 1}@`),
    span: daySpan(day.date, validTime(day.start), validTime(day.end), dayItems(seance, day.date), zone),
    day: day.date,
  }));
}

/** The agenda items of one day of a seance (an item without a date is on the first day). */
function dayItems(seance: SeanceModel, date: string): SeanceModel['agenda'] {
  return seance.agenda.filter((item) => (item.date ?? seance.date) === date);
}

/**
 * A seance of one day, or one without its days known, is one event from the first day's start to
 * the last day's end. A seance without a time is an all-day event over its days (DTEND is the day
 * after the last, exclusive).
 */
function eventSpan(seance: SeanceModel, zone: string | undefined): EventSpan | undefined {
  if (!isIsoDate(seance.date)) return undefined;
  const last = seance.endDate && isIsoDate(seance.endDate) && seance.endDate > seance.date ? seance.endDate : seance.date;
  const start = validTime(seance.time?.start) ?? firstTime(dayItems(seance, seance.date));
  const at = (date: string, time: string): DateTime => DateTime.fromISO(`${date}T${time}`, { zone: zone ?? 'UTC' });
  const where = { timezone: zone ?? null, floating: !zone };
  if (!start) {
    return { start: at(seance.date, '00:00'), end: at(addDays(last, 1), '00:00'), allDay: true, ...where };
  }
  const end = validTime(seance.time?.end) ?? lastTime(dayItems(seance, last));
  // An end that does not come after the start is left out (the checker reports it); the event is then a point in time.
  const ends = end && (last > seance.date || minutesOf(end) > minutesOf(start));
  return { start: at(seance.date, start), end: ends ? at(last, end) : null, allDay: false, ...where };
}

/**
 * One day of a seance of several days: its own span, else the first and last time of its agenda;
 * a day with no time at all is an all-day event.
 */
function daySpan(
  date: string,
  start: string | undefined,
  end: string | undefined,
  items: SeanceModel['agenda'],
  zone: string | undefined,
): EventSpan {
  const at = (day: string, time: string): DateTime => DateTime.fromISO(`${day}T${time}`, { zone: zone ?? 'UTC' });
  const where = { timezone: zone ?? null, floating: !zone };
  const from = start ?? firstTime(items);
  if (!from) return { start: at(date, '00:00'), end: at(addDays(date, 1), '00:00'), allDay: true, ...where };
  const until = end ?? lastTime(items);
  return { start: at(date, from), end: until && minutesOf(until) > minutesOf(from) ? at(date, until) : null, allDay: false, ...where };
}

function firstTime(items: SeanceModel['agenda']): string | undefined {
  return items
    .map((item) => validTime(item.time))
    .filter((t): t is string => !!t)
    .sort()[0];
}

function lastTime(items: SeanceModel['agenda']): string | undefined {
  return items
    .flatMap((item) => [validTime(item.end) ?? validTime(item.time)])
    .filter((t): t is string => !!t)
    .sort()
    .pop();
}

/**
 * The agenda (`08:30 Kaffe`, one a line, with each day's date when there are several), facilitators,
 * goals, link. With `only`, the agenda of that day alone: the event of one day of a seance.
 */
export function eventDescription(seance: SeanceModel, language: ExportLanguage, only?: string): string {
  const parts: string[] = [];
  if (seance.optional || seance.condition) {
    parts.push([seance.optional ? language.say('export.optional') : '', seance.condition ?? ''].filter(Boolean).join(': '));
  }
  const agenda = only ? dayItems(seance, only) : seance.agenda;
  if (agenda.length > 0) {
    const lines = [`${language.say('export.agenda')}:`];
    const days = new Set(agenda.map((item) => item.date ?? seance.date));
    let day: string | undefined;
    for (const item of agenda) {
      const date = item.date ?? seance.date;
      if (days.size > 1 && date !== day) lines.push(longDate(language.dates, date));
      day = date;
      const time = validTime(item.time) ? `${item.time}${validTime(item.end) ? `–${item.end}` : ''} ` : '';
      lines.push(`${time}${item.title}${item.speaker ? ` — ${item.speaker}` : ''}`);
      // The text under an item, indented under it, a line for each line written.
      if (item.description) lines.push(...item.description.split('\n').map((line) => (line ? `  ${line}` : '')));
    }
    parts.push(lines.join('\n'));
  }
  if (seance.facilitators.length > 0) parts.push(`${language.say('export.facilitators')}: ${seance.facilitators.join(', ')}`);
  if (seance.goals.length > 0) parts.push([`${language.say('export.goals')}:`, ...seance.goals.map((goal) => `- ${goal}`)].join('\n'));
  const link = webAddress(seance.link);
  if (link) parts.push(`${language.say('export.link')}: ${link}`);
  return parts.join('\n\n');
}

let knownZones: Set<string> | undefined;

/**
 * The VTIMEZONE component of a zone, or null when the library does not know it. The library
 * answers a zone that the time zone database links to another with the other's block
 * (Europe/Copenhagen, Stockholm and Oslo with Europe/Berlin: the same rules since 1970); the events
 * name the programme's own zone, so the component is given that name.
 */
function vtimezone(zone: string): string | null {
  // The library prints to stderr when asked for a zone it does not know: ask only for known ones.
  knownZones ??= new Set(tzlib_get_timezones());
  if (!knownZones.has(zone)) return null;
  const block = tzlib_get_ical_block(zone);
  const component = Array.isArray(block) ? block[0] : '';
  if (!component) return null;
  return component.replace(/^TZID:.*$/mu, `TZID:${zone}`).replace(/^X-LIC-LOCATION:.*$/mu, `X-LIC-LOCATION:${zone}`);
}
