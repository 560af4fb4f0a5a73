/**
 * Every word of the timeline page, in English, Danish and Swedish. `{name}` marks an argument.
 * The words the exports say too (a seance's form, an agenda item's format) come from the core.
 */
import { words } from '../src/core/messages/words';
import type { Locale } from '../src/core/types';

const en = {
  timeline: 'Timeline',
  table: 'Table',
  view: 'View',
  zoom: 'Zoom',
  zoomPeriod: 'Whole period',
  zoomMonth: 'Month',
  zoomWeek: 'Week',
  tracks: 'Tracks',
  programme: 'Programme',
  exportIcs: 'Export calendar (.ics)',
  exportHtml: 'Export HTML',
  week: 'week {week}',
  today: 'Today',
  weekend: 'Weekend',
  wholeProgramme: 'Whole programme',
  seance: 'Seance',
  assignment: 'Assignment',
  agenda: 'Agenda',
  facilitators: 'Facilitators',
  goals: 'Goals',
  location: 'Location',
  link: 'Link',
  mode: 'Form',
  given: 'Given at',
  due: 'Due',
  effort: 'Effort',
  track: 'Track',
  date: 'Date',
  time: 'Time',
  title: 'Title',
  kind: 'Kind',
  problems: 'Problems',
  details: 'Details',
  noSelection: 'Choose a seance or an assignment to see its details here.',
  revealHint: 'Press Enter to open it in the editor.',
  loading: 'Waiting for the programme …',
  empty: 'This programme has no seances or assignments with a date yet. Add a seance under seances/ to see it here.',
  allHidden: 'Every track is hidden. Tick a track under “Tracks” to show it.',
  timelineLabel: 'Timeline of {title}: one row per track. Use the arrow keys to move between items.',
  tableLabel: 'Seances and assignments of {title}',
  laneLabel: 'Track {title}: {seances} seances, {assignments} assignments',
  seanceLabel: 'Seance: {title}, {date}{time}, {mode}, track {track}',
  assignmentLabel: 'Assignment: {title}, from {start} to {due}, track {track}',
  problemLabel: '{count} problems: {messages}',
  fromTo: '{start} to {end}',
  openSource: 'Open in the editor',
} as const;

export type StringKey = keyof typeof en;

const da: Record<StringKey, string> = {
  timeline: 'Tidslinje',
  table: 'Tabel',
  view: 'Visning',
  zoom: 'Zoom',
  zoomPeriod: 'Hele perioden',
  zoomMonth: 'Måned',
  zoomWeek: 'Uge',
  tracks: 'Spor',
  programme: 'Program',
  exportIcs: 'Eksportér kalender (.ics)',
  exportHtml: 'Eksportér HTML',
  week: 'uge {week}',
  today: 'I dag',
  weekend: 'Weekend',
  wholeProgramme: 'Hele programmet',
  seance: 'Seance',
  assignment: 'Praksisopgave',
  agenda: 'Agenda',
  facilitators: 'Facilitatorer',
  goals: 'Mål',
  location: 'Sted',
  link: 'Link',
  mode: 'Form',
  given: 'Gives ved',
  due: 'Frist',
  effort: 'Tidsforbrug',
  track: 'Spor',
  date: 'Dato',
  time: 'Tid',
  title: 'Titel',
  kind: 'Type',
  problems: 'Problemer',
  details: 'Detaljer',
  noSelection: 'Vælg en seance eller en opgave for at se detaljerne her.',
  revealHint: 'Tryk Enter for at åbne den i editoren.',
  loading: 'Venter på programmet …',
  empty: 'Programmet har endnu ingen seancer eller opgaver med en dato. Tilføj en seance under seances/ for at se den her.',
  allHidden: 'Alle spor er skjult. Sæt flueben ved et spor under “Spor” for at vise det.',
  timelineLabel: 'Tidslinje for {title}: én række pr. spor. Brug piletasterne til at flytte mellem punkterne.',
  tableLabel: 'Seancer og opgaver i {title}',
  laneLabel: 'Spor {title}: {seances} seancer, {assignments} opgaver',
  seanceLabel: 'Seance: {title}, {date}{time}, {mode}, spor {track}',
  assignmentLabel: 'Praksisopgave: {title}, fra {start} til {due}, spor {track}',
  problemLabel: '{count} problemer: {messages}',
  fromTo: '{start} til {end}',
  openSource: 'Åbn i editoren',
};

const sv: Record<StringKey, string> = {
  timeline: 'Tidslinje',
  table: 'Tabell',
  view: 'Visning',
  zoom: 'Zoom',
  zoomPeriod: 'Hela perioden',
  zoomMonth: 'Månad',
  zoomWeek: 'Vecka',
  tracks: 'Fokusområden',
  programme: 'Program',
  exportIcs: 'Exportera kalender (.ics)',
  exportHtml: 'Exportera HTML',
  week: 'vecka {week}',
  today: 'I dag',
  weekend: 'Helg',
  wholeProgramme: 'Hela programmet',
  seance: 'Träff',
  assignment: 'Uppdrag',
  agenda: 'Agenda',
  facilitators: 'Processledare',
  goals: 'Mål',
  location: 'Plats',
  link: 'Länk',
  mode: 'Form',
  given: 'Ges vid',
  due: 'Klart senast',
  effort: 'Tidsåtgång',
  track: 'Fokusområde',
  date: 'Datum',
  time: 'Tid',
  title: 'Titel',
  kind: 'Typ',
  problems: 'Problem',
  details: 'Detaljer',
  noSelection: 'Välj en träff eller ett uppdrag för att se detaljerna här.',
  revealHint: 'Tryck Enter för att öppna den i redigeraren.',
  loading: 'Väntar på programmet …',
  empty: 'Programmet har ännu inga träffar eller uppdrag med ett datum. Lägg till en träff under seances/ för att se den här.',
  allHidden: 'Alla fokusområden är dolda. Kryssa i ett under ”Fokusområden” för att visa det.',
  timelineLabel: 'Tidslinje för {title}: en rad per fokusområde. Använd piltangenterna för att flytta mellan punkterna.',
  tableLabel: 'Träffar och uppdrag i {title}',
  laneLabel: 'Fokusområde {title}: {seances} träffar, {assignments} uppdrag',
  seanceLabel: 'Träff: {title}, {date}{time}, {mode}, fokusområde {track}',
  assignmentLabel: 'Uppdrag: {title}, från {start} till {due}, fokusområde {track}',
  problemLabel: '{count} problem: {messages}',
  fromTo: '{start} till {end}',
  openSource: 'Öppna i redigeraren',
};

/** The catalogue, exported for the test that every language has every key. */
export const catalogue: Record<Locale, Record<StringKey, string>> = { en, da, sv };

/** The text of a key in a locale, with its `{arguments}` filled in. */
export function t(locale: Locale, key: StringKey, args: Record<string, string | number> = {}): string {
  const text = catalogue[locale]?.[key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** A seance's form in words; a seance with none is on site. */
export function modeWord(mode: string | undefined, locale: Locale): string {
  return words[mode === 'online' ? 'mode.online' : mode === 'hybrid' ? 'mode.hybrid' : 'mode.onsite'][locale];
}

/** An agenda item's format in words (an unknown one as written). */
export function formatWord(format: string, locale: Locale): string {
  const key = `format.${format}`;
  return Object.hasOwn(words, key) ? words[key as keyof typeof words][locale] : format;
}
