import type { Catalogue } from './catalogue';

/** Messages of the `curriculum` command line. */
export const cliMessages = {
  // The command line
  'cli.summary': {
    en: '{errors} error(s), {warnings} warning(s), {others} other(s) in {files} file(s).',
    da: 'Fejl: {errors}, advarsler: {warnings}, andet: {others} — i {files} fil(er).',
    sv: 'Fel: {errors}, varningar: {warnings}, övrigt: {others} — i {files} fil(er).',
  },
  'cli.clean': {
    en: 'No problems in {files} file(s).',
    da: 'Ingen problemer i {files} fil(er).',
    sv: 'Inga problem i {files} fil(er).',
  },
  'cli.no-such-path': {
    en: 'Cannot read {path}: there is no such file or folder.',
    da: 'Kan ikke læse {path}: filen eller mappen findes ikke.',
    sv: 'Kan inte läsa {path}: filen eller mappen finns inte.',
  },
  'cli.no-permission': {
    en: 'Cannot read {path}: you do not have permission to read it.',
    da: 'Kan ikke læse {path}: du har ikke adgang til at læse den.',
    sv: 'Kan inte läsa {path}: du har inte behörighet att läsa den.',
  },
  'cli.unreadable': {
    en: 'Cannot read {path}: {reason}.',
    da: 'Kan ikke læse {path}: {reason}.',
    sv: 'Kan inte läsa {path}: {reason}.',
  },
  // Entries not checked (see src/node/files.ts)
  'cli.not-checked.fifo': {
    en: 'Not checked: this is a named pipe (FIFO), not a file. Remove it, or give it a name that does not end in .md.',
    da: 'Ikke tjekket: dette er en navngiven pipe (FIFO), ikke en fil. Fjern den, eller giv den et navn, der ikke ender på .md.',
    sv: 'Inte kontrollerad: detta är en namngiven pipe (FIFO), inte en fil. Ta bort den, eller ge den ett namn som inte slutar på .md.',
  },
  'cli.not-checked.socket': {
    en: 'Not checked: this is a socket, not a file. Remove it, or give it a name that does not end in .md.',
    da: 'Ikke tjekket: dette er en socket, ikke en fil. Fjern den, eller giv den et navn, der ikke ender på .md.',
    sv: 'Inte kontrollerad: detta är en socket, inte en fil. Ta bort den, eller ge den ett namn som inte slutar på .md.',
  },
  'cli.not-checked.device': {
    en: 'Not checked: this is a device, not a file. Remove it, or give it a name that does not end in .md.',
    da: 'Ikke tjekket: dette er en enhed, ikke en fil. Fjern den, eller giv den et navn, der ikke ender på .md.',
    sv: 'Inte kontrollerad: detta är en enhet, inte en fil. Ta bort den, eller ge den ett namn som inte slutar på .md.',
  },
  'cli.not-checked.bad-name': {
    en: 'Not checked: the name is not valid UTF-8 text (the bytes shown as %..). Rename it.',
    da: 'Ikke tjekket: navnet er ikke gyldig UTF-8-tekst (bytes vist som %..). Omdøb den.',
    sv: 'Inte kontrollerad: namnet är inte giltig UTF-8-text (byte visade som %..). Byt namn på den.',
  },
  'cli.not-checked.link-outside': {
    en: 'Not checked: a link to a place outside the folder being checked. Links are followed only inside it.',
    da: 'Ikke tjekket: et link til et sted uden for den mappe, der tjekkes. Links følges kun inden for den.',
    sv: 'Inte kontrollerad: en länk till en plats utanför mappen som kontrolleras. Länkar följs bara inom den.',
  },
  'cli.not-checked.link-dangling': {
    en: 'Not checked: a link to something that does not exist.',
    da: 'Ikke tjekket: et link til noget, der ikke findes.',
    sv: 'Inte kontrollerad: en länk till något som inte finns.',
  },
  'cli.not-checked.link-loop': {
    en: 'Not checked: a link that leads back to itself or to a folder that holds it.',
    da: 'Ikke tjekket: et link, der fører tilbage til sig selv eller til en mappe, der indeholder det.',
    sv: 'Inte kontrollerad: en länk som leder tillbaka till sig själv eller till en mapp som innehåller den.',
  },
  'cli.not-checked.link-repeated': {
    en: 'Not checked here: a link to a folder that is checked already under its own name.',
    da: 'Ikke tjekket her: et link til en mappe, der allerede tjekkes under sit eget navn.',
    sv: 'Inte kontrollerad här: en länk till en mapp som redan kontrolleras under sitt eget namn.',
  },
  'cli.unknown-option': {
    en: 'Unknown option {option}. Run `curriculum --help` to see the options.',
    da: 'Ukendt tilvalg {option}. Kør `curriculum --help` for at se tilvalgene.',
    sv: 'Okänt alternativ {option}. Kör `curriculum --help` för att se alternativen.',
  },
  'cli.bad-value': {
    en: '{option} must be one of: {values}.',
    da: '{option} skal være en af: {values}.',
    sv: '{option} ska vara en av: {values}.',
  },
  'cli.unknown-command': {
    en: 'Unknown command {command}. Run `curriculum --help` to see the commands.',
    da: 'Ukendt kommando {command}. Kør `curriculum --help` for at se kommandoerne.',
    sv: 'Okänt kommando {command}. Kör `curriculum --help` för att se kommandona.',
  },
  'cli.one-folder': {
    en: '`curriculum model` takes exactly one programme folder.',
    da: '`curriculum model` tager præcis én programmappe.',
    sv: '`curriculum model` tar exakt en programmapp.',
  },
  'cli.no-programme': {
    en: '{path} holds no programme: no Markdown file in it has `type: programme`.',
    da: '{path} indeholder intet program: ingen Markdown-fil i den har `type: programme`.',
    sv: '{path} innehåller inget program: ingen Markdown-fil i den har `type: programme`.',
  },
  'cli.usage': {
    en: 'Usage:\n  curriculum check [paths...] [--format text|json|sarif] [--locale en|da|sv]\n      Checks the programmes under the paths (default: the current folder).\n      Exit status: 0 no errors, 1 errors found, 2 the check could not run.\n  curriculum model <programme folder>\n      Prints the programme model as JSON.\n  curriculum export ics|html <programme folder> [-o file]\n      Writes the programme as a calendar (ics) or a printable document (html), to the file or to standard output.\n      Exit status: 0 written (a warning when the programme has errors), 2 the export could not run.\n  curriculum import <file.docx|file.txt|file.md> --out <folder>\n      Makes a programme folder from a programme text; never overwrites a file. Exit status: 0 written, 2 nothing written.\n  curriculum rules [--format text|json|markdown] [--locale en|da|sv]\n      Lists every problem code with its severity and description.\n  curriculum summary [paths...] [--format text|json|markdown] [--locale en|da|sv]\n      Prints the hours of each programme: in the room by learning type, practice between seances, per track and per ISO week.',
    da: 'Brug:\n  curriculum check [stier...] [--format text|json|sarif] [--locale en|da|sv]\n      Tjekker programmerne under stierne (standard: den aktuelle mappe).\n      Afslutningsstatus: 0 ingen fejl, 1 fejl fundet, 2 tjekket kunne ikke køre.\n  curriculum model <programmappe>\n      Skriver programmets model som JSON.\n  curriculum export ics|html <programmappe> [-o fil]\n      Skriver programmet som kalender (ics) eller som dokument til udskrift (html), til filen eller til standard-output.\n      Afslutningsstatus: 0 skrevet (en advarsel, når programmet har fejl), 2 eksporten kunne ikke køre.\n  curriculum import <fil.docx|fil.txt|fil.md> --out <mappe>\n      Laver en programmappe ud fra en programtekst; overskriver aldrig en fil. Afslutningsstatus: 0 skrevet, 2 intet skrevet.\n  curriculum rules [--format text|json|markdown] [--locale en|da|sv]\n      Viser alle problemkoder med alvorlighed og beskrivelse.\n  curriculum summary [stier...] [--format text|json|markdown] [--locale en|da|sv]\n      Skriver hvert programs timer: i lokalet efter læringstype, praksis mellem seancerne, pr. spor og pr. uge.',
    sv: 'Användning:\n  curriculum check [sökvägar...] [--format text|json|sarif] [--locale en|da|sv]\n      Kontrollerar programmen under sökvägarna (standard: den aktuella mappen).\n      Slutstatus: 0 inga fel, 1 fel hittades, 2 kontrollen kunde inte köras.\n  curriculum model <programmapp>\n      Skriver ut programmets modell som JSON.\n  curriculum export ics|html <programmapp> [-o fil]\n      Skriver programmet som kalender (ics) eller som dokument för utskrift (html), till filen eller till standard-output.\n      Slutstatus: 0 skrivet (en varning när programmet har fel), 2 exporten kunde inte köras.\n  curriculum import <fil.docx|fil.txt|fil.md> --out <mapp>\n      Gör en programmapp av en programtext; skriver aldrig över en fil. Slutstatus: 0 skrivet, 2 inget skrivet.\n  curriculum rules [--format text|json|markdown] [--locale en|da|sv]\n      Listar alla problemkoder med allvarlighetsgrad och beskrivning.\n  curriculum summary [sökvägar...] [--format text|json|markdown] [--locale en|da|sv]\n      Skriver ut varje programs timmar: i rummet efter lärandetyp, praktik mellan seanserna, per spår och per vecka.',
  },
  'cli.rules-header': {
    en: '| Code | Severity | What it catches |',
    da: '| Kode | Alvorlighed | Hvad den fanger |',
    sv: '| Kod | Allvarlighetsgrad | Vad den fångar |',
  },
  // curriculum import (src/core/import/): the TODOs it leaves in the files, and the command's own messages
  'import.untitled': {
    en: 'Imported programme',
    da: 'Importeret program',
    sv: 'Importerat program',
  },
  'import.todo.year': {
    en: 'TODO (import): the source names the day `{day}` without a year; write the date with its year here (date: YYYY-{monthDay}).',
    da: 'TODO (import): kilden nævner dagen `{day}` uden år; skriv datoen med år her (date: ÅÅÅÅ-{monthDay}).',
    sv: 'TODO (import): källan nämner dagen `{day}` utan år; skriv datumet med år här (date: ÅÅÅÅ-{monthDay}).',
  },
  'import.todo.weekday': {
    en: 'TODO (import): the source names the day `{day}` without a date; write its date here (date: YYYY-MM-DD).',
    da: 'TODO (import): kilden nævner dagen `{day}` uden dato; skriv dens dato her (date: ÅÅÅÅ-MM-DD).',
    sv: 'TODO (import): källan nämner dagen `{day}` utan datum; skriv dess datum här (date: ÅÅÅÅ-MM-DD).',
  },
  'import.todo.no-date': {
    en: 'TODO (import): the source gives no date for this seance; write it here (date: YYYY-MM-DD).',
    da: 'TODO (import): kilden giver ingen dato for denne seance; skriv den her (date: ÅÅÅÅ-MM-DD).',
    sv: 'TODO (import): källan anger inget datum för denna träff; skriv det här (date: ÅÅÅÅ-MM-DD).',
  },
  'import.todo.period': {
    en: 'TODO (import): the source gives no dates for the whole programme; write its period here (period: { start: YYYY-MM-DD, end: YYYY-MM-DD }).',
    da: 'TODO (import): kilden giver ingen datoer for hele programmet; skriv perioden her (period: { start: ÅÅÅÅ-MM-DD, end: ÅÅÅÅ-MM-DD }).',
    sv: 'TODO (import): källan anger inga datum för hela programmet; skriv perioden här (period: { start: ÅÅÅÅ-MM-DD, end: ÅÅÅÅ-MM-DD }).',
  },
  'import.todo.due': {
    en: 'TODO (import): the source does not say when this homework is due; write a seance id or a date here (due: …).',
    da: 'TODO (import): kilden siger ikke, hvornår denne opgave skal være løst; skriv et seance-id eller en dato her (due: …).',
    sv: 'TODO (import): källan säger inte när denna uppgift ska vara klar; skriv ett träff-id eller ett datum här (due: …).',
  },
  'import.needs-file': {
    en: '`curriculum import` takes one file (.docx, .txt or .md) and --out <folder>.',
    da: '`curriculum import` tager én fil (.docx, .txt eller .md) og --out <mappe>.',
    sv: '`curriculum import` tar en fil (.docx, .txt eller .md) och --out <mapp>.',
  },
  'import.unknown-kind': {
    en: 'Cannot import {path}: only .docx, .txt and .md files can be imported.',
    da: 'Kan ikke importere {path}: kun .docx-, .txt- og .md-filer kan importeres.',
    sv: 'Kan inte importera {path}: bara .docx-, .txt- och .md-filer kan importeras.',
  },
  'import.exists': {
    en: 'Nothing was written: {path} exists already, and the import never overwrites a file. Choose a new or empty folder.',
    da: 'Intet blev skrevet: {path} findes allerede, og importen overskriver aldrig en fil. Vælg en ny eller tom mappe.',
    sv: 'Inget skrevs: {path} finns redan, och importen skriver aldrig över en fil. Välj en ny eller tom mapp.',
  },
  'import.outside': {
    en: 'Nothing was written: {path} would lie outside the folder {folder}.',
    da: 'Intet blev skrevet: {path} ville ligge uden for mappen {folder}.',
    sv: 'Inget skrevs: {path} skulle hamna utanför mappen {folder}.',
  },
  'import.cannot-write': {
    en: 'Cannot write {path}: {reason}.',
    da: 'Kan ikke skrive {path}: {reason}.',
    sv: 'Kan inte skriva {path}: {reason}.',
  },
  'import.written': {
    en: 'Imported {files} file(s) into {folder}. Run `curriculum check {folder}` to see what is left to fill in.',
    da: 'Importerede {files} fil(er) til {folder}. Kør `curriculum check {folder}` for at se, hvad der mangler.',
    sv: 'Importerade {files} fil(er) till {folder}. Kör `curriculum check {folder}` för att se vad som saknas.',
  },
  // curriculum summary
  'summary.room': {
    en: 'In the room: {contact} in {seances} seance(s), besides {breaks} of breaks and {meals} of meals.',
    da: 'I lokalet: {contact} på {seances} seance(r), ud over {breaks} pauser og {meals} måltider.',
    sv: 'I rummet: {contact} under {seances} seans(er), utöver {breaks} pauser och {meals} måltider.',
  },
  'summary.practice': {
    en: 'Practice at work between seances: {practice}, {share}% of the learning time (70-20-10 puts most of it at work).',
    da: 'Praksis på arbejdet mellem seancerne: {practice}, {share} % af læringstiden (70-20-10 lægger det meste på arbejdet).',
    sv: 'Praktik på arbetet mellan seanserna: {practice}, {share} % av lärandetiden (70-20-10 lägger det mesta på arbetet).',
  },
  'summary.types': { en: 'Learning types in the room:', da: 'Læringstyper i lokalet:', sv: 'Lärandetyper i rummet:' },
  'summary.seances': { en: 'Per seance:', da: 'Pr. seance:', sv: 'Per seans:' },
  'summary.seance': {
    en: '{date} {title}: {contact} in the room',
    da: '{date} {title}: {contact} i lokalet',
    sv: '{date} {title}: {contact} i rummet',
  },
  'summary.tracks': { en: 'Per track:', da: 'Pr. spor:', sv: 'Per spår:' },
  'summary.outcomes': { en: 'Per learning outcome:', da: 'Pr. læringsmål:', sv: 'Per lärandemål:' },
  'summary.md-outcomes': {
    en: '| Learning outcome | In the room | Practice | At work |',
    da: '| Læringsmål | I lokalet | Praksis | På arbejdet |',
    sv: '| Lärandemål | I rummet | Praktik | På arbetet |',
  },
  'summary.track': {
    en: '{title}: {contact} in the room, {practice} of practice ({share}% at work)',
    da: '{title}: {contact} i lokalet, {practice} praksis ({share} % på arbejdet)',
    sv: '{title}: {contact} i rummet, {practice} praktik ({share} % på arbetet)',
  },
  'summary.no-track': { en: 'Without a track', da: 'Uden spor', sv: 'Utan spår' },
  'summary.weeks': {
    en: 'Per ISO week (seances + practice = workload):',
    da: 'Pr. uge (seancer + praksis = arbejdsbyrde):',
    sv: 'Per vecka (seanser + praktik = arbetsbörda):',
  },
  'summary.week': { en: 'Week {number} ({monday})', da: 'Uge {number} ({monday})', sv: 'Vecka {number} ({monday})' },
  'summary.over-limit': {
    en: 'over the limit of {limit} of practice a week',
    da: 'over grænsen på {limit} praksis om ugen',
    sv: 'över gränsen på {limit} praktik i veckan',
  },
  'summary.no-effort': {
    en: '{count} assignment(s) without an effort that can be read are not counted.',
    da: '{count} opgave(r) uden et tidsforbrug, der kan læses, tælles ikke med.',
    sv: '{count} uppgift(er) utan en tidsåtgång som kan läsas räknas inte med.',
  },
  'summary.md-types': {
    en: '| Learning type | Hours | Share |',
    da: '| Læringstype | Timer | Andel |',
    sv: '| Lärandetyp | Timmar | Andel |',
  },
  'summary.md-seances': {
    en: '| Seance | Date | In the room | Breaks | Meals |',
    da: '| Seance | Dato | I lokalet | Pauser | Måltider |',
    sv: '| Seans | Datum | I rummet | Pauser | Måltider |',
  },
  'summary.md-tracks': {
    en: '| Track | In the room | Practice | At work |',
    da: '| Spor | I lokalet | Praksis | På arbejdet |',
    sv: '| Spår | I rummet | Praktik | På arbetet |',
  },
  'summary.md-weeks': {
    en: '| Week | Monday | Seances | Practice | Workload | |',
    da: '| Uge | Mandag | Seancer | Praksis | Arbejdsbyrde | |',
    sv: '| Vecka | Måndag | Seanser | Praktik | Arbetsbörda | |',
  },
} satisfies Catalogue;
