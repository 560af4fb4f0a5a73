/**
 * A deterministic generator of realistic workspaces for the benchmark: programme folders of four
 * tracks, each track with seances of 8–12 agenda items and practice assignments between them, in
 * Danish and Swedish, about 0.8–1.5 KB per module. The same count and seed always give the same
 * bytes, so figures from different runs and machines compare.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { addDays, isoWeekday } from '../../src/core/dates';
import { publicHoliday } from '../../src/core/holidays';

/** Modules of one full programme folder: the programme, then per track 3 seances and 2 assignments. */
const SEANCES_PER_TRACK = 3;
const ASSIGNMENTS_PER_TRACK = 2;
export const MODULES_PER_PROGRAMME = 1 + 4 * (SEANCES_PER_TRACK + ASSIGNMENTS_PER_TRACK);

/** A small, fast pseudo-random generator (mulberry32): the same seed, the same workspace. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Language {
  code: 'da' | 'sv';
  country: 'DK' | 'SE';
  timezone: string;
  tracks: [string, string][];
  agenda: [string, string][];
  places: string[];
  paragraphs: string[];
  agendaHeading: string;
}

const DANISH: Language = {
  code: 'da',
  country: 'DK',
  timezone: 'Europe/Copenhagen',
  tracks: [
    ['personligt-lederskab', 'Personligt lederskab'],
    ['forandring', 'Ledelse af forandring'],
    ['samskabelse', 'Samskabelse og tværgående samarbejde'],
    ['laering', 'Læringskultur'],
  ],
  agenda: [
    ['Kaffe og ankomst', 'pause'],
    ['Hvad har I prøvet siden sidst?', 'grupper'],
    ['Oplæg: Ledelse i en kommune i forandring', 'oplæg'],
    ['Pause', 'pause'],
    ['Mit ledelsesgrundlag i praksis', 'øvelse'],
    ['Frokost', 'frokost'],
    ['Walk and talk om egne dilemmaer', 'gåtur'],
    ['Refleksionsteam', 'grupper'],
    ['Case fra egen enhed', 'øvelse'],
    ['Fælles læring og næste praksisopgave', 'plenum'],
    ['Oplæg fra direktionen', 'oplæg'],
    ['Afrunding', 'plenum'],
  ],
  places: ['Rådhuset, mødesal 2', 'Kulturhuset, sal A', 'Medborgerhuset', 'Online (Teams)'],
  paragraphs: [
    'Seancen tager udgangspunkt i jeres erfaringer fra den seneste praksisopgave. I arbejder med egne cases og giver hinanden sparring.',
    'Vi veksler mellem korte oplæg, øvelser i læringsgrupper og fælles refleksion. Tag gerne noter undervejs til din læringslog.',
    'Mellem seancerne afprøver du nye handlinger i din egen enhed og samler erfaringer, som du tager med til næste gang.',
  ],
  agendaHeading: 'Program',
};

const SWEDISH: Language = {
  code: 'sv',
  country: 'SE',
  timezone: 'Europe/Stockholm',
  tracks: [
    ['att-leda-sig-sjalv', 'Att leda sig själv'],
    ['att-leda-andra', 'Att leda andra'],
    ['att-leda-verksamhet', 'Att leda verksamhet'],
    ['att-leda-i-forandring', 'Att leda i förändring'],
  ],
  agenda: [
    ['Fika och incheckning', 'fika'],
    ['Erfarenheter sedan sist', 'grupp'],
    ['Föredrag: Tillitsbaserad styrning', 'föredrag'],
    ['Paus', 'paus'],
    ['Övning i kollegial handledning', 'övning'],
    ['Lunch', 'lunch'],
    ['Promenad i par', 'promenad'],
    ['Grupparbete om egna fall', 'grupparbete'],
    ['Case från den egna verksamheten', 'övning'],
    ['Gemensam reflektion', 'gemensamt'],
    ['Samtal med förvaltningschefen', 'föredrag'],
    ['Avslutning och nästa uppgift', 'gemensamt'],
  ],
  places: ['Stadshuset, sal 3', 'Kommunhuset, Aulan', 'Folkets hus', 'Digitalt (Zoom)'],
  paragraphs: [
    'Dagen bygger på era erfarenheter från den senaste praktikuppgiften. Ni arbetar med egna fall och ger varandra stöd.',
    'Vi växlar mellan korta föredrag, övningar i lärgrupper och gemensam reflektion. Anteckna gärna i din loggbok under dagen.',
    'Mellan träffarna prövar du nya handlingar i din egen verksamhet och samlar erfarenheter till nästa gång.',
  ],
  agendaHeading: 'Dagordning',
};

/** The next workday (not a weekend, not a public holiday in `country`) on or after `date`. */
function workdayFrom(date: string, country: string): string {
  let day = date;
  while (isoWeekday(day) > 5 || publicHoliday(country, day)) day = addDays(day, 1);
  return day;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const clock = (minutes: number): string => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/**
 * A workspace of exactly `modules` modules as relative path → text. Every programme is free of
 * problems; its folder is `p001-<id>/`.
 */
export function generateWorkspace(modules: number, seed = 1): Map<string, string> {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const files = new Map<string, string>();
  for (let p = 0; files.size < modules; p++) {
    const budget = Math.min(MODULES_PER_PROGRAMME, modules - files.size);
    const language = p % 3 === 2 ? SWEDISH : DANISH;
    const id = `${language.code === 'da' ? 'lederforloeb' : 'ledarprogram'}-${pad(p % 100)}-${2027 + Math.floor(p / 100)}`;
    const folder = `p${String(p + 1).padStart(4, '0')}-${id}`;
    const start = workdayFrom(addDays('2027-01-04', 7 * (p % 26)), language.country);
    const end = addDays(start, 7 * 26 - 3);
    // Facilitators are named per programme, so that programmes never double-book one another's.
    const facilitators = [`Procesleder ${p + 1}`, `Konsulent ${p + 1}`, `Oplægsholder ${p + 1}`];
    // Seances round-robin over the tracks, a fortnight apart; assignments fall between them. The
    // last programme may be cut short: it declares only the tracks its seances fill.
    const total = Math.min(4 * SEANCES_PER_TRACK, budget - 1);
    const assignments = Math.min(4 * ASSIGNMENTS_PER_TRACK, budget - 1 - total);
    // A programme states its learning outcome when it has an assignment to practise it in; one cut
    // short without assignments states neither outcomes nor goals, and so stays clean.
    const aligned = assignments > 0;
    files.set(`${folder}/programme.md`, programmeText(language, id, start, end, Math.min(4, total), next, aligned));
    const seances: { id: string; track: string; date: string }[] = [];
    for (let s = 0; s < total; s++) {
      const [track] = language.tracks[s % 4]!;
      const date = workdayFrom(addDays(start, 14 * s + 1), language.country);
      const seanceId = `s${pad(s + 1)}-${track}`;
      seances.push({ id: seanceId, track, date });
      const text = seanceText(language, seanceId, track, date, facilitators, next, pick, aligned);
      files.set(`${folder}/seancer/${pad(s + 1)}-${track}.md`, text);
    }
    for (let a = 0; a < assignments; a++) {
      const given = seances[a % seances.length]!;
      const due = seances[Math.min(seances.length - 1, (a % seances.length) + 4)]!;
      const assignmentId = `a${pad(a + 1)}-${given.track}`;
      files.set(`${folder}/opgaver/${pad(a + 1)}-${given.track}.md`, assignmentText(language, assignmentId, given, due, next, pick));
    }
  }
  return files;
}

function programmeText(
  language: Language,
  id: string,
  start: string,
  end: string,
  trackCount: number,
  next: () => number,
  aligned: boolean,
): string {
  const tracks = language.tracks
    .slice(0, trackCount)
    .map(
      ([trackId, title]) =>
        `  - id: ${trackId}\n    title: ${title}\n    description: ${language.paragraphs[0]!.slice(0, 60 + Math.floor(next() * 30))}\n`,
    )
    .join('');
  return (
    `---\ntype: programme\nid: ${id}\ntitle: ${language.code === 'da' ? 'Lederforløb' : 'Ledarprogram'} ${id.slice(-7)}\n` +
    `organisation: ${language.code === 'da' ? 'Eksempel Kommune, HR' : 'Exempelkommunen, HR'}\n` +
    `language: ${language.code}\ncountry: ${language.country}\ntimezone: ${language.timezone}\n` +
    `period: { start: ${start}, end: ${end} }\n${trackCount > 0 ? `tracks:\n${tracks}` : ''}` +
    // One learning outcome that every seance addresses and every assignment practises (issue 10).
    (aligned
      ? `outcomes:\n  - { id: lede-i-praksis, text: ${language.code === 'da' ? 'Omsætte det lærte i egen ledelse' : 'Omsätta det lärda i egen ledning'} }\n`
      : '') +
    `contact: hr@example.org\n---\n` +
    `# ${id}\n\n${language.paragraphs.join('\n\n')}\n`
  );
}

function seanceText(
  language: Language,
  id: string,
  track: string,
  date: string,
  facilitators: string[],
  next: () => number,
  pick: <T>(items: readonly T[]) => T,
  aligned: boolean,
): string {
  const items = 8 + Math.floor(next() * 5);
  const startMinutes = 8 * 60 + 30;
  const step = 30 + Math.floor(next() * 3) * 5;
  const agenda: string[] = [];
  for (let i = 0; i < items; i++) {
    const [title, format] = language.agenda[i % language.agenda.length]!;
    agenda.push(`- ${clock(startMinutes + i * step)} ${title} (${format})`);
  }
  const end = clock(startMinutes + items * step);
  const online = next() < 0.2;
  return (
    `---\ntype: seance\nid: ${id}\ntitle: ${language.agenda[2]![0].replace(/^[^:]*: /, '')}\ntrack: ${track}\n${aligned ? 'outcomes: [lede-i-praksis]\n' : ''}date: ${date}\n` +
    `time: { start: "${clock(startMinutes)}", end: "${end}" }\n` +
    (online ? `mode: online\nlink: https://example.org/meet/${id}\n` : `mode: onsite\nlocation: ${pick(language.places.slice(0, 3))}\n`) +
    `facilitators: [${facilitators[0]}, ${facilitators[1 + Math.floor(next() * 2)]}]\n` +
    (aligned ? `goals:\n  - ${language.paragraphs[1]!.slice(0, 50)}\n  - ${language.paragraphs[2]!.slice(0, 45)}\n` : '') +
    `---\n` +
    `# ${id}\n\n${pick(language.paragraphs)}\n\n## ${language.agendaHeading}\n\n${agenda.join('\n')}\n`
  );
}

function assignmentText(
  language: Language,
  id: string,
  given: { id: string; track: string },
  due: { id: string },
  next: () => number,
  pick: <T>(items: readonly T[]) => T,
): string {
  return (
    `---\ntype: assignment\nid: ${id}\ntitle: ${language.code === 'da' ? 'Praksisopgave' : 'Praktikuppgift'} ${id}\n` +
    `track: ${given.track}\noutcomes: [lede-i-praksis]\ngiven: ${given.id}\ndue: ${due.id}\neffort: ${1 + Math.floor(next() * 4)}h\n---\n` +
    `# ${id}\n\n${pick(language.paragraphs)}\n\n${language.paragraphs.join(' ')}\n\n- ${pick(language.paragraphs).slice(0, 70)}\n- ${pick(language.paragraphs).slice(0, 60)}\n`
  );
}

/** Writes a generated workspace of `modules` modules into `folder`, which is made if missing. */
export function writeWorkspace(folder: string, modules: number, seed = 1): Map<string, string> {
  const files = generateWorkspace(modules, seed);
  for (const [relative, text] of files) {
    const full = path.join(folder, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return files;
}
