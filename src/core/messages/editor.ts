import type { Catalogue } from './catalogue';

/** Texts of the editor features: completion, hover, scaffolding, rename, fixes. */
export const editorMessages = {
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
  'hover.hours': {
    en: '{contact} in the room, besides {breaks} of breaks and {meals} of meals',
    da: '{contact} i lokalet, ud over {breaks} pauser og {meals} måltider',
    sv: '{contact} i rummet, utöver {breaks} pauser och {meals} måltider',
  },
  'hover.hours-type': { en: '{type}: {hours} ({percent}%)', da: '{type}: {hours} ({percent} %)', sv: '{type}: {hours} ({percent} %)' },
  'hover.untimed': {
    en: '{count} agenda item(s) without a time or an end are not counted.',
    da: '{count} punkt(er) på dagsordenen uden tid eller slut tælles ikke med.',
    sv: '{count} punkt(er) på dagordningen utan tid eller slut räknas inte med.',
  },

  // Hover on a learning outcome: its level and where it is taught and practised
  'hover.bloom': { en: 'Bloom level', da: 'Bloom-niveau', sv: 'Bloomnivå' },
  'hover.verb': { en: 'Action verb', da: 'Handleverbum', sv: 'Handlingsverb' },
  'hover.taught': { en: 'Taught at', da: 'Undervises på', sv: 'Tas upp på' },
  'hover.practised': { en: 'Practised in', da: 'Øves i', sv: 'Övas i' },
  'hover.not-taught': {
    en: 'No seance addresses it yet.',
    da: 'Ingen seance arbejder med det endnu.',
    sv: 'Ingen seans arbetar med det än.',
  },
  'hover.not-practised': {
    en: 'No assignment practises it yet.',
    da: 'Ingen opgave øver det endnu.',
    sv: 'Ingen uppgift övar det än.',
  },
  'bloom.remember': { en: 'remember', da: 'huske', sv: 'minnas' },
  'bloom.understand': { en: 'understand', da: 'forstå', sv: 'förstå' },
  'bloom.apply': { en: 'apply', da: 'anvende', sv: 'tillämpa' },
  'bloom.analyse': { en: 'analyse', da: 'analysere', sv: 'analysera' },
  'bloom.evaluate': { en: 'evaluate', da: 'vurdere', sv: 'värdera' },
  'bloom.create': { en: 'create', da: 'skabe', sv: 'skapa' },

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
    da: "Id'et `{id}` bruges allerede i dette program.",
    sv: 'Id:t `{id}` används redan i det här programmet.',
  },
  'rename.nothing': {
    en: 'Only the id of a track, seance or assignment can be renamed here.',
    da: "Kun id'et på et spor, en seance eller en opgave kan omdøbes her.",
    sv: 'Bara id:t för ett spår, en seans eller en uppgift kan byta namn här.',
  },
  'request.failed': {
    en: 'Curriculum Studio could not do this because of a fault of its own. The "Curriculum Studio" output panel tells what happened.',
    da: 'Curriculum Studio kunne ikke gøre dette på grund af en fejl i programmet selv. Outputpanelet "Curriculum Studio" fortæller hvad der skete.',
    sv: 'Curriculum Studio kunde inte göra detta på grund av ett fel i programmet självt. Utdatapanelen "Curriculum Studio" berättar vad som hände.',
  },
  'workspace.unreadable': {
    en: 'Curriculum Studio cannot read {paths}, so the modules there are not checked. Check that it is a file or folder inside the workspace that you have permission to read (the output of Curriculum Studio says why).',
    da: 'Curriculum Studio kan ikke læse {paths}, så modulerne der bliver ikke tjekket. Tjek at det er en fil eller mappe i arbejdsområdet, som du har adgang til at læse (outputtet fra Curriculum Studio siger hvorfor).',
    sv: 'Curriculum Studio kan inte läsa {paths}, så modulerna där kontrolleras inte. Kontrollera att det är en fil eller mapp i arbetsytan som du har behörighet att läsa (utdata från Curriculum Studio säger varför).',
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
  'extra-schema.pattern': {
    en: 'its pattern `{pattern}` uses a look-ahead, a look-behind or a back-reference, which can make checking a value take minutes. Write the pattern without them.',
    da: 'dets mønster `{pattern}` bruger et look-ahead, et look-behind eller en tilbagereference, som kan få tjekket af en værdi til at tage minutter. Skriv mønstret uden dem.',
    sv: 'dess mönster `{pattern}` använder en look-ahead, en look-behind eller en bakåtreferens, vilket kan få kontrollen av ett värde att ta minuter. Skriv mönstret utan dem.',
  },

  // Fixes
  'fix.replace': { en: 'Change to `{text}`', da: 'Ret til `{text}`', sv: 'Ändra till `{text}`' },
  'fix.insert-key': { en: 'Add `{key}`', da: 'Tilføj `{key}`', sv: 'Lägg till `{key}`' },
  'fix.canonical-times': { en: 'Write the times as 08:15', da: 'Skriv tidspunkterne som 08:15', sv: 'Skriv tiderna som 08:15' },
  'fix.add-time': { en: 'Start it at {time}', da: 'Start punktet kl. {time}', sv: 'Börja punkten kl. {time}' },
  'fix.sort-agenda': {
    en: 'Put the agenda in time order',
    da: 'Sæt programmet i tidsrækkefølge',
    sv: 'Sätt programmet i tidsordning',
  },
} satisfies Catalogue;
