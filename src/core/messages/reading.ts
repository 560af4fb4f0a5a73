import type { Catalogue } from './catalogue';

/** Messages of reading a file and checking its header against the schema. */
export const readingMessages = {
  // Parsing
  'not-text': {
    en: 'This file contains bytes that are not text. Save it as UTF-8 text (a file saved as Windows-1252 or "ANSI" breaks on letters such as æ, ø and å).',
    da: 'Filen indeholder bytes, der ikke er tekst. Gem den som UTF-8-tekst (en fil gemt som Windows-1252 eller "ANSI" går i stykker ved bogstaver som æ, ø og å).',
    sv: 'Filen innehåller byte som inte är text. Spara den som UTF-8-text (en fil sparad som Windows-1252 eller "ANSI" går sönder vid bokstäver som å, ä och ö).',
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
  'yaml.unknown-alias': {
    en: '`{alias}` repeats a value marked `{anchor}`, but no value above it is marked so. Mark the value with `{anchor}`, or write the value out here.',
    da: '`{alias}` gentager en værdi markeret `{anchor}`, men ingen værdi ovenfor er markeret sådan. Markér værdien med `{anchor}`, eller skriv værdien ud her.',
    sv: '`{alias}` upprepar ett värde märkt `{anchor}`, men inget värde ovanför är märkt så. Märk värdet med `{anchor}`, eller skriv ut värdet här.',
  },
  'yaml.BAD_SCALAR_START': {
    en: 'A value cannot start with this character unless it is in quotes. Put the value in "double quotes".',
    da: 'En værdi kan ikke starte med dette tegn, medmindre den står i anførselstegn. Sæt værdien i "anførselstegn".',
    sv: 'Ett värde kan inte börja med det här tecknet om det inte står inom citattecken. Sätt värdet inom "citattecken".',
  },
  'yaml.UNEXPECTED_TOKEN': {
    en: 'This character is not expected here. Check for a missing colon, quote or bracket.',
    da: 'Tegnet er ikke ventet her. Tjek for et manglende kolon, anførselstegn eller en manglende parentes.',
    sv: 'Tecknet väntas inte här. Kontrollera om ett kolon, ett citattecken eller en parentes saknas.',
  },
  'yaml.BLOCK_IN_FLOW': {
    en: 'Inside [ ] or { }, write the values on the same line, separated by commas.',
    da: 'Inden for [ ] eller { } skal værdierne stå på samme linje, adskilt af kommaer.',
    sv: 'Inom [ ] eller { } ska värdena stå på samma rad, åtskilda med kommatecken.',
  },
  'yaml.BAD_DQ_ESCAPE': {
    en: 'A backslash in "double quotes" starts a code that is not valid here. Use \'single quotes\' or write two backslashes.',
    da: 'En omvendt skråstreg i "anførselstegn" starter en kode, der ikke er gyldig her. Brug \'enkelte anførselstegn\' eller skriv to omvendte skråstreger.',
    sv: 'Ett omvänt snedstreck inom "citattecken" inleder en kod som inte är giltig här. Använd \'enkla citattecken\' eller skriv två omvända snedstreck.',
  },
  'yaml.too-deep': {
    en: 'The header nests lists or groups too deeply to be read. A header needs at most a few levels.',
    da: 'Hovedet har lister eller grupper inden i hinanden i for mange niveauer til at kunne læses. Et hoved behøver højst nogle få niveauer.',
    sv: 'Huvudet har listor eller grupper inuti varandra i för många nivåer för att kunna läsas. Ett huvud behöver högst några få nivåer.',
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
  'missing-key.near': {
    en: '`{key}` is missing — `{near}` looks like a misspelling of it.',
    da: '`{key}` mangler — `{near}` ligner en stavefejl for den.',
    sv: '`{key}` saknas — `{near}` ser ut som en felstavning av den.',
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
  'unknown-key.more': {
    en: 'And {count} more unknown keys from here on. They are not used for a {module} and will be ignored.',
    da: 'Og {count} ukendte nøgler mere herfra. De bruges ikke i et modul af typen {module} og ignoreres.',
    sv: 'Och {count} okända nycklar till härifrån. De används inte i en modul av typen {module} och ignoreras.',
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
    da: '`{key}` skal være en rigtig dato skrevet år-måned-dag, som 2027-03-11; `{value}` er det ikke.',
    sv: '`{key}` ska vara ett riktigt datum skrivet år-månad-dag, som 2027-03-11; `{value}` är inte det.',
  },
  'invalid-time': {
    en: '`{key}` must be a time on the 24-hour clock written hours:minutes, like 08:15; `{value}` is not.',
    da: '`{key}` skal være et klokkeslæt på 24-timersuret skrevet timer:minutter, som 08:15; `{value}` er det ikke.',
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
    en: '`{key}` must be a web address that starts with https:// or http://, like https://meet.example.org/room.',
    da: '`{key}` skal være en webadresse, der starter med https:// eller http://, som https://meet.example.org/room.',
    sv: '`{key}` ska vara en webbadress som börjar med https:// eller http://, som https://meet.example.org/room.',
  },
  'invalid-value.one-line': {
    en: '`{key}` must be one line of text, but it holds a line break. Write it on one line (a `|` or `>` block keeps its line breaks).',
    da: '`{key}` skal være én linje tekst, men den indeholder et linjeskift. Skriv den på én linje (en `|`- eller `>`-blok beholder sine linjeskift).',
    sv: '`{key}` ska vara en rad text, men den innehåller en radbrytning. Skriv den på en rad (ett `|`- eller `>`-block behåller sina radbrytningar).',
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
  'invalid-value.tag': {
    en: '`{key}` is marked `{tag}`, a mark that a header does not read. Remove `{tag}` and write only the value.',
    da: '`{key}` er markeret med `{tag}`, et mærke, som et hoved ikke læser. Fjern `{tag}`, og skriv kun værdien.',
    sv: '`{key}` är märkt med `{tag}`, ett märke som ett huvud inte läser. Ta bort `{tag}` och skriv bara värdet.',
  },
  'invalid-value.generic': {
    en: '`{key}` has a value that is not allowed here.',
    da: '`{key}` har en værdi, der ikke er tilladt her.',
    sv: '`{key}` har ett värde som inte är tillåtet här.',
  },
} satisfies Catalogue;
