import type { Catalogue } from './catalogue';

/** Messages of the rules. */
export const ruleMessages: Catalogue = {
  // Agenda
  'agenda-missing-time': {
    en: 'This agenda item has no time. Start it with the time it begins, like `- 10:30 {title}`.',
    da: 'Dette punkt i programmet har intet tidspunkt. Start det med klokkeslættet, som `- 10:30 {title}`.',
    sv: 'Den här punkten i programmet har ingen tid. Börja den med klockslaget, som `- 10:30 {title}`.',
  },
  'agenda-not-ascending': {
    en: 'The item at {time} comes after an item at {previous}. Put the agenda in time order.',
    da: 'Punktet kl. {time} står efter et punkt kl. {previous}. Sæt programmet i tidsrækkefølge.',
    sv: 'Punkten kl. {time} står efter en punkt kl. {previous}. Sätt programmet i tidsordning.',
  },
  'agenda-outside-time.before': {
    en: 'The item at {time} starts before the seance does, at {start}.',
    da: 'Punktet kl. {time} starter, før seancen gør kl. {start}.',
    sv: 'Punkten kl. {time} börjar innan seansen gör kl. {start}.',
  },
  'agenda-outside-time.after': {
    en: 'The item at {time} is at or after the end of the seance, {end}.',
    da: 'Punktet kl. {time} ligger ved eller efter seancens slutning kl. {end}.',
    sv: 'Punkten kl. {time} ligger vid eller efter seansens slut kl. {end}.',
  },
  'agenda-outside-time.runs-over': {
    en: 'The item {time}–{until} runs past the end of the seance, {end}.',
    da: 'Punktet {time}–{until} varer ud over seancens slutning kl. {end}.',
    sv: 'Punkten {time}–{until} pågår efter seansens slut kl. {end}.',
  },
  'agenda-outside-time.day': {
    en: 'The day {date} is not one of the seance\'s days ({start} to {end}).',
    da: 'Dagen {date} er ikke en af seancens dage ({start} til {end}).',
    sv: 'Dagen {date} är inte en av seansens dagar ({start} till {end}).',
  },

  // Spans
  'span-reversed.period': {
    en: 'The programme ends on {end}, before it starts on {start}.',
    da: 'Programmet slutter {end}, før det starter {start}.',
    sv: 'Programmet slutar {end}, innan det börjar {start}.',
  },
  'span-reversed.time': {
    en: 'The seance ends at {end}, before it starts at {start}.',
    da: 'Seancen slutter kl. {end}, før den starter kl. {start}.',
    sv: 'Seansen slutar kl. {end}, innan den börjar kl. {start}.',
  },
  'span-reversed.days': {
    en: 'The last day of the seance, {end}, is before its first day, {start}.',
    da: 'Seancens sidste dag, {end}, ligger før dens første dag, {start}.',
    sv: 'Seansens sista dag, {end}, ligger före dess första dag, {start}.',
  },

  // Programme structure
  'orphan-module': {
    en: 'This module is not in a programme folder, so its references cannot be checked. Move it into the folder of a programme (the folder with its programme.md) or a folder below it.',
    da: 'Modulet ligger ikke i en programmappe, så dets henvisninger kan ikke tjekkes. Flyt det ind i programmets mappe (mappen med programme.md) eller en mappe under den.',
    sv: 'Modulen ligger inte i en programmapp, så dess hänvisningar kan inte kontrolleras. Flytta den in i programmets mapp (mappen med programme.md) eller en mapp under den.',
  },
  'multiple-programmes': {
    en: 'This folder already has a programme, in {other}. Give each programme a folder of its own.',
    da: 'Mappen har allerede et program, i {other}. Giv hvert program sin egen mappe.',
    sv: 'Mappen har redan ett program, i {other}. Ge varje program en egen mapp.',
  },
  'duplicate-id': {
    en: 'The id `{id}` is also used in {other}. Ids must be unique in a programme.',
    da: 'Id\'et `{id}` bruges også i {other}. Id\'er skal være entydige i et program.',
    sv: 'Id:t `{id}` används också i {other}. Id:n måste vara unika i ett program.',
  },
  'duplicate-id.track': {
    en: 'The track id `{id}` is declared more than once. Give each track its own id.',
    da: 'Sporet `{id}` er erklæret mere end én gang. Giv hvert spor sit eget id.',
    sv: 'Spåret `{id}` är deklarerat mer än en gång. Ge varje spår ett eget id.',
  },
  'unknown-track': {
    en: 'There is no track `{id}` in this programme. Its tracks are: {tracks}.',
    da: 'Der er intet spor `{id}` i dette program. Dets spor er: {tracks}.',
    sv: 'Det finns inget spår `{id}` i det här programmet. Dess spår är: {tracks}.',
  },
  'unknown-track.suggest': {
    en: 'There is no track `{id}` in this programme — did you mean `{suggestion}`?',
    da: 'Der er intet spor `{id}` i dette program — mente du `{suggestion}`?',
    sv: 'Det finns inget spår `{id}` i det här programmet — menade du `{suggestion}`?',
  },
  'unknown-seance': {
    en: 'There is no seance `{id}` in this programme.',
    da: 'Der er ingen seance `{id}` i dette program.',
    sv: 'Det finns ingen seans `{id}` i det här programmet.',
  },
  'unknown-seance.suggest': {
    en: 'There is no seance `{id}` in this programme — did you mean `{suggestion}`?',
    da: 'Der er ingen seance `{id}` i dette program — mente du `{suggestion}`?',
    sv: 'Det finns ingen seans `{id}` i det här programmet — menade du `{suggestion}`?',
  },

  // Schedule
  'seance-outside-period.before': {
    en: 'The seance is on {date}, before the programme starts on {start}.',
    da: 'Seancen ligger {date}, før programmet starter {start}.',
    sv: 'Seansen ligger {date}, innan programmet börjar {start}.',
  },
  'seance-outside-period.after': {
    en: 'The seance is on {date}, after the programme ends on {end}.',
    da: 'Seancen ligger {date}, efter programmet slutter {end}.',
    sv: 'Seansen ligger {date}, efter att programmet slutar {end}.',
  },
  'seance-overlap': {
    en: 'This seance overlaps `{other}` ({otherFile}) on {date}.',
    da: 'Seancen overlapper `{other}` ({otherFile}) {date}.',
    sv: 'Seansen överlappar `{other}` ({otherFile}) {date}.',
  },
  'facilitator-double-booked': {
    en: '{name} is also booked for `{other}` ({otherFile}) at the same time on {date}.',
    da: '{name} er også booket til `{other}` ({otherFile}) på samme tid {date}.',
    sv: '{name} är också bokad till `{other}` ({otherFile}) på samma tid {date}.',
  },
  'seance-on-weekend': {
    en: 'The seance is on a {weekday}, {date}.',
    da: 'Seancen ligger på en {weekday}, {date}.',
    sv: 'Seansen ligger på en {weekday}, {date}.',
  },
  'seance-on-holiday': {
    en: 'The seance is on {date}, a public holiday in {country}: {holiday}.',
    da: 'Seancen ligger {date}, som er helligdag i {country}: {holiday}.',
    sv: 'Seansen ligger {date}, som är en helgdag i {country}: {holiday}.',
  },
  'assignment-due-before-given': {
    en: 'The assignment is due on {due}, but it is only given at `{given}` on {date}. Make it due at a later seance.',
    da: 'Opgaven har frist {due}, men gives først ved `{given}` {date}. Sæt fristen til en senere seance.',
    sv: 'Uppgiften har tidsfrist {due}, men ges först vid `{given}` {date}. Sätt tidsfristen till en senare seans.',
  },
  'assignment-due-before-given.same': {
    en: 'The assignment is due at the seance where it is given, `{given}`. Make it due at a later seance.',
    da: 'Opgaven har frist ved den samme seance, hvor den gives, `{given}`. Sæt fristen til en senere seance.',
    sv: 'Uppgiften har tidsfrist vid samma seans som den ges, `{given}`. Sätt tidsfristen till en senare seans.',
  },
  'assignment-due-too-late': {
    en: 'The assignment is due on {due}, after the next seance of its track, `{next}` on {date}. Make it due at or before that seance.',
    da: 'Opgaven har frist {due}, efter sporets næste seance, `{next}` {date}. Sæt fristen til den seance eller tidligere.',
    sv: 'Uppgiften har tidsfrist {due}, efter spårets nästa seans, `{next}` {date}. Sätt tidsfristen till den seansen eller tidigare.',
  },
  'assignment-due-too-late.period': {
    en: 'The assignment is due on {due}, after the programme ends on {end}.',
    da: 'Opgaven har frist {due}, efter programmet slutter {end}.',
    sv: 'Uppgiften har tidsfrist {due}, efter att programmet slutar {end}.',
  },
  'track-without-seance': {
    en: 'No seance belongs to the track `{id}`. Add a seance with `track: {id}`, or remove the track.',
    da: 'Ingen seance hører til sporet `{id}`. Tilføj en seance med `track: {id}`, eller fjern sporet.',
    sv: 'Ingen seans hör till spåret `{id}`. Lägg till en seans med `track: {id}`, eller ta bort spåret.',
  },
};
