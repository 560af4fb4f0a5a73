import type { AgendaFormat } from '../module';

/** Laurillard's six learning types: what the learner does in an activity. */
export type LearningType = 'acquisition' | 'inquiry' | 'practice' | 'production' | 'discussion' | 'collaboration';

export const LEARNING_TYPES: readonly LearningType[] = ['acquisition', 'inquiry', 'practice', 'production', 'discussion', 'collaboration'];

/** What an agenda item's time is: one of the learning types, a break or a meal (counted apart), or unknown. */
export type TimeKind = LearningType | 'break' | 'meal' | 'unclassified';

export const TIME_KINDS: readonly TimeKind[] = [...LEARNING_TYPES, 'break', 'meal', 'unclassified'];

/** An organisation's own words for learning types (the `learningTypes` setting): word → type. */
export type LearningTypeWords = Readonly<Record<string, LearningType | 'break' | 'meal'>>;

/**
 * The words of agenda items, by language, and what kind of time each is. A word is the format in
 * parentheses at the end of an item (`(oplæg)`), a type written in braces (`{øvelse}`), or the first
 * word of a title (`Refleksion: …`). Groups are discussion when they talk, collaboration when they
 * make something together (`gruppearbejde`); a workshop or brainstorm produces something.
 */
const WORDS: Record<'en' | 'da' | 'sv' | 'nb', Record<LearningType | 'break' | 'meal', readonly string[]>> = {
  en: {
    acquisition: [
      'acquisition',
      'talk',
      'presentation',
      'lecture',
      'keynote',
      'interview',
      'plenum',
      'plenary',
      'input',
      'introduction',
      'welcome',
    ],
    inquiry: ['inquiry', 'case', 'case work', 'research', 'field visit', 'visit', 'investigation', 'interviews'],
    practice: ['practice', 'exercise', 'role play', 'training', 'simulation'],
    production: ['production', 'workshop', 'brainstorm', 'gallery walk', 'pitch', 'action plan', 'plan'],
    discussion: [
      'discussion',
      'groups',
      'group',
      'dialogue',
      'reflection',
      'debate',
      'walk',
      'walk and talk',
      'walk & talk',
      'soapbox',
      'sparring',
      'feedback',
    ],
    collaboration: ['collaboration', 'group work', 'co-creation', 'project work', 'team work'],
    break: ['break', 'coffee', 'pause'],
    meal: ['meal', 'lunch', 'dinner', 'breakfast'],
  },
  da: {
    acquisition: ['tilegnelse', 'oplæg', 'foredrag', 'forelæsning', 'præsentation', 'plenum', 'velkomst', 'velkommen', 'introduktion'],
    inquiry: ['undersøgelse', 'case', 'casearbejde', 'besøg', 'feltbesøg', 'borgerinterview', 'research'],
    practice: ['praksis', 'øvelse', 'øvelser', 'træning', 'rollespil', 'afprøvning'],
    production: ['produktion', 'workshop', 'brainstorm', 'idéudvikling', 'handleplan', 'plan', 'galleri', 'gallerivandring'],
    discussion: [
      'diskussion',
      'grupper',
      'gruppe',
      'drøftelse',
      'plenumsdrøftelse',
      'dialog',
      'refleksion',
      'sparring',
      'gåtur',
      'taleboks',
      'læringsgrupper',
      'læringsgruppe',
    ],
    collaboration: ['samarbejde', 'gruppearbejde', 'samskabelse', 'projektarbejde'],
    break: ['pause', 'kaffe', 'kaffepause'],
    meal: ['måltid', 'frokost', 'middag', 'morgenmad', 'aftensmad'],
  },
  sv: {
    acquisition: ['tillägnande', 'föredrag', 'föreläsning', 'presentation', 'gemensamt', 'välkommen', 'inledning'],
    inquiry: ['undersökande', 'undersökning', 'fallstudie', 'studiebesök', 'case'],
    practice: ['praktik', 'övning', 'övningar', 'träning', 'rollspel'],
    production: ['produktion', 'workshop', 'brainstorm', 'handlingsplan', 'idéarbete'],
    discussion: ['diskussion', 'grupp', 'grupper', 'samtal', 'dialog', 'reflektion', 'promenad'],
    collaboration: ['samarbete', 'grupparbete', 'samskapande', 'projektarbete'],
    break: ['paus', 'fika', 'kaffe'],
    meal: ['måltid', 'måltider', 'lunch', 'middag', 'frukost'],
  },
  nb: {
    acquisition: ['tilegnelse', 'foredrag', 'innlegg', 'presentasjon', 'forelesning', 'velkommen'],
    inquiry: ['undersøkelse', 'case', 'casearbeid', 'besøk'],
    practice: ['praksis', 'øvelse', 'øving', 'trening', 'rollespill'],
    production: ['produksjon', 'verksted', 'workshop', 'idédugnad', 'handlingsplan'],
    discussion: ['diskusjon', 'grupper', 'gruppe', 'dialog', 'refleksjon', 'samtale'],
    collaboration: ['samarbeid', 'gruppearbeid', 'samskaping', 'prosjektarbeid'],
    break: ['pause', 'kaffe', 'kaffepause'],
    meal: ['måltid', 'lunsj', 'middag', 'frokost'],
  },
};

// No prototype: a word such as "constructor" must not find Object's own.
const BUILT_IN = Object.create(null) as Record<string, LearningType | 'break' | 'meal'>;
for (const table of Object.values(WORDS)) {
  for (const [kind, words] of Object.entries(table)) {
    for (const word of words) BUILT_IN[word] ??= kind as LearningType | 'break' | 'meal';
  }
}

/** When an item names only a format the parser knows, what kind of time that format is. */
const BY_FORMAT: Record<AgendaFormat, TimeKind> = {
  plenum: 'acquisition',
  groups: 'discussion',
  break: 'break',
  meal: 'meal',
  walk: 'discussion',
  talk: 'acquisition',
  exercise: 'practice',
};

/** Words that close a block (`Kl 12: Slut`): the item marks the end and takes no time. */
const END_WORDS = new Set(['slut', 'end', 'the end', 'slutt', 'afslutning og tak', 'tak for i dag', 'tack för idag', 'tack för i dag']);

/** What an agenda item says of itself: its explicit type, its format word, its format and its title. */
export interface ItemWords {
  learningType?: string;
  formatWord?: string;
  format?: AgendaFormat;
  title: string;
}

/** The words an organisation gave, lower-cased, without a prototype; an unknown type is dropped. */
export function organisationWords(setting: Readonly<Record<string, unknown>> | undefined): LearningTypeWords {
  const words = Object.create(null) as Record<string, LearningType | 'break' | 'meal'>;
  for (const [word, kind] of Object.entries(setting ?? {})) {
    if (typeof kind !== 'string') continue;
    const known = kind.trim().toLowerCase();
    if ((TIME_KINDS as readonly string[]).includes(known) && known !== 'unclassified')
      words[word.trim().toLowerCase()] = known as LearningType;
  }
  return words;
}

/**
 * The kind of time of an agenda item: an explicit `{type}` first, then its format word (the
 * organisation's words before the built-in ones), then its format, then the first word of its title.
 */
export function timeKindOf(item: ItemWords, own: LearningTypeWords = {}): TimeKind | 'end' {
  const lookup = (word: string | undefined): TimeKind | undefined => {
    if (!word) return undefined;
    const key = word.trim().toLowerCase();
    return Object.hasOwn(own, key) ? own[key] : BUILT_IN[key];
  };
  const explicit = lookup(item.learningType);
  if (explicit) return explicit;
  if (END_WORDS.has(withoutFinalStops(item.title.trim().toLowerCase()))) return 'end';
  const byWord = lookup(item.formatWord);
  if (byWord) return byWord;
  if (item.format) return BY_FORMAT[item.format];
  const first = /^[\p{L}&-]+(?:\s+[\p{L}&-]+)?/u.exec(item.title.trim());
  if (first) {
    const [one] = first[0].split(/\s+/);
    return lookup(first[0]) ?? lookup(one) ?? 'unclassified';
  }
  return 'unclassified';
}

/** The text without full stops and exclamation marks at its end (a loop: a regular expression would retry every run of them). */
function withoutFinalStops(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === '!')) end--;
  return text.slice(0, end);
}

/** Whether a word names a learning type, a break or a meal, for an explicit `{type}` that may be misspelt. */
export function isKnownTypeWord(word: string, own: LearningTypeWords = {}): boolean {
  const key = word.trim().toLowerCase();
  return Object.hasOwn(own, key) || BUILT_IN[key] !== undefined;
}
