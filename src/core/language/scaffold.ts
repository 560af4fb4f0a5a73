import * as posix from '../paths';
import { stringify } from 'yaml';
import { addDays, isIsoDate, isoWeekday } from '../dates';
import { dayAfter, LAST_DATE, nextWorkday } from '../holidays';
import { formatMessage } from '../catalogue';
import type { MessageKey } from '../messages';
import type { SeanceModule } from '../module';
import type { ProgrammeContext } from '../programme';
import { localeOf, type Locale } from '../types';

/** A word of the scaffolds: `purpose` for `scaffold.purpose`. */
type ScaffoldWord = MessageKey extends infer K ? (K extends `scaffold.${infer W}` ? W : never) : never;

/** A new module: where it goes and its text. */
export interface Scaffold {
  file: string;
  text: string;
}

/**
 * A file-name and id friendly form of a title: `Feedback i ledelseskæden` → `feedback-i-ledelseskaeden`.
 * Danish and Norwegian spell æ, ø, å out as ae, oe, aa; Swedish drops the marks (å → a).
 */
export function slug(title: string, language?: string): string {
  const lower = title.toLowerCase();
  const spelled = language === 'sv' || language === 'fi' ? lower : lower.replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');
  return (
    spelled
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'module'
  );
}

/** A new programme's `programme.md`: half a year from the next Monday, one track to rename. */
export function scaffoldProgramme(options: { title: string; language: Locale; today: string }): Scaffold {
  const t = (key: ScaffoldWord): string => formatMessage({ key: `scaffold.${key}` }, options.language);
  const today = checkedDate(options.today);
  let start = dayAfter(today, 1);
  // Near the end of the calendar there may be no Monday left: the last day then starts it.
  while (isoWeekday(start) !== 1 && start < LAST_DATE) start = dayAfter(start, 1);
  const end = dayAfter(start, 7 * 26 - 3);
  const id = slug(options.title, options.language);
  const track = t('first-track');
  return {
    file: posix.join(id, 'programme.md'),
    text:
      `---\ntype: programme\nid: ${yamlValue(id)}\ntitle: ${yamlValue(options.title)}\nlanguage: ${yamlValue(options.language)}\n` +
      `period: { start: ${start}, end: ${end} }\ntracks:\n  - { id: ${yamlValue(slug(track, options.language))}, title: ${yamlValue(track)} }\n---\n` +
      `## ${t('purpose')}\n\n## ${t('audience')}\n`,
  };
}

/** The last date a header can hold (YYYY-MM-DD): scaffolded dates stop there rather than run on. */
/** `today` as given, refused when it is no real date (a caller's mistake, not the user's). */
function checkedDate(date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`Not a date: ${JSON.stringify(date)}`);
  return date;
}

/**
 * Any text as a YAML value, through the YAML library: plain when it reads back as the same text,
 * else quoted (so that `true`, `2030` or `1e3` stay text), on one line (a line break is `\n`).
 */
function yamlValue(text: string): string {
  return stringify(text, { lineWidth: 0, blockQuote: false }).trimEnd();
}

/**
 * A new seance or assignment for a programme, valid as it stands: the next free id (`s07-…`,
 * `a05-…`) whose file is free too, for a seance the first workday after the last seance, for an
 * assignment given at the last seance of its track and due at the programme's end (the designer
 * moves it). `exists` tells of files that are not modules of the programme (notes, a README).
 */
export function scaffoldModule(
  programme: ProgrammeContext,
  options: { type: 'seance' | 'assignment'; title: string; track?: string; today: string; exists?: (file: string) => boolean },
): Scaffold {
  const locale = localeOf(programme.programme.language);
  const t = (key: ScaffoldWord): string => formatMessage({ key: `scaffold.${key}` }, locale);
  const prefix = options.type === 'seance' ? 's' : 'a';
  const modules = options.type === 'seance' ? programme.seances : programme.assignments;
  const taken = new Set([...programme.seances, ...programme.assignments].flatMap((m) => (m.id ? [m.id.value] : [])));
  let number = 1 + Math.max(0, ...modules.map((m) => Number(new RegExp(`^${prefix}(\\d+)`).exec(m.id?.value ?? '')?.[1] ?? 0)));
  const name = slug(options.title, programme.programme.language);
  const folder = options.type === 'seance' ? 'seances' : 'assignments';
  const fileOf = (id: string): string => posix.join(programme.folder, folder, `${id.slice(1)}.md`);
  const files = new Set([programme.programme, ...programme.seances, ...programme.assignments].map((m) => m.file));
  const free = (id: string): boolean => !taken.has(id) && !files.has(fileOf(id)) && !options.exists?.(fileOf(id));
  let id = `${prefix}${String(number).padStart(2, '0')}-${name}`;
  while (!free(id)) id = `${prefix}${String(++number).padStart(2, '0')}-${name}`;
  const file = fileOf(id);
  const track = options.track ? `track: ${yamlValue(options.track)}\n` : '';
  const quoted = yamlValue(options.title);
  const today = checkedDate(options.today);
  if (options.type === 'seance') {
    const last = lastDate(programme.seances);
    const date = nextWorkday(last ?? (today > '0000-01-01' ? addDays(today, -1) : today), programme.country);
    return {
      file,
      text:
        `---\ntype: seance\nid: ${id}\ntitle: ${quoted}\n${track}date: ${date}\n` +
        `time: { start: "09:00", end: "15:00" }\nfacilitators: []\n---\n` +
        `## ${t('purpose')}\n\n## ${t('agenda')}\n- 09:00 ${t('welcome')} (plenum)\n`,
    };
  }
  const ofTrack = programme.seances.filter((s) => s.date && (!options.track || s.tracks.some((t) => t.value === options.track)));
  const given = [...ofTrack].sort((a, b) => (a.date!.value < b.date!.value ? 1 : -1))[0];
  const due = programme.programme.period?.end?.value ?? dayAfter(today, 14);
  return {
    file,
    text:
      `---\ntype: assignment\nid: ${id}\ntitle: ${quoted}\n${track}` +
      `${given?.id ? `given: ${yamlValue(given.id.value)}\n` : ''}due: ${yamlValue(due)}\neffort: 2h\n---\n` +
      `## ${t('task')}\n\n## ${t('reflection')}\n`,
  };
}

function lastDate(seances: readonly SeanceModule[]): string | undefined {
  return seances
    .flatMap((s) => (s.date ? [s.endDate?.value ?? s.date.value] : []))
    .filter(isIsoDate)
    .sort()
    .pop();
}
