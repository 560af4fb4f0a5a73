import * as posix from '../paths';
import { programmeCountry } from '../holidays';
import { withoutBom } from '../lines';
import type { AssignmentModule, ParsedFile, ProgrammeModule, SeanceModule } from '../module';
import { parseFile } from '../parse';
import type { ProgrammeContext, WorkspaceContext } from '../programme';
import { moduleRules, programmeRules, workspaceRules } from '../rules';
import { validatorsWithExtra, type ExtraSchema, type HeaderValidators } from '../schema/validate';
import type { Problem } from '../types';
import { SeanceGroups } from './groups';
import { membershipOf, ownerFolder } from './membership';
import { byFile, collect, normalisePath, signatureOf, sortProblems, unreadable } from './problems';

export { normalisePath, sortProblems } from './problems';

interface FileState {
  parsed: ParsedFile;
  /** Problems of the file alone: reading, schema and module rules. */
  own: Problem[];
  /** What the cross-file rules see of the module: equal signatures give equal cross-file problems. */
  signature: string;
}

interface ProgrammeState {
  /** The programme with its modules, or undefined when it must be gathered again. */
  context?: ProgrammeContext;
  /** Problems from the programme rules by file, or undefined when they must be run again. */
  problems?: Map<string, Problem[]>;
}

/**
 * The checker's view of a workspace: every Markdown file, read once and kept until it changes.
 * Updating one file re-reads only that file. The cross-file rules run again only for its
 * programme, and only when what they see changed (a date, an id, a reference — not the agenda or
 * the text below the header); the workspace rules likewise. Which module belongs to which
 * programme is kept up to date as files come and go, without walking the other files.
 */
export class Workspace {
  /**
   * @param onInternalError hears of a fault in the checker itself (a rule that threw); the file
   *   or programme is then checked without that rule instead of the whole check failing.
   */
  constructor(private readonly onInternalError: (error: unknown) => void = (error) => console.error(error)) {}

  private readonly files = new Map<string, FileState>();
  private weeklyPracticeLimit: number | undefined;
  private validators: HeaderValidators | undefined;
  /** Programme folder → the file of the programme module that counts for it. */
  private programmeFolders = new Map<string, string>();
  /** Programme folder → the files of its seances and assignments. */
  private members = new Map<string, Set<string>>();
  /** Seances and assignments outside every programme folder. */
  private orphans = new Set<string>();
  private programmes = new Map<string, ProgrammeState>();
  private structureChanged = true;
  private workspaceProblems: Map<string, Problem[]> | undefined;
  private readonly groups = new SeanceGroups({
    member: (path) => ({ seance: this.files.get(path)!.parsed.module as SeanceModule, programme: this.contextOf(this.ownerFolder(path)!) }),
    place: (folder) => this.folderOrder.get(folder)!,
    safely: (work, fallback) => this.safely(work, fallback),
  });
  /** Programme modules in a folder whose programme is another file, in path order. */
  private extraProgrammeFiles: string[] = [];
  /** Programme folder → its place in the order of programmes, which group members follow. */
  private folderOrder = new Map<string, number>();

  /** Reads a file's new text; nothing happens when the text is unchanged. */
  update(file: string, text: string): ParsedFile {
    const path = normalisePath(file);
    const old = this.files.get(path);
    if (old && old.parsed.text === withoutBom(text)) return old.parsed;
    const parsed = this.safely(
      () => parseFile(path, text, this.validators),
      () => unreadable(path, text),
    );
    const state: FileState = {
      parsed,
      own: [...parsed.problems, ...this.runModuleRules(parsed)],
      signature: signatureOf(parsed.module),
    };
    this.files.set(path, state);
    this.placed(path, old, state);
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

  /**
   * Sets the most practice a week beside the seances, in minutes (undefined: the default), for
   * `week-over-workload`; the programme rules run again.
   */
  setWeeklyPracticeLimit(minutes: number | undefined): void {
    if (minutes === this.weeklyPracticeLimit) return;
    this.weeklyPracticeLimit = minutes;
    for (const state of this.programmes.values()) {
      state.context = undefined;
      state.problems = undefined;
    }
  }

  /** Forgets a file that was deleted. */
  remove(file: string): void {
    const path = normalisePath(file);
    const old = this.files.get(path);
    if (!old) return;
    this.files.delete(path);
    this.placed(path, old, undefined);
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
    return [...this.programmes.keys()].map((folder) => this.contextOf(folder));
  }

  /** The programme a file belongs to: the one whose folder is the nearest above it. */
  programmeOf(file: string): ProgrammeContext | undefined {
    this.refreshStructure();
    const folder = this.ownerFolder(normalisePath(file));
    return folder === undefined ? undefined : this.contextOf(folder);
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
    affected.add(this.programmeFolders.get(folder)!);
    for (const member of this.members.get(folder) ?? []) affected.add(member);
    for (const other of this.runWorkspaceRules().keys()) affected.add(other);
    this.groups.addAffected(path, affected);
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
    if (folder !== undefined) out.push(...(this.programmeProblems(folder).get(path) ?? []));
    out.push(...(this.runWorkspaceRules().get(path) ?? []));
    out.push(...this.groups.problemsOf(path));
    return sortProblems(out);
  }

  /** The problems of every file, by file (files without problems get an empty list). */
  problems(): Map<string, Problem[]> {
    this.refreshStructure();
    const byFile = new Map<string, Problem[]>();
    for (const [path, state] of this.files) byFile.set(path, [...state.own]);
    const add = (problems: Map<string, Problem[]>): void => {
      for (const [path, list] of problems) byFile.get(path)?.push(...list);
    };
    for (const folder of this.programmes.keys()) add(this.programmeProblems(folder));
    add(this.runWorkspaceRules());
    for (const problem of this.groups.all()) byFile.get(problem.file)?.push(problem);
    for (const list of byFile.values()) sortProblems(list);
    return byFile;
  }

  /** Keeps the programmes up to date after a file changed (`now`) or went (`now` undefined). */
  private placed(path: string, old: FileState | undefined, now: FileState | undefined): void {
    // A programme module coming, going or changing can change which folder is whose: start over.
    if (old?.parsed.module?.type === 'programme' || now?.parsed.module?.type === 'programme') {
      this.structureChanged = true;
      this.workspaceProblems = undefined;
      return;
    }
    if (this.structureChanged) return;
    const wasModule = old?.parsed.module !== undefined;
    const isModule = now?.parsed.module !== undefined;
    const seenChange = wasModule !== isModule || old?.signature !== now?.signature;
    const folder = this.ownerFolder(path);
    if (seenChange) this.groups.regroup(path, folder === undefined ? undefined : now?.parsed.module);
    if (folder === undefined) {
      if (isModule) this.orphans.add(path);
      else this.orphans.delete(path);
    } else {
      const members = this.members.get(folder)!;
      if (isModule) members.add(path);
      else members.delete(path);
      const state = this.programmes.get(folder)!;
      state.context = undefined;
      if (seenChange) state.problems = undefined;
    }
    // The workspace rules see orphans and programme modules only (seances across programmes are
    // compared by the seance-group rules): a change in a programme's member leaves them be.
    if (seenChange && folder === undefined) this.workspaceProblems = undefined;
  }

  private ownerFolder(path: string): string | undefined {
    return ownerFolder(this.programmeFolders, path);
  }

  /** Works out again which folders are programmes and which modules belong to each. */
  private refreshStructure(): void {
    if (!this.structureChanged) return;
    this.structureChanged = false;
    const membership = membershipOf(this.files);
    this.programmeFolders = membership.programmeFolders;
    this.members = membership.members;
    this.orphans = membership.orphans;
    this.extraProgrammeFiles = membership.extraProgrammeFiles;
    this.folderOrder = membership.folderOrder;
    this.programmes = new Map([...this.programmeFolders.keys()].map((folder) => [folder, {}]));
    this.workspaceProblems = undefined;
    this.groups.clear();
    for (const members of this.members.values()) for (const path of members) this.groups.regroup(path, this.files.get(path)!.parsed.module);
  }

  /** A programme's context, gathered from its members (in path order, so that output is stable). */
  private contextOf(folder: string): ProgrammeContext {
    const state = this.programmes.get(folder)!;
    if (state.context) return state.context;
    const programme = this.files.get(this.programmeFolders.get(folder)!)!.parsed.module as ProgrammeModule;
    const modules = [...this.members.get(folder)!].sort().map((path) => this.files.get(path)!.parsed.module!);
    state.context = {
      folder,
      programme,
      seances: modules.filter((m): m is SeanceModule => m.type === 'seance'),
      assignments: modules.filter((m): m is AssignmentModule => m.type === 'assignment'),
      country: programmeCountry(programme.country?.value, programme.language),
      ...(this.weeklyPracticeLimit !== undefined ? { weeklyPracticeLimit: this.weeklyPracticeLimit } : {}),
      relative: (file) => posix.relative(folder, file),
    };
    return state.context;
  }

  private programmeProblems(folder: string): Map<string, Problem[]> {
    const state = this.programmes.get(folder)!;
    if (!state.problems) {
      const context = this.contextOf(folder);
      const problems: Problem[] = [];
      for (const rule of programmeRules) {
        this.safely(
          () => rule.check(context, collect(rule, problems)),
          () => undefined,
        );
      }
      state.problems = byFile(problems);
    }
    return state.problems;
  }

  private runWorkspaceRules(): Map<string, Problem[]> {
    if (this.workspaceProblems) return this.workspaceProblems;
    const extraProgrammes: WorkspaceContext['extraProgrammes'][number][] = [];
    for (const path of this.extraProgrammeFiles) {
      const module = this.files.get(path)!.parsed.module as ProgrammeModule;
      extraProgrammes.push({ module, primary: this.programmeFolders.get(posix.dirname(path))! });
    }
    const context: WorkspaceContext = {
      orphans: [...this.orphans].sort().map((path) => this.files.get(path)!.parsed.module!),
      extraProgrammes,
    };
    const problems: Problem[] = [];
    for (const rule of workspaceRules)
      this.safely(
        () => rule.check(context, collect(rule, problems)),
        () => undefined,
      );
    this.workspaceProblems = byFile(problems);
    return this.workspaceProblems;
  }

  private runModuleRules(parsed: ParsedFile): Problem[] {
    const problems: Problem[] = [];
    const module = parsed.module;
    if (!module) return problems;
    for (const rule of moduleRules) {
      this.safely(
        () => rule.check(module, collect(rule, problems), parsed.text),
        () => undefined,
      );
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
