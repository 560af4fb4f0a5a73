import type { Catalogue } from './catalogue';

/** Texts of the exports (the calendar and the printable document) and of `curriculum export`. */
export const exportMessages = {
  // Headings and labels of the printable document and the calendar events
  'export.overview': { en: 'Overview', da: 'Overblik', sv: 'Översikt' },
  'export.audience': { en: 'Audience', da: 'Målgruppe', sv: 'Målgrupp' },
  'export.period': { en: 'Period', da: 'Periode', sv: 'Period' },
  'export.price': { en: 'Price', da: 'Pris', sv: 'Pris' },
  'export.contact': { en: 'Contact', da: 'Kontakt', sv: 'Kontakt' },
  'export.tracks': { en: 'Tracks', da: 'Spor', sv: 'Fokusområden' },
  'export.track': { en: 'Track', da: 'Spor', sv: 'Fokusområde' },
  'export.whole-programme': { en: 'The whole programme', da: 'Hele forløbet', sv: 'Hela programmet' },
  'export.timeline': { en: 'Timeline', da: 'Tidslinje', sv: 'Tidslinje' },
  'export.week': { en: 'week', da: 'uge', sv: 'vecka' },
  'export.seances': { en: 'Seances', da: 'Seancer', sv: 'Seanser' },
  'export.seance': { en: 'Seance', da: 'Seance', sv: 'Seans' },
  'export.assignments': { en: 'Practice assignments', da: 'Praksisopgaver', sv: 'Praktiska uppgifter' },
  'export.assignment': { en: 'Assignment', da: 'Opgave', sv: 'Uppgift' },
  'export.date': { en: 'Date', da: 'Dato', sv: 'Datum' },
  'export.time': { en: 'Time', da: 'Tid', sv: 'Tid' },
  'export.mode': { en: 'Form', da: 'Form', sv: 'Form' },
  'export.place': { en: 'Place', da: 'Sted', sv: 'Plats' },
  'export.link': { en: 'Link', da: 'Link', sv: 'Länk' },
  'export.facilitators': { en: 'Facilitators', da: 'Facilitatorer', sv: 'Processledare' },
  'export.goals': { en: 'Goals', da: 'Mål', sv: 'Mål' },
  'export.agenda': { en: 'Agenda', da: 'Program', sv: 'Program' },
  'export.item': { en: 'Item', da: 'Punkt', sv: 'Punkt' },
  'export.format': { en: 'Format', da: 'Form', sv: 'Form' },
  'export.given': { en: 'Given', da: 'Stilles', sv: 'Delas ut' },
  'export.due': { en: 'Due', da: 'Afleveres', sv: 'Klar senast' },
  'export.effort': { en: 'Effort', da: 'Tidsforbrug', sv: 'Tidsåtgång' },
  'export.before-programme': { en: 'Before the programme', da: 'Før forløbet', sv: 'Före programmet' },
  'export.no-seances': { en: 'No seances yet.', da: 'Ingen seancer endnu.', sv: 'Inga seanser ännu.' },
  'export.no-assignments': { en: 'No practice assignments yet.', da: 'Ingen praksisopgaver endnu.', sv: 'Inga praktiska uppgifter ännu.' },
  'export.weekend': { en: 'Weekend', da: 'Weekend', sv: 'Helg' },
  'export.holiday': { en: 'Public holiday', da: 'Helligdag', sv: 'Helgdag' },
  'export.holidays': { en: 'Public holidays', da: 'Helligdage', sv: 'Helgdagar' },
  'export.price-excluded': {
    en: '{amount} per participant, excluding VAT',
    da: '{amount} pr. deltager ekskl. moms',
    sv: '{amount} per deltagare exkl. moms',
  },
  'export.price-included': {
    en: '{amount} per participant, including VAT',
    da: '{amount} pr. deltager inkl. moms',
    sv: '{amount} per deltagare inkl. moms',
  },
  'export.price-plain': { en: '{amount} per participant', da: '{amount} pr. deltager', sv: '{amount} per deltagare' },

  // The command `curriculum export`
  'export.unknown-format': {
    en: 'Unknown export format {format}. Write `curriculum export ics <programme folder>` or `curriculum export html <programme folder>`.',
    da: 'Ukendt eksportformat {format}. Skriv `curriculum export ics <programmappe>` eller `curriculum export html <programmappe>`.',
    sv: 'Okänt exportformat {format}. Skriv `curriculum export ics <programmapp>` eller `curriculum export html <programmapp>`.',
  },
  'export.needs-format': {
    en: '`curriculum export` needs a format and a programme folder: `curriculum export ics <programme folder>` or `curriculum export html <programme folder>`.',
    da: '`curriculum export` skal have et format og en programmappe: `curriculum export ics <programmappe>` eller `curriculum export html <programmappe>`.',
    sv: '`curriculum export` behöver ett format och en programmapp: `curriculum export ics <programmapp>` eller `curriculum export html <programmapp>`.',
  },
  'export.needs-output': {
    en: '-o needs the name of the file to write, like `-o programme.ics`.',
    da: '-o skal have navnet på filen, der skal skrives, som `-o program.ics`.',
    sv: '-o behöver namnet på filen som ska skrivas, som `-o program.ics`.',
  },
  'export.needs-folder': {
    en: '`curriculum export {format}` takes exactly one programme folder.',
    da: '`curriculum export {format}` tager præcis én programmappe.',
    sv: '`curriculum export {format}` tar exakt en programmapp.',
  },
  'export.has-errors': {
    en: 'Warning: {path} has {errors} error(s); the export shows the programme as it is written. Run `curriculum check {path}` to see them.',
    da: 'Advarsel: {path} har {errors} fejl; eksporten viser programmet, som det er skrevet. Kør `curriculum check {path}` for at se dem.',
    sv: 'Varning: {path} har {errors} fel; exporten visar programmet som det är skrivet. Kör `curriculum check {path}` för att se dem.',
  },
  'export.cannot-write': {
    en: 'Cannot write {path}: {reason}.',
    da: 'Kan ikke skrive {path}: {reason}.',
    sv: 'Kan inte skriva {path}: {reason}.',
  },
} satisfies Catalogue;
