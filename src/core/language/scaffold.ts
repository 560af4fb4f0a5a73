import { posix } from 'node:path';
import { addDays, isoWeekday } from '../dates';
import { nextWorkday } from '../holidays';
import { formatMessage, type MessageKey } from '../messages';

/** A word of the scaffolds: `purpose` for `scaffold.purpose`. */
type ScaffoldWord = MessageKey extends infer K ? (K extends `scaffold.${infer W}` ? W : never) : never;
import type { SeanceModule } from '../module';
import type { ProgrammeContext } from '../rules/rule';
import { localeOf, type Locale } from '../types';

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
  return spelled
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '') || 'module';
}

/** A new programme's `programme.md`: half a year from the next Monday, one track to rename. */
export function scaffoldProgramme(options: { title: string; language: Locale; today: string }): Scaffold {
  const t = (key: ScaffoldWord): string => formatMessage({ key: `scaffold.${key}` }, options.language);
  let start = addDays(options.today, 1);
  while (isoWeekday(start) !== 1) start = addDays(start, 1);
  const end = addDays(start, 7 * 26 - 3);
  const id = slug(options.title, options.language);
  return {
    file: posix.join(id, 'programme.md'),
    text:
      `---\ntype: programme\nid: ${id}\ntitle: ${yamlText(options.title)}\nlanguage: ${options.language}\n` +
      `period: { start: ${start}, end: ${end} }\ntracks:\n  - { id: ${slug(t('first-track'), options.language)}, title: ${t('first-track')} }\n---\n` +
      `## ${t('purpose')}\n\n## ${t('audience')}\n`,
  };
}

/** A title as a YAML value: plain when that is safe, else in double quotes. */
function yamlText(text: string): string {
  return /^[\p{L}\p{N}][^:#\n"'{}[\],&*!|>%@`]*$/u.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
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
  const track = options.track ? `track: ${options.track}\n` : '';
  const quoted = yamlText(options.title);
  if (options.type === 'seance') {
    const date = nextWorkday(lastDate(programme.seances) ?? addDays(options.today, -1), programme.country);
    return {
      file,
      text:
        `---\ntype: seance\nid: ${id}\ntitle: ${quoted}\n${track}date: ${date}\n` +
        `time: { start: "09:00", end: "15:00" }\nfacilitators: []\n---\n` +
        `## ${t('purpose')}\n\n## ${t('agenda')}\n- 09:00 ${t('welcome')} (plenum)\n`,
    };
  }
  const ofTrack = programme.seances.filter((s) => s.date && (!options.track || s.track?.value === options.track));
  const given = [...ofTrack].sort((a, b) => (a.date!.value < b.date!.value ? 1 : -1))[0];
  const due = programme.programme.period?.end?.value ?? addDays(options.today, 14);
  return {
    file,
    text:
      `---\ntype: assignment\nid: ${id}\ntitle: ${quoted}\n${track}` +
      `${given?.id ? `given: ${given.id.value}\n` : ''}due: ${due}\neffort: 2h\n---\n` +
      `## ${t('task')}\n\n## ${t('reflection')}\n`,
  };
}

function lastDate(seances: readonly SeanceModule[]): string | undefined {
  return seances.flatMap((s) => (s.date ? [s.endDate?.value ?? s.date.value] : [])).sort().pop();
}
