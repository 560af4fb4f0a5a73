import type { Locale, Message } from './types';

/**
 * Every user-facing text of the core, in English, Danish and Swedish.
 * `{name}` is replaced by the argument `name`; an argument that is itself a message is put into
 * words first, in the same language.
 */
const catalogue: Record<string, Record<Locale, string>> = {
  // Parsing
  'not-text': {
    en: 'This file contains bytes that are not text. Save it as UTF-8 text.',
    da: 'Filen indeholder bytes, der ikke er tekst. Gem den som UTF-8-tekst.',
    sv: 'Filen innehåller byte som inte är text. Spara den som UTF-8-text.',
  },
  'empty-file': {
    en: 'This file is empty. Start it with a header such as `type: seance` between two `---` lines to make it a course module.',
    da: 'Filen er tom. Start den med et hoved som `type: seance` mellem to `---`-linjer for at gøre den til et kursusmodul.',
    sv: 'Filen är tom. Börja den med ett huvud som `type: seance` mellan två `---`-rader för att göra den till en kursmodul.',
  },
  'frontmatter-unterminated': {
    en: 'The header that starts here is never closed. End it with a line of three hyphens: `---`.',
    da: 'Hovedet, der starter her, bliver aldrig afsluttet. Afslut det med en linje med tre bindestreger: `---`.',
    sv: 'Huvudet som börjar här avslutas aldrig. Avsluta det med en rad med tre bindestreck: `---`.',
  },
  'yaml.TAB_AS_INDENT': {
    en: 'A tab indents this line. Indent the header with spaces only.',
    da: 'Linjen er indrykket med tabulator. Indryk kun hovedet med mellemrum.',
    sv: 'Raden är indragen med tabb. Dra bara in huvudet med mellanslag.',
  },
  'yaml.BAD_INDENT': {
    en: 'The indentation is wrong here. Keys at the same level must start in the same column.',
    da: 'Indrykningen er forkert her. Nøgler på samme niveau skal starte i samme kolonne.',
    sv: 'Indraget är fel här. Nycklar på samma nivå ska börja i samma kolumn.',
  },
  'yaml.MISSING_CHAR': {
    en: 'Something opened here is not closed: a quote, a bracket or a brace.',
    da: 'Noget, der åbnes her, bliver ikke lukket: et anførselstegn, en firkantet eller en krøllet parentes.',
    sv: 'Något som öppnas här stängs inte: ett citattecken, en hakparentes eller en klammerparentes.',
  },
  'yaml.implicit-key': {
    en: 'A key must fit on one line and be followed by a colon and a space, like `title: Feedback`.',
    da: 'En nøgle skal stå på én linje efterfulgt af kolon og mellemrum, som `title: Feedback`.',
    sv: 'En nyckel ska stå på en rad följd av kolon och mellanslag, som `title: Feedback`.',
  },
  'yaml.aliases': {
    en: 'The header repeats aliases (`*name`) too many times to be read safely. Write the values out instead.',
    da: 'Hovedet gentager aliasser (`*navn`) for mange gange til at kunne læses sikkert. Skriv værdierne ud i stedet.',
    sv: 'Huvudet upprepar alias (`*namn`) för många gånger för att kunna läsas säkert. Skriv ut värdena i stället.',
  },
  'yaml.generic': {
    en: 'The header cannot be read here ({detail}). Check colons, indentation and quotes.',
    da: 'Hovedet kan ikke læses her ({detail}). Tjek koloner, indrykning og anførselstegn.',
    sv: 'Huvudet kan inte läsas här ({detail}). Kontrollera kolon, indrag och citattecken.',
  },
  'duplicate-key': {
    en: 'The key `{key}` appears more than once at this level. Keep one.',
    da: 'Nøglen `{key}` står mere end én gang på dette niveau. Behold én.',
    sv: 'Nyckeln `{key}` står mer än en gång på den här nivån. Behåll en.',
  },

  // Schema
  'missing-key': {
    en: '`{key}` is missing. Add a line like `{key}: {example}`.',
    da: '`{key}` mangler. Tilføj en linje som `{key}: {example}`.',
    sv: '`{key}` saknas. Lägg till en rad som `{key}: {example}`.',
  },
  'missing-key.in': {
    en: '`{parent}` has no `{key}`. Add `{key}: {example}` to it.',
    da: '`{parent}` har ingen `{key}`. Tilføj `{key}: {example}`.',
    sv: '`{parent}` har ingen `{key}`. Lägg till `{key}: {example}`.',
  },
  'unknown-key': {
    en: 'Unknown key `{key}`. It is not used for a {module} and will be ignored.',
    da: 'Ukendt nøgle `{key}`. Den bruges ikke i et modul af typen {module} og ignoreres.',
    sv: 'Okänd nyckel `{key}`. Den används inte i en modul av typen {module} och ignoreras.',
  },
  'unknown-key.suggest': {
    en: 'Unknown key `{key}` — did you mean `{suggestion}`?',
    da: 'Ukendt nøgle `{key}` — mente du `{suggestion}`?',
    sv: 'Okänd nyckel `{key}` — menade du `{suggestion}`?',
  },
  'wrong-type': {
    en: '`{key}` must be {expected}.',
    da: '`{key}` skal være {expected}.',
    sv: '`{key}` ska vara {expected}.',
  },
  'expected.string': { en: 'text', da: 'tekst', sv: 'text' },
  'expected.number': { en: 'a number', da: 'et tal', sv: 'ett tal' },
  'expected.integer': { en: 'a whole number', da: 'et heltal', sv: 'ett heltal' },
  'expected.boolean': { en: 'true or false', da: 'true eller false', sv: 'true eller false' },
  'expected.array': {
    en: 'a list (one `- item` a line, or `[a, b]`)',
    da: 'en liste (ét `- punkt` pr. linje, eller `[a, b]`)',
    sv: 'en lista (en `- punkt` per rad, eller `[a, b]`)',
  },
  'expected.object': {
    en: 'a group of keys (indented below it, or `{ key: value }`)',
    da: 'en gruppe af nøgler (indrykket under den, eller `{ nøgle: værdi }`)',
    sv: 'en grupp nycklar (indragna under den, eller `{ nyckel: värde }`)',
  },
  'invalid-date': {
    en: '`{key}` must be a real date written year-month-day, like 2027-03-11; `{value}` is not.',
    da: '`{key}` skal være en rigtig dato skrevet år-måned-dag, som 2027-03-11; `{value}` er ikke.',
    sv: '`{key}` ska vara ett riktigt datum skrivet år-månad-dag, som 2027-03-11; `{value}` är inte det.',
  },
  'invalid-time': {
    en: '`{key}` must be a time on the 24-hour clock written hours:minutes, like 08:15; `{value}` is not.',
    da: '`{key}` skal være et klokkeslæt på 24-timersuret skrevet timer:minutter, som 08:15; `{value}` er ikke.',
    sv: '`{key}` ska vara en tid på 24-timmarsklockan skriven timmar:minuter, som 08:15; `{value}` är inte det.',
  },
  'invalid-time.agenda': {
    en: 'The agenda time `{value}` must be written hours:minutes on the 24-hour clock, like 08:15.',
    da: 'Tidspunktet `{value}` i programmet skal skrives timer:minutter på 24-timersuret, som 08:15.',
    sv: 'Tiden `{value}` i programmet ska skrivas timmar:minuter på 24-timmarsklockan, som 08:15.',
  },
  'empty.date': {
    en: '`{key}` has no value. Write a date year-month-day, like 2027-03-11.',
    da: '`{key}` har ingen værdi. Skriv en dato år-måned-dag, som 2027-03-11.',
    sv: '`{key}` har inget värde. Skriv ett datum år-månad-dag, som 2027-03-11.',
  },
  'empty.time': {
    en: '`{key}` has no value. Write a time hours:minutes on the 24-hour clock, like 08:30.',
    da: '`{key}` har ingen værdi. Skriv et klokkeslæt timer:minutter på 24-timersuret, som 08:30.',
    sv: '`{key}` har inget värde. Skriv en tid timmar:minuter på 24-timmarsklockan, som 08:30.',
  },
  'invalid-value.enum': {
    en: '`{key}` must be one of: {values}.',
    da: '`{key}` skal være en af: {values}.',
    sv: '`{key}` ska vara en av: {values}.',
  },
  'invalid-value.enum-suggest': {
    en: '`{key}` must be one of: {values}. Did you mean `{suggestion}`?',
    da: '`{key}` skal være en af: {values}. Mente du `{suggestion}`?',
    sv: '`{key}` ska vara en av: {values}. Menade du `{suggestion}`?',
  },
  'invalid-value.id': {
    en: '`{key}` may contain only lower-case letters, digits and hyphens, like `s03-feedback`.',
    da: '`{key}` må kun indeholde små bogstaver, tal og bindestreger, som `s03-feedback`.',
    sv: '`{key}` får bara innehålla små bokstäver, siffror och bindestreck, som `s03-feedback`.',
  },
  'invalid-value.effort': {
    en: '`{key}` must be a number of hours or minutes, like `3h` or `90min`.',
    da: '`{key}` skal være et antal timer eller minutter, som `3h` eller `90min`.',
    sv: '`{key}` ska vara ett antal timmar eller minuter, som `3h` eller `90min`.',
  },
  'invalid-value.uri': {
    en: '`{key}` must be a web address, like https://meet.example.org/room.',
    da: '`{key}` skal være en webadresse, som https://meet.example.org/room.',
    sv: '`{key}` ska vara en webbadress, som https://meet.example.org/room.',
  },
  'invalid-value.empty': {
    en: '`{key}` must not be empty.',
    da: '`{key}` må ikke være tom.',
    sv: '`{key}` får inte vara tom.',
  },
  'invalid-value.min-items': {
    en: '`{key}` must list at least {limit}.',
    da: '`{key}` skal have mindst {limit} punkt(er).',
    sv: '`{key}` ska ha minst {limit} punkt(er).',
  },
  'invalid-value.minimum': {
    en: '`{key}` must be {limit} or more.',
    da: '`{key}` skal være {limit} eller mere.',
    sv: '`{key}` ska vara {limit} eller mer.',
  },
  'invalid-value.generic': {
    en: '`{key}` has a value that is not allowed here.',
    da: '`{key}` har en værdi, der ikke er tilladt her.',
    sv: '`{key}` har ett värde som inte är tillåtet här.',
  },

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
    en: 'The assignment is due on {due}, before it is given at `{given}` on {date}.',
    da: 'Opgaven skal være færdig {due}, før den gives ved `{given}` {date}.',
    sv: 'Uppgiften ska vara klar {due}, innan den ges vid `{given}` {date}.',
  },
  'assignment-due-before-given.same': {
    en: 'The assignment is due at the seance where it is given, `{given}`. Make it due at a later seance.',
    da: 'Opgaven skal være færdig ved den seance, hvor den gives, `{given}`. Lad den være færdig ved en senere seance.',
    sv: 'Uppgiften ska vara klar vid den seans där den ges, `{given}`. Låt den vara klar vid en senare seans.',
  },
  'assignment-due-too-late': {
    en: 'The assignment is due on {due}, after the next seance of its track, `{next}` on {date}. Make it due at or before that seance.',
    da: 'Opgaven skal være færdig {due}, efter sporets næste seance, `{next}` {date}. Lad den være færdig senest ved den seance.',
    sv: 'Uppgiften ska vara klar {due}, efter spårets nästa seans, `{next}` {date}. Låt den vara klar senast vid den seansen.',
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

  // One-line descriptions of the problem codes (curriculum rules, the README)
  'describe.not-text': {
    en: 'The file holds bytes that are not UTF-8 text.',
    da: 'Filen indeholder bytes, der ikke er UTF-8-tekst.',
    sv: 'Filen innehåller byte som inte är UTF-8-text.',
  },
  'describe.empty-file': {
    en: 'A Markdown file in a programme folder is empty.',
    da: 'En Markdown-fil i en programmappe er tom.',
    sv: 'En Markdown-fil i en programmapp är tom.',
  },
  'describe.frontmatter-unterminated': {
    en: 'The header is opened with `---` but never closed.',
    da: 'Hovedet åbnes med `---`, men lukkes aldrig.',
    sv: 'Huvudet öppnas med `---` men stängs aldrig.',
  },
  'describe.yaml-syntax': {
    en: 'The header is not valid YAML (tabs, indentation, quotes, brackets, aliases).',
    da: 'Hovedet er ikke gyldig YAML (tabulatorer, indrykning, anførselstegn, parenteser, aliasser).',
    sv: 'Huvudet är inte giltig YAML (tabbar, indrag, citattecken, parenteser, alias).',
  },
  'describe.duplicate-key': {
    en: 'A key appears twice at the same level of the header.',
    da: 'En nøgle står to gange på samme niveau i hovedet.',
    sv: 'En nyckel står två gånger på samma nivå i huvudet.',
  },
  'describe.missing-key': {
    en: 'A required key is missing from the header.',
    da: 'En påkrævet nøgle mangler i hovedet.',
    sv: 'En obligatorisk nyckel saknas i huvudet.',
  },
  'describe.unknown-key': {
    en: 'The header has a key the module type does not use (often a typo).',
    da: 'Hovedet har en nøgle, som modultypen ikke bruger (ofte en slåfejl).',
    sv: 'Huvudet har en nyckel som modultypen inte använder (ofta ett stavfel).',
  },
  'describe.wrong-type': {
    en: 'A value has the wrong kind: text, number, list or group of keys.',
    da: 'En værdi er af den forkerte slags: tekst, tal, liste eller gruppe af nøgler.',
    sv: 'Ett värde är av fel slag: text, tal, lista eller grupp av nycklar.',
  },
  'describe.invalid-value': {
    en: 'A value is not one of the allowed ones or not written the allowed way.',
    da: 'En værdi er ikke en af de tilladte eller ikke skrevet på den tilladte måde.',
    sv: 'Ett värde är inte ett av de tillåtna eller inte skrivet på det tillåtna sättet.',
  },
  'describe.invalid-date': {
    en: 'A date is not a real date written year-month-day (2027-02-30 is not).',
    da: 'En dato er ikke en rigtig dato skrevet år-måned-dag (2027-02-30 er ikke).',
    sv: 'Ett datum är inte ett riktigt datum skrivet år-månad-dag (2027-02-30 är inte det).',
  },
  'describe.invalid-time': {
    en: 'A time is not written hours:minutes on the 24-hour clock (8.15 becomes 08:15).',
    da: 'Et klokkeslæt er ikke skrevet timer:minutter på 24-timersuret (8.15 bliver 08:15).',
    sv: 'En tid är inte skriven timmar:minuter på 24-timmarsklockan (8.15 blir 08:15).',
  },
  'describe.agenda-missing-time': {
    en: 'An agenda item has no time.',
    da: 'Et punkt i programmet har intet tidspunkt.',
    sv: 'En punkt i programmet har ingen tid.',
  },
  'describe.agenda-not-ascending': {
    en: 'The agenda is not in time order.',
    da: 'Programmet står ikke i tidsrækkefølge.',
    sv: 'Programmet står inte i tidsordning.',
  },
  'describe.agenda-outside-time': {
    en: 'An agenda item lies outside the seance\'s time span.',
    da: 'Et punkt i programmet ligger uden for seancens tidsrum.',
    sv: 'En punkt i programmet ligger utanför seansens tid.',
  },
  'describe.span-reversed': {
    en: 'A period, time span or seance ends before it starts.',
    da: 'En periode, et tidsrum eller en seance slutter, før den starter.',
    sv: 'En period, en tid eller en seans slutar innan den börjar.',
  },
  'describe.duplicate-id': {
    en: 'Two modules or two tracks of a programme share an id.',
    da: 'To moduler eller to spor i et program har samme id.',
    sv: 'Två moduler eller två spår i ett program har samma id.',
  },
  'describe.unknown-track': {
    en: 'A `track` names no track of the programme.',
    da: 'Et `track` henviser ikke til et spor i programmet.',
    sv: 'Ett `track` hänvisar inte till något spår i programmet.',
  },
  'describe.unknown-seance': {
    en: 'An assignment\'s `given` or `due` names no seance of the programme.',
    da: 'En opgaves `given` eller `due` henviser ikke til en seance i programmet.',
    sv: 'En uppgifts `given` eller `due` hänvisar inte till någon seans i programmet.',
  },
  'describe.seance-outside-period': {
    en: 'A seance falls outside the programme\'s period.',
    da: 'En seance ligger uden for programmets periode.',
    sv: 'En seans ligger utanför programmets period.',
  },
  'describe.seance-overlap': {
    en: 'Two seances of a programme overlap in time.',
    da: 'To seancer i et program overlapper i tid.',
    sv: 'Två seanser i ett program överlappar i tid.',
  },
  'describe.seance-on-weekend': {
    en: 'A seance falls on a Saturday or Sunday.',
    da: 'En seance ligger på en lørdag eller søndag.',
    sv: 'En seans ligger på en lördag eller söndag.',
  },
  'describe.seance-on-holiday': {
    en: 'A seance falls on a public holiday of the programme\'s country.',
    da: 'En seance ligger på en helligdag i programmets land.',
    sv: 'En seans ligger på en helgdag i programmets land.',
  },
  'describe.assignment-due-before-given': {
    en: 'An assignment is due before (or at) the seance where it is given.',
    da: 'En opgave skal være færdig før (eller ved) den seance, hvor den gives.',
    sv: 'En uppgift ska vara klar före (eller vid) den seans där den ges.',
  },
  'describe.assignment-due-too-late': {
    en: 'An assignment is due after the next seance of its track.',
    da: 'En opgave skal være færdig efter sporets næste seance.',
    sv: 'En uppgift ska vara klar efter spårets nästa seans.',
  },
  'describe.track-without-seance': {
    en: 'A declared track has no seance.',
    da: 'Et erklæret spor har ingen seance.',
    sv: 'Ett deklarerat spår har ingen seans.',
  },
  'describe.orphan-module': {
    en: 'A seance or assignment lies outside every programme folder.',
    da: 'En seance eller opgave ligger uden for alle programmapper.',
    sv: 'En seans eller uppgift ligger utanför alla programmappar.',
  },
  'describe.multiple-programmes': {
    en: 'A folder holds more than one programme.',
    da: 'En mappe indeholder mere end ét program.',
    sv: 'En mapp innehåller mer än ett program.',
  },
  'describe.facilitator-double-booked': {
    en: 'A facilitator is booked for two seances at the same time, in any programme of the workspace.',
    da: 'En facilitator er booket til to seancer på samme tid, i et hvilket som helst program i arbejdsområdet.',
    sv: 'En facilitator är bokad till två seanser samtidigt, i vilket program som helst i arbetsytan.',
  },

  // The command line
  'cli.summary': {
    en: '{errors} error(s), {warnings} warning(s), {others} other(s) in {files} file(s).',
    da: '{errors} fejl, {warnings} advarsel(er), {others} andre i {files} fil(er).',
    sv: '{errors} fel, {warnings} varning(ar), {others} andra i {files} fil(er).',
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
  'cli.unreadable': {
    en: 'Cannot read {path}: {reason}.',
    da: 'Kan ikke læse {path}: {reason}.',
    sv: 'Kan inte läsa {path}: {reason}.',
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
    en: 'Usage:\n  curriculum check [paths...] [--format text|json|sarif] [--locale en|da|sv]\n      Checks the programmes under the paths (default: the current folder).\n      Exit status: 0 no errors, 1 errors found, 2 the check could not run.\n  curriculum model <programme folder>\n      Prints the programme model as JSON.\n  curriculum rules [--format text|json|markdown] [--locale en|da|sv]\n      Lists every problem code with its severity and description.',
    da: 'Brug:\n  curriculum check [stier...] [--format text|json|sarif] [--locale en|da|sv]\n      Tjekker programmerne under stierne (standard: den aktuelle mappe).\n      Afslutningsstatus: 0 ingen fejl, 1 fejl fundet, 2 tjekket kunne ikke køre.\n  curriculum model <programmappe>\n      Skriver programmets model som JSON.\n  curriculum rules [--format text|json|markdown] [--locale en|da|sv]\n      Viser alle problemkoder med alvorlighed og beskrivelse.',
    sv: 'Användning:\n  curriculum check [sökvägar...] [--format text|json|sarif] [--locale en|da|sv]\n      Kontrollerar programmen under sökvägarna (standard: den aktuella mappen).\n      Slutstatus: 0 inga fel, 1 fel hittades, 2 kontrollen kunde inte köras.\n  curriculum model <programmapp>\n      Skriver ut programmets modell som JSON.\n  curriculum rules [--format text|json|markdown] [--locale en|da|sv]\n      Listar alla problemkoder med allvarlighetsgrad och beskrivning.',
  },
  'cli.rules-header': {
    en: '| Code | Severity | What it catches |',
    da: '| Kode | Alvorlighed | Hvad den fanger |',
    sv: '| Kod | Allvarlighetsgrad | Vad den fångar |',
  },

  // Completion: why a date is proposed
  'completion.after-last': {
    en: 'The first workday after the last seance',
    da: 'Første hverdag efter den sidste seance',
    sv: 'Första vardagen efter den sista seansen',
  },
  'completion.week-after-last': {
    en: 'A week after the last seance',
    da: 'En uge efter den sidste seance',
    sv: 'En vecka efter den sista seansen',
  },
  'completion.today': { en: 'The next workday', da: 'Den næste hverdag', sv: 'Nästa vardag' },
  'completion.period-start': {
    en: 'The first day of the programme',
    da: 'Programmets første dag',
    sv: 'Programmets första dag',
  },
  'completion.period-end': {
    en: 'The last day of the programme',
    da: 'Programmets sidste dag',
    sv: 'Programmets sista dag',
  },

  // Hover
  'hover.date': { en: 'Date', da: 'Dato', sv: 'Datum' },
  'hover.time': { en: 'Time', da: 'Tid', sv: 'Tid' },
  'hover.track': { en: 'Track', da: 'Spor', sv: 'Spår' },
  'hover.location': { en: 'Location', da: 'Sted', sv: 'Plats' },
  'hover.facilitators': { en: 'Facilitators', da: 'Facilitatorer', sv: 'Facilitatorer' },
  'hover.given': { en: 'Given at', da: 'Gives ved', sv: 'Ges vid' },
  'hover.due': { en: 'Due', da: 'Frist', sv: 'Tidsfrist' },
  'hover.seances': { en: 'Seances', da: 'Seancer', sv: 'Seanser' },
  'hover.example': { en: 'Example', da: 'Eksempel', sv: 'Exempel' },

  // Scaffolding: the headings of a new module's body, in the programme's language
  'scaffold.purpose': { en: 'Purpose', da: 'Formål', sv: 'Syfte' },
  'scaffold.agenda': { en: 'Agenda', da: 'Agenda', sv: 'Program' },
  'scaffold.welcome': { en: 'Welcome', da: 'Velkommen', sv: 'Välkommen' },
  'scaffold.task': { en: 'Task', da: 'Opgave', sv: 'Uppgift' },
  'scaffold.reflection': { en: 'Reflection', da: 'Refleksion', sv: 'Reflektion' },
  'scaffold.audience': { en: 'Target group', da: 'Målgruppe', sv: 'Målgrupp' },
  'scaffold.first-track': { en: 'First track', da: 'Første spor', sv: 'Första spåret' },

  // Language server
  'rename.invalid': {
    en: 'An id may contain only lower-case letters, digits and hyphens, like `s03-feedback`.',
    da: 'Et id må kun indeholde små bogstaver, tal og bindestreger, som `s03-feedback`.',
    sv: 'Ett id får bara innehålla små bokstäver, siffror och bindestreck, som `s03-feedback`.',
  },
  'rename.taken': {
    en: 'The id `{id}` is already used in this programme.',
    da: 'Id\'et `{id}` bruges allerede i dette program.',
    sv: 'Id:t `{id}` används redan i det här programmet.',
  },
  'rename.nothing': {
    en: 'Only the id of a track, seance or assignment can be renamed here.',
    da: 'Kun id\'et på et spor, en seance eller en opgave kan omdøbes her.',
    sv: 'Bara id:t för ett spår, en seans eller en uppgift kan byta namn här.',
  },
  'extra-schema.untrusted': {
    en: 'The extra schema {path} is not used: this workspace is not trusted. Trust the workspace to check your own keys.',
    da: 'Det ekstra skema {path} bruges ikke: arbejdsområdet er ikke betroet. Hav tillid til arbejdsområdet for at tjekke jeres egne nøgler.',
    sv: 'Det extra schemat {path} används inte: arbetsytan är inte betrodd. Lita på arbetsytan för att kontrollera era egna nycklar.',
  },
  'extra-schema.invalid': {
    en: 'The extra schema {path} cannot be used: {reason}',
    da: 'Det ekstra skema {path} kan ikke bruges: {reason}',
    sv: 'Det extra schemat {path} kan inte användas: {reason}',
  },

  // Fixes
  'fix.replace': { en: 'Change to `{text}`', da: 'Ret til `{text}`', sv: 'Ändra till `{text}`' },
  'fix.insert-key': { en: 'Add `{key}`', da: 'Tilføj `{key}`', sv: 'Lägg till `{key}`' },
  'fix.sort-agenda': {
    en: 'Put the agenda in time order',
    da: 'Sæt programmet i tidsrækkefølge',
    sv: 'Sätt programmet i tidsordning',
  },

  // Words
  'module.programme': { en: 'programme', da: 'programme', sv: 'programme' },
  'module.seance': { en: 'seance', da: 'seance', sv: 'seance' },
  'module.assignment': { en: 'assignment', da: 'assignment', sv: 'assignment' },
  'country.DK': { en: 'Denmark', da: 'Danmark', sv: 'Danmark' },
  'country.SE': { en: 'Sweden', da: 'Sverige', sv: 'Sverige' },
  'country.FI': { en: 'Finland', da: 'Finland', sv: 'Finland' },
  'country.NO': { en: 'Norway', da: 'Norge', sv: 'Norge' },
  'weekday.6': { en: 'Saturday', da: 'lørdag', sv: 'lördag' },
  'weekday.7': { en: 'Sunday', da: 'søndag', sv: 'söndag' },
};

/** Whether the catalogue has a message. */
export function hasMessage(key: string): boolean {
  return key in catalogue;
}

/** Every key of the catalogue. */
export function messageKeys(): string[] {
  return Object.keys(catalogue);
}

/** Puts a message into words in a language. Unknown keys are returned as they are. */
export function formatMessage(message: Message, locale: Locale = 'en'): string {
  const texts = catalogue[message.key];
  const template = texts ? texts[locale] : message.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.args?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? formatMessage(value, locale) : String(value);
  });
}
