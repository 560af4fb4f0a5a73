import { posix } from 'node:path';
import { programmeCountry } from './holidays';
import { LineIndex, withoutBom } from './lines';
import type { AssignmentModule, CourseModule, ParsedFile, ProgrammeModule, SeanceModule } from './module';
import { parseFile } from './parse';
import { moduleRules, programmeRules, workspaceRules } from './rules';
import type { ProgrammeContext, Report, Rule, WorkspaceContext } from './rules/rule';
import { validatorsWithExtra, type ExtraSchema, type HeaderValidators } from './schema/validate';
import type { Problem } from './types';

interface FileState {
  parsed: ParsedFile;
  /** Problems of the file alone: reading, schema and module rules. */
  own: Problem[];
}

interface ProgrammeState {
  context: ProgrammeContext;
  /** Problems from the programme rules, or undefined when they must be run again. */
  problems?: Problem[];
}

/** Paths inside the workspace use forward slashes, whatever the platform. */
export function normalisePath(file: string): string {
  return file.replace(/\\/g, '/');
}

/**
 * The checker's view of a workspace: every Markdown file, read once and kept until it changes.
 * Updating one file re-reads only that file and re-runs the cross-file rules of its programme
 * (and the few workspace rules); the other files are not read again.
 */
export class Workspace {
  /**
   * @param onInternalError hears of a fault in the checker itself (a rule that threw); the file
   *   or programme is then checked without that rule instead of the whole check failing.
   */
  constructor(private readonly onInternalError: (error: unknown) => void = (error) => console.error(error)) {}

  private readonly files = new Map<string, FileState>();
  private validators: HeaderValidators | undefined;
  /** Programme folder → the file of the programme module that counts for it. */
  private programmeFolders = new Map<string, string>();
  private readonly programmes = new Map<string, ProgrammeState>();
  private structureChanged = true;
  private readonly dirty = new Set<string>();
  private workspaceProblems: Problem[] | undefined;

  /** Reads a file's new text; nothing happens when the text is unchanged. */
  update(file: string, text: string): ParsedFile {
    const path = normalisePath(file);
    const old = this.files.get(path);
    if (old && old.parsed.text === withoutBom(text)) return old.parsed;
    const parsed = this.safely(() => parseFile(path, text, this.validators), () => unreadable(path, text));
    this.files.set(path, { parsed, own: [...parsed.problems, ...this.runModuleRules(parsed)] });
    const wasProgramme = old?.parsed.module?.type === 'programme';
    const isProgramme = parsed.module?.type === 'programme';
    // Only a programme module coming or going changes which folder is whose; any other file
    // changes just its own programme.
    if (wasProgramme || isProgramme) this.structureChanged = true;
    else this.markDirty(path);
    this.workspaceProblems = undefined;
    return parsed;
  }

  /**
   * Checks headers against the standard schemas plus an organisation's extra schema (or, with
   * undefined, the standard schemas alone) and reads every file again. Compiling a schema runs
   * code generation: call it only for a trusted workspace. Throws when the schema is invalid,
   * leaving the workspace as it was.
   */
  setExtraSchema(extra: ExtraSchema | undefined): void {
    this.validators = extra ? validatorsWithExtra(extra) : undefined;
    const texts = [...this.files].map(([path, state]) => [path, state.parsed.text] as const);
    this.files.clear();
    for (const [path, text] of texts) this.update(path, text);
    this.structureChanged = true;
  }

  /** Forgets a file that was deleted. */
  remove(file: string): void {
    const path = normalisePath(file);
    const old = this.files.get(path);
    if (!old) return;
    this.files.delete(path);
    if (old.parsed.module?.type === 'programme') this.structureChanged = true;
    else this.markDirty(path);
    this.workspaceProblems = undefined;
  }

  /** Whether the workspace holds a file. */
  has(file: string): boolean {
    return this.files.has(normalisePath(file));
  }

  /** The parsed form of a file. */
  get(file: string): ParsedFile | undefined {
    return this.files.get(normalisePath(file))?.parsed;
  }

  /** Every file path of the workspace. */
  paths(): string[] {
    return [...this.files.keys()];
  }

  /** The programmes of the workspace, with their modules. */
  programmeContexts(): ProgrammeContext[] {
    this.refreshStructure();
    return [...this.programmes.values()].map((state) => state.context);
  }

  /** The programme a file belongs to: the one whose folder is the nearest above it. */
  programmeOf(file: string): ProgrammeContext | undefined {
    this.refreshStructure();
    const folder = this.ownerFolder(normalisePath(file));
    return folder === undefined ? undefined : this.programmes.get(folder)?.context;
  }

  /**
   * The files whose problems may change when a file changes: the modules of its programme (all
   * files, when the file is or was a programme) and every file with a workspace-wide problem.
   */
  filesAffectedBy(file: string): Set<string> {
    const path = normalisePath(file);
    const changesStructure = this.structureChanged;
    this.refreshStructure();
    const affected = new Set<string>([path]);
    const folder = this.ownerFolder(path);
    if (changesStructure || this.get(path)?.module?.type === 'programme' || folder === undefined) {
      for (const p of this.files.keys()) affected.add(p);
      return affected;
    }
    const programme = this.programmes.get(folder)!.context;
    affected.add(programme.programme.file);
    for (const module of [...programme.seances, ...programme.assignments]) affected.add(module.file);
    for (const problem of this.runWorkspaceRules()) affected.add(problem.file);
    return affected;
  }

  /** The problems of one file. */
  problemsOf(file: string): Problem[] {
    const path = normalisePath(file);
    const state = this.files.get(path);
    if (!state) return [];
    this.refreshStructure();
    const out = [...state.own];
    const folder = this.ownerFolder(path);
    if (folder !== undefined) out.push(...this.programmeProblems(folder).filter((p) => p.file === path));
    out.push(...this.runWorkspaceRules().filter((p) => p.file === path));
    return sortProblems(out);
  }

  /** The problems of every file, by file (files without problems get an empty list). */
  problems(): Map<string, Problem[]> {
    this.refreshStructure();
    const byFile = new Map<string, Problem[]>();
    for (const [path, state] of this.files) byFile.set(path, [...state.own]);
    const add = (problem: Problem): void => {
      byFile.get(problem.file)?.push(problem);
    };
    for (const folder of this.programmes.keys()) this.programmeProblems(folder).forEach(add);
    this.runWorkspaceRules().forEach(add);
    for (const list of byFile.values()) sortProblems(list);
    return byFile;
  }

  private markDirty(path: string): void {
    const folder = this.ownerFolder(path);
    if (folder !== undefined) this.dirty.add(folder);
  }

  private ownerFolder(path: string): string | undefined {
    for (let folder = posix.dirname(path); ; folder = posix.dirname(folder)) {
      if (this.programmeFolders.has(folder)) return folder;
      if (folder === posix.dirname(folder)) return undefined;
    }
  }

  /** Rebuilds which folders are programmes and which modules belong to each, after files come or go. */
  private refreshStructure(): void {
    if (this.structureChanged) {
      this.structureChanged = false;
      const folders = new Map<string, string>();
      for (const path of [...this.files.keys()].sort(byProgrammeFileFirst)) {
        if (this.files.get(path)!.parsed.module?.type !== 'programme') continue;
        const folder = posix.dirname(path);
        if (!folders.has(folder)) folders.set(folder, path);
      }
      this.programmeFolders = folders;
      this.programmes.clear();
      this.dirty.clear();
      for (const folder of folders.keys()) this.dirty.add(folder);
    }
    if (this.dirty.size === 0) return;
    const members = new Map<string, CourseModule[]>();
    for (const folder of this.dirty) members.set(folder, []);
    for (const [path, state] of this.files) {
      const module = state.parsed.module;
      if (!module || module.type === 'programme') continue;
      const owner = this.ownerFolder(path);
      if (owner !== undefined) members.get(owner)?.push(module);
    }
    for (const folder of this.dirty) {
      const programme = this.files.get(this.programmeFolders.get(folder)!)!.parsed.module as ProgrammeModule;
      const modules = members.get(folder)!;
      this.programmes.set(folder, {
        context: {
          folder,
          programme,
          seances: modules.filter((m): m is SeanceModule => m.type === 'seance'),
          assignments: modules.filter((m): m is AssignmentModule => m.type === 'assignment'),
          country: programmeCountry(programme.country?.value, programme.language),
          relative: (file) => posix.relative(folder, file),
        },
      });
    }
    this.dirty.clear();
    this.workspaceProblems = undefined;
  }

  private programmeProblems(folder: string): Problem[] {
    const state = this.programmes.get(folder)!;
    if (!state.problems) {
      state.problems = [];
      for (const rule of programmeRules) {
        this.safely(() => rule.check(state.context, collect(rule, state.problems!)), () => undefined);
      }
    }
    return state.problems;
  }

  private runWorkspaceRules(): Problem[] {
    if (this.workspaceProblems) return this.workspaceProblems;
    const orphans: CourseModule[] = [];
    const extraProgrammes: WorkspaceContext['extraProgrammes'][number][] = [];
    for (const [path, state] of this.files) {
      const module = state.parsed.module;
      if (!module) continue;
      if (module.type === 'programme') {
        const primary = this.programmeFolders.get(posix.dirname(path));
        if (primary !== undefined && primary !== path) extraProgrammes.push({ module, primary });
      } else if (this.ownerFolder(path) === undefined) {
        orphans.push(module);
      }
    }
    const context: WorkspaceContext = {
      programmes: [...this.programmes.values()].map((state) => state.context),
      orphans,
      extraProgrammes,
    };
    const problems: Problem[] = [];
    for (const rule of workspaceRules) this.safely(() => rule.check(context, collect(rule, problems)), () => undefined);
    this.workspaceProblems = problems;
    return problems;
  }

  private runModuleRules(parsed: ParsedFile): Problem[] {
    const problems: Problem[] = [];
    const module = parsed.module;
    if (!module) return problems;
    for (const rule of moduleRules) {
      this.safely(() => rule.check(module, collect(rule, problems), parsed.text), () => undefined);
    }
    return problems;
  }

  private safely<T>(work: () => T, fallback: () => T): T {
    try {
      return work();
    } catch (error) {
      this.onInternalError(error);
      return fallback();
    }
  }
}

/** What is known of a file the reader failed on: its text, and no module. */
function unreadable(file: string, input: string): ParsedFile {
  const text = withoutBom(input);
  return { file, text, lines: new LineIndex(text), problems: [] };
}

function collect(rule: Rule, into: Problem[]): (report: Report) => void {
  return (report) => into.push({ ...report, code: rule.code, severity: rule.severity });
}

/**
 * Orders paths so that, in each folder, a file named programme.md comes first and the rest by
 * name: with two programme modules in one folder, `programme.md` is the one that counts, and a
 * copy such as `programme - Kopi.md` is the one reported.
 */
function byProgrammeFileFirst(a: string, b: string): number {
  const rank = (path: string): string => `${posix.dirname(path)}/${/^programme\.md$/i.test(posix.basename(path)) ? '0' : '1'}${posix.basename(path)}`;
  const ra = rank(a);
  const rb = rank(b);
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/** Sorts problems by position, then code, so that every output is stable. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
