import type { CourseModule } from '../module';
import { seanceGroupRules } from '../rules';
import type { GroupMember, SeanceGroupRule } from '../rules/rule';
import type { ProblemCode } from '../codes';
import type { Problem } from '../types';
import { byFile, collect } from './problems';

/** The groups of one SeanceGroupRule: which seances are in each, and the problems of each. */
interface GroupIndex {
  rule: SeanceGroupRule & { code: ProblemCode };
  /** Group key → the files of the seances in it. */
  members: Map<string, Set<string>>;
  /** File → the keys of its groups. */
  keysOf: Map<string, string[]>;
  /** Group key → its problems, also by file, or none when the group must be checked again. */
  problems: Map<string, { all: Problem[]; byFile: Map<string, Problem[]> }>;
}

/** What the groups ask of the workspace that holds them. */
export interface GroupHost {
  /** The seance of a file in a group, with its programme. */
  member(path: string): GroupMember;
  /** A programme folder's place in the order of programmes, which group members follow. */
  place(folder: string): number;
  /** Runs a rule's work, hearing of its fault and going on with the fallback. */
  safely<T>(work: () => T, fallback: () => T): T;
}

/**
 * The seances of the workspace in the groups of each seance-group rule (a facilitator's bookings
 * across programmes), with each group's problems kept until one of its seances changes: an edit
 * checks again only the groups of the seance it changed, however big the workspace.
 */
export class SeanceGroups {
  private readonly groups: GroupIndex[] = seanceGroupRules.map((rule) => ({
    rule,
    members: new Map(),
    keysOf: new Map(),
    problems: new Map(),
  }));

  constructor(private readonly host: GroupHost) {}

  /** Forgets every group, before the seances are put in them again. */
  clear(): void {
    for (const group of this.groups) {
      group.members.clear();
      group.keysOf.clear();
      group.problems.clear();
    }
  }

  /** Puts a file's seance in the groups of each group rule (none, for another module or none). */
  regroup(path: string, module: CourseModule | undefined): void {
    for (const group of this.groups) {
      const keys =
        module?.type === 'seance'
          ? this.host.safely(
              () => group.rule.groupsOf(module),
              () => [],
            )
          : [];
      for (const key of group.keysOf.get(path) ?? []) {
        const members = group.members.get(key);
        members?.delete(path);
        if (members?.size === 0) group.members.delete(key);
        group.problems.delete(key);
      }
      for (const key of keys) {
        let members = group.members.get(key);
        if (!members) group.members.set(key, (members = new Set()));
        members.add(path);
        group.problems.delete(key);
      }
      if (keys.length > 0) group.keysOf.set(path, keys);
      else group.keysOf.delete(path);
    }
  }

  /** Adds the files that share a group with a file. */
  addAffected(path: string, affected: Set<string>): void {
    for (const group of this.groups) {
      for (const key of group.keysOf.get(path) ?? []) for (const member of group.members.get(key) ?? []) affected.add(member);
    }
  }

  /** The group problems of one file. */
  problemsOf(path: string): Problem[] {
    const out: Problem[] = [];
    for (const group of this.groups) {
      for (const key of group.keysOf.get(path) ?? []) {
        // By file: a group of n seances has up to n problems, and each of its n files asks for its own.
        out.push(...(this.groupProblems(group, key).byFile.get(path) ?? []));
      }
    }
    return out;
  }

  /** The problems of every group. */
  all(): Problem[] {
    const out: Problem[] = [];
    for (const group of this.groups) {
      for (const key of group.members.keys()) out.push(...this.groupProblems(group, key).all);
    }
    return out;
  }

  /** The problems of one group, checked again only when one of its seances changed. */
  private groupProblems(group: GroupIndex, key: string): { all: Problem[]; byFile: Map<string, Problem[]> } {
    const known = group.problems.get(key);
    if (known) return known;
    const members: GroupMember[] = [];
    for (const path of group.members.get(key) ?? []) members.push(this.host.member(path));
    // In the order of the programmes, then of the files: the order every other report follows.
    members.sort(
      (a, b) =>
        this.host.place(a.programme.folder) - this.host.place(b.programme.folder) ||
        (a.seance.file < b.seance.file ? -1 : a.seance.file > b.seance.file ? 1 : 0),
    );
    const problems: Problem[] = [];
    this.host.safely(
      () => group.rule.checkGroup(key, members, collect(group.rule, problems)),
      () => undefined,
    );
    const checked = { all: problems, byFile: byFile(problems) };
    group.problems.set(key, checked);
    return checked;
  }
}
