import * as path from 'node:path';
import ICAL from 'ical.js';
import { buildProgrammeModel, type ProgrammeModel } from '../../../src/core';
import { loadFolder } from '../helpers';

export const fixtures = path.join(__dirname, 'fixtures');
export const samplesFolder = path.join(__dirname, '../../../samples');

/** The model of the one programme in a folder, read from disk. */
export function modelOf(folder: string): ProgrammeModel {
  const contexts = loadFolder(folder).programmeContexts();
  if (contexts.length !== 1) throw new Error(`${folder} holds ${contexts.length} programmes`);
  return buildProgrammeModel(contexts[0]!);
}

/** A deep copy of a model to change in a test. */
export function copy(model: ProgrammeModel): ProgrammeModel {
  return JSON.parse(JSON.stringify(model)) as ProgrammeModel;
}

export interface ParsedEvent {
  uid: string;
  summary: string;
  /** UTC instants (`2027-01-14T07:30:00.000Z`), or dates for all-day events. */
  start: string;
  end: string | undefined;
  allDay: boolean;
  /** The TZID the start is written in. */
  zone: string | undefined;
  location: string | undefined;
  url: string | undefined;
  description: string | undefined;
  sequence: number;
}

// NAME (RFC 7986) and the X-WR- names that calendar programs read are TEXT values: ical.js
// knows neither, and would hand them back still escaped.
for (const name of ['name', 'x-wr-calname', 'x-wr-caldesc']) ICAL.design.icalendar.property[name] = { defaultType: 'text' };

/**
 * Parses an iCalendar text with ical.js, registering its VTIMEZONE components first, so that the
 * instants are computed from the file's own time zone rules.
 */
export function parseIcs(text: string): { calendar: ICAL.Component; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const allDay = event.startDate.isDate;
    const instant = (time: ICAL.Time | null): string | undefined =>
      time ? (allDay ? time.toString() : time.toJSDate().toISOString()) : undefined;
    const text = (name: string): string | undefined => {
      const value = component.getFirstPropertyValue(name);
      return value === null || value === undefined ? undefined : String(value);
    };
    return {
      uid: event.uid,
      summary: event.summary,
      start: instant(event.startDate)!,
      end: component.hasProperty('dtend') ? instant(event.endDate) : undefined,
      allDay,
      zone: component.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined,
      location: text('location'),
      url: text('url'),
      description: text('description'),
      sequence: event.sequence,
    };
  });
  return { calendar, events };
}
