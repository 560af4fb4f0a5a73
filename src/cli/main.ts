import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  buildProgrammeModel,
  countProblems,
  exportProgramme as exportAs,
  formatMessage,
  importProgramme,
  isExportFormat,
  isInside,
  localeOf,
  LOCALES,
  normalisePath,
  paragraphsOfText,
  programmeAt as programmeIn,
  summariseProgramme,
  Workspace,
  type Locale,
  type Message,
  type Problem,
  type ProgrammeContext,
  type ProgrammeModel,
} from '../core';
import { enclosingProgrammeFolder, markdownFiles } from '../node/discover';
import { docxParagraphs } from '../node/docx';
import { ImportRefused, writeImportedFiles } from '../node/imported';
import { NotAFileError, readModuleTextSync, visibleControls } from '../node/files';
import { jsonReport, noteLine, noteSeverity, rulesReport, sarifReport, textLine, type NotChecked } from './output';
import { summaryJson, summaryMarkdown, summaryText, type FolderSummary } from './summary';

declare const CURRICULUM_VERSION: string | undefined;
const VERSION = typeof CURRICULUM_VERSION === 'string' ? CURRICULUM_VERSION : '0.0.0-dev';

/** A reason the command itself could not run: exit status 2. */
class UsageError extends Error {
  constructor(
    readonly reason: Message,
    /** The language to say it in, once the arguments have told it. */
    readonly locale?: Locale,
  ) {
    super(reason.key);
  }
}

interface Options {
  command: string;
  paths: string[];
  format?: string;
  locale: Locale;
  help: boolean;
  /** The file `export` writes to (`-o`), else standard output. */
  output?: string;
  /** The folder `import` writes the programme into (`--out`). */
  out?: string;
}

/** What a run writes and its exit status, so that tests can run the CLI in-process. */
export interface CliResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** Runs the `curriculum` command line with its arguments (without `node` and the script). */
export async function runCli(args: string[], cwd = process.cwd(), env = process.env): Promise<CliResult> {
  const locale = localeFromEnv(env);
  let options: Options;
  try {
    options = parseArgs(args, locale);
    if (options.help || options.command === 'help') {
      return { stdout: formatMessage({ key: 'cli.usage' }, options.locale) + '\n', stderr: '', status: 0 };
    }
    switch (options.command) {
      case 'check':
        return await check(options, cwd);
      case 'model':
        return await model(options, cwd);
      case 'export':
        return await exportProgramme(options, cwd, env);
      case 'import':
        return await importFile(options, cwd);
      case 'rules':
        return { stdout: rulesReport(options.format ?? 'text', options.locale) + '\n', stderr: '', status: 0 };
      case 'summary':
        return await summary(options, cwd);
      default:
        throw new UsageError({ key: 'cli.unknown-command', args: { command: options.command } });
    }
  } catch (error) {
    if (error instanceof UsageError) {
      return { stdout: '', stderr: `curriculum: ${visibleControls(formatMessage(error.reason, error.locale ?? locale))}\n`, status: 2 };
    }
    throw error;
  }
}

function parseArgs(args: string[], fallback: Locale): Options {
  const options: Options = { command: '', paths: [], locale: fallback, help: false };
  const values: Record<string, readonly string[]> = {
    '--format': ['text', 'json', 'sarif', 'markdown'],
    '--locale': LOCALES,
  };
  const pending: [string, string][] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--help' || arg === '-h') {
      options.help = true;
    } else if (arg === '-o' || arg === '--output' || arg.startsWith('--output=')) {
      options.output = arg.startsWith('--output=') ? arg.slice('--output='.length) : args[++i];
      if (!options.output) pending.push(['-o', '']);
    } else if (arg === '--out' || arg.startsWith('--out=')) {
      options.out = arg.startsWith('--out=') ? arg.slice('--out='.length) : args[++i];
      if (!options.out) pending.push(['--out', '']);
    } else if (arg.startsWith('-')) {
      const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      if (!(name in values)) throw new UsageError({ key: 'cli.unknown-option', args: { option: name } });
      const value = inline ?? args[++i];
      pending.push([name, value ?? '']);
    } else if (options.command === '') {
      options.command = arg;
    } else {
      options.paths.push(arg);
    }
  }
  // The locale is read first, so that every other complaint is in the language asked for.
  for (const [name, value] of pending.filter(([n]) => n === '--locale')) {
    if (!LOCALES.includes(value as Locale)) {
      throw new UsageError({ key: 'cli.bad-value', args: { option: name, values: LOCALES.join(', ') } });
    }
    options.locale = value as Locale;
  }
  if (pending.some(([name]) => name === '-o')) throw new UsageError({ key: 'export.needs-output' }, options.locale);
  if (options.output !== undefined && options.command !== 'export') {
    throw new UsageError({ key: 'cli.unknown-option', args: { option: '-o' } }, options.locale);
  }
  if ((options.out !== undefined || pending.some(([name]) => name === '--out')) && options.command !== 'import') {
    throw new UsageError({ key: 'cli.unknown-option', args: { option: '--out' } }, options.locale);
  }
  for (const [name, value] of pending.filter(([n]) => n === '--format')) {
    const allowed = options.command === 'rules' || options.command === 'summary' ? ['text', 'json', 'markdown'] : ['text', 'json', 'sarif'];
    if (!allowed.includes(value)) {
      throw new UsageError({ key: 'cli.bad-value', args: { option: name, values: allowed.join(', ') } }, options.locale);
    }
    options.format = value;
  }
  if (options.command === '') options.help = true;
  return options;
}

function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  return localeOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/**
 * Loads every Markdown file of the programmes around the given paths into a workspace. What is
 * not a module to read (a named pipe, a name that is not UTF-8, a link not followed) is in `notes`.
 */
async function load(
  paths: string[],
  cwd: string,
  locale: Locale,
): Promise<{ workspace: Workspace; wanted: (file: string) => boolean; notes: NotChecked[] }> {
  const workspace = new Workspace();
  const notes: NotChecked[] = [];
  const targets: { path: string; isFile: boolean }[] = [];
  const roots = new Set<string>();
  for (const given of paths) {
    const full = path.resolve(cwd, given);
    const stat = await fs.stat(full).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(cannotRead(given, error), locale);
    });
    const folder = stat.isDirectory() ? full : path.dirname(full);
    targets.push({ path: full, isFile: !stat.isDirectory() });
    roots.add((await enclosingProgrammeFolder(folder)) ?? folder);
  }
  const files = new Set<string>();
  for (const root of roots) {
    try {
      const found = await markdownFiles(root, (entry) => {
        if (!entry.reason) throw Object.assign(new Error(entry.code), { code: entry.code, path: entry.path });
        notes.push({ file: entry.path, reason: entry.reason });
      });
      for (const file of found) files.add(file);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      throw new UsageError(cannotRead(path.relative(cwd, e.path ?? root) || '.', e), locale);
    }
  }
  for (const target of targets) if (target.isFile) files.add(target.path);
  for (const file of files) {
    let text: string;
    try {
      // Read synchronously: the check waits for every file anyway, and a thousand small reads take
      // 40 ms this way against a second through the thread pool, one at a time.
      text = readModuleTextSync(file);
    } catch (error) {
      if (error instanceof NotAFileError) {
        notes.push({ file, reason: error.reason });
        continue;
      }
      throw new UsageError(cannotRead(path.relative(cwd, file), error as NodeJS.ErrnoException), locale);
    }
    workspace.update(file, text);
  }
  const wanted = (file: string): boolean =>
    targets.some((target) => {
      const t = normalisePath(target.path);
      return target.isFile ? file === t : file === t || file.startsWith(t.endsWith('/') ? t : t + '/');
    });
  notes.sort((a, b) => (a.file < b.file ? -1 : 1));
  return { workspace, wanted, notes };
}

/** Why a file or folder cannot be read: in plain words for the common reasons, else the system's code. */
function cannotRead(shown: string, error: NodeJS.ErrnoException): Message {
  if (error.code === 'ENOENT') return { key: 'cli.no-such-path', args: { path: shown } };
  if (error.code === 'EACCES' || error.code === 'EPERM') return { key: 'cli.no-permission', args: { path: shown } };
  return { key: 'cli.unreadable', args: { path: shown, reason: error.code ?? error.message } };
}

async function check(options: Options, cwd: string): Promise<CliResult> {
  const loaded = await load(options.paths.length > 0 ? options.paths : ['.'], cwd, options.locale);
  const { workspace, wanted } = loaded;
  const notes = loaded.notes.filter((note) => wanted(normalisePath(note.file)));
  const files = workspace.paths().filter(wanted).sort();
  const all = workspace.problems();
  // A hint is an offer of the editor (a quick fix), not a problem to report in CI.
  const problems: Problem[] = files.flatMap((file) => all.get(file) ?? []).filter((p) => p.severity !== 'hint');
  const severities = [...notes.map((note) => noteSeverity(note)), ...problems.map((p) => p.severity)];
  const status = severities.includes('error') ? 1 : 0;
  const locale = options.locale;
  switch (options.format ?? 'text') {
    case 'json':
      return { stdout: jsonReport(files.length, problems, cwd, locale, notes) + '\n', stderr: '', status };
    case 'sarif':
      return { stdout: sarifReport(problems, cwd, locale, VERSION, notes) + '\n', stderr: '', status };
    default: {
      const lines = [...notes.map((note) => noteLine(note, cwd, locale)), ...problems.map((p) => textLine(p, cwd, locale))];
      lines.push(
        severities.length === 0
          ? formatMessage({ key: 'cli.clean', args: { files: files.length } }, locale)
          : formatMessage(
              { key: 'cli.summary', args: { ...countProblems(severities.map((severity) => ({ severity }))), files: files.length } },
              locale,
            ),
      );
      return { stdout: lines.join('\n') + '\n', stderr: '', status };
    }
  }
}

async function model(options: Options, cwd: string): Promise<CliResult> {
  if (options.paths.length !== 1) throw new UsageError({ key: 'cli.one-folder' }, options.locale);
  const { context } = await programmeAt(options.paths[0]!, cwd, options.locale);
  return { stdout: JSON.stringify(buildProgrammeModel(context), null, 2) + '\n', stderr: '', status: 0 };
}

/**
 * `curriculum summary [paths] [--format text|json|markdown]`: the hours of every programme under
 * the paths (or around them), for CI and for a programme description. Exit status 0.
 */
async function summary(options: Options, cwd: string): Promise<CliResult> {
  const given = options.paths.length > 0 ? options.paths : ['.'];
  const { workspace, wanted } = await load(given, cwd, options.locale);
  const contexts = workspace
    .programmeContexts()
    .filter((context) => [context.programme, ...context.seances, ...context.assignments].some((module) => wanted(module.file)))
    .sort((a, b) => (a.folder < b.folder ? -1 : a.folder > b.folder ? 1 : 0));
  if (contexts.length === 0) throw new UsageError({ key: 'cli.no-programme', args: { path: given.join(' ') } }, options.locale);
  const summaries: FolderSummary[] = contexts.map((context) => ({
    folder: path.relative(cwd, context.folder).split(path.sep).join('/') || '.',
    ...summariseProgramme(buildProgrammeModel(context)),
  }));
  const text =
    options.format === 'json'
      ? summaryJson(summaries)
      : options.format === 'markdown'
        ? summaryMarkdown(summaries, options.locale)
        : summaryText(summaries, options.locale);
  return { stdout: text + '\n', stderr: '', status: 0 };
}

/** The programme of a folder (or of the folder around it), with its workspace. */
async function programmeAt(
  given: string,
  cwd: string,
  locale: Locale,
): Promise<{ context: ProgrammeContext; workspace: Workspace; notes: NotChecked[] }> {
  const { workspace, notes } = await load([given], cwd, locale);
  const full = normalisePath(path.resolve(cwd, given));
  const context = programmeIn(workspace, full);
  if (!context) throw new UsageError({ key: 'cli.no-programme', args: { path: given } }, locale);
  return { context, workspace, notes };
}

/**
 * `curriculum export ics|html <programme folder> [-o file]`. A programme with errors is still
 * exported (a draft is worth printing and a calendar shows what is written), with a warning on
 * stderr that names the errors' count and the command that lists them; the status stays 0, as the
 * export did what it was asked.
 */
async function exportProgramme(options: Options, cwd: string, env: NodeJS.ProcessEnv): Promise<CliResult> {
  const [format, ...folders] = options.paths;
  if (format === undefined) throw new UsageError({ key: 'export.needs-format' }, options.locale);
  if (!isExportFormat(format)) throw new UsageError({ key: 'export.unknown-format', args: { format } }, options.locale);
  if (folders.length !== 1) throw new UsageError({ key: 'export.needs-folder', args: { format } }, options.locale);
  const given = folders[0]!;
  const { context, workspace, notes } = await programmeAt(given, cwd, options.locale);
  const model = buildProgrammeModel(context);
  const text = exportAs(model, format, { now: exportTime(env) });
  const { errors } = countProblems(
    [...workspace.problems()].filter(([file]) => isInside(file, context.folder)).flatMap(([, problems]) => problems),
  );
  // What was not read is said first: the export leaves it out.
  const stderr =
    notes
      .filter((note) => isInside(normalisePath(note.file), context.folder))
      .map((note) => `curriculum: ${noteLine(note, cwd, options.locale)}\n`)
      .join('') +
    (errors > 0
      ? `curriculum: ${visibleControls(formatMessage({ key: 'export.has-errors', args: { path: given, errors } }, options.locale))}\n`
      : '') +
    unscheduledNote(model, format, options.locale);
  if (options.output === undefined) return { stdout: text, stderr, status: 0 };
  const target = path.resolve(cwd, options.output);
  try {
    await fs.writeFile(target, text, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new UsageError({ key: 'export.cannot-write', args: { path: options.output, reason: e.code ?? e.message } }, options.locale);
  }
  return { stdout: '', stderr, status: 0 };
}

/** For a calendar: which seances it leaves out because they have no date yet (the printable document lists them). */
function unscheduledNote(model: ProgrammeModel, format: string, locale: Locale): string {
  const unscheduled = model.unscheduled ?? [];
  if (format !== 'ics' || unscheduled.length === 0) return '';
  const ids = unscheduled.map((seance) => seance.id).join(', ');
  return `curriculum: ${visibleControls(formatMessage({ key: 'export.unscheduled-skipped', args: { count: unscheduled.length, ids } }, locale))}\n`;
}

/**
 * The moment of a calendar export: SOURCE_DATE_EPOCH (seconds, the reproducible-builds
 * convention) when set, else now. It orders exports: a later one replaces an earlier one's events.
 */
function exportTime(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

const IMPORTABLE = ['.docx', '.txt', '.md'];

/**
 * `curriculum import <file.docx|file.txt|file.md> --out <folder>`: a programme folder made from a
 * programme text. It writes only under the folder and never over a file (status 2, nothing
 * written); it lists the files written and the TODOs left in them for `check` to report.
 */
async function importFile(options: Options, cwd: string): Promise<CliResult> {
  const locale = options.locale;
  if (options.paths.length !== 1 || !options.out) throw new UsageError({ key: 'import.needs-file' }, locale);
  const given = options.paths[0]!;
  const kind = path.extname(given).toLowerCase();
  if (!IMPORTABLE.includes(kind)) throw new UsageError({ key: 'import.unknown-kind', args: { path: given } }, locale);
  const full = path.resolve(cwd, given);
  let paragraphs;
  try {
    paragraphs =
      kind === '.docx' ? await docxParagraphs(await fs.readFile(full)) : paragraphsOfText(await fs.readFile(full, 'utf8'), kind === '.md');
  } catch (error) {
    throw new UsageError(cannotRead(given, error as NodeJS.ErrnoException), locale);
  }
  const result = importProgramme(paragraphs);
  try {
    await writeImportedFiles(path.resolve(cwd, options.out), result.files, options.out);
  } catch (error) {
    if (error instanceof ImportRefused) throw new UsageError(error.reason, locale);
    throw error;
  }
  const lines = [
    ...result.files.map((file) => path.join(options.out!, ...file.path.split('/'))),
    ...result.notes.map((note) => `${path.join(options.out!, ...note.file.split('/'))}: ${formatMessage(note.message, locale)}`),
    formatMessage({ key: 'import.written', args: { files: result.files.length, folder: options.out } }, locale),
  ];
  return { stdout: lines.map(visibleControls).join('\n') + '\n', stderr: '', status: 0 };
}
