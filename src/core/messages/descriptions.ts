import type { Catalogue } from './catalogue';

/** One-line descriptions of the problem codes (`curriculum rules`, the README). */
export const codeDescriptions: Catalogue = {
  // One-line descriptions of the problem codes (curriculum rules, the README)
  'describe.not-text': {
    en: 'The file holds bytes that are not UTF-8 text.',
    da: 'Filen indeholder bytes, der ikke er UTF-8-tekst.',
    sv: 'Filen innehåller byte som inte är UTF-8-text.',
  },
  'describe.empty-file': {
    en: 'A Markdown file is empty.',
    da: 'En Markdown-fil er tom.',
    sv: 'En Markdown-fil är tom.',
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
    da: 'Fristen for en opgave ligger før (eller ved) den seance, hvor den gives.',
    sv: 'Tidsfristen för en uppgift ligger före (eller vid) den seans där den ges.',
  },
  'describe.assignment-due-too-late': {
    en: 'An assignment is due after the next seance of its track.',
    da: 'Fristen for en opgave ligger efter sporets næste seance.',
    sv: 'Tidsfristen för en uppgift ligger efter spårets nästa seans.',
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
};
