import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Fix, Problem, Range, Workspace } from '../../../src/core';
import { loadFolder } from '../helpers';

/** The folder of the rule fixtures, next to the tests that read them. */
export const FIXTURES = path.join(__dirname, 'fixtures');

/** A fixture folder loaded into a workspace, with ways to reach its files. */
export interface Fixture {
  root: string;
  workspace: Workspace;
  /** The absolute path of a file of the fixture, given relative to its root. */
  file(relative: string): string;
  /** The text of a file of the fixture, as it is on disk. */
  text(relative: string): string;
}

/** Loads `fixtures/<segments...>` into a fresh workspace. */
export function fixture(...segments: string[]): Fixture {
  const root = path.join(FIXTURES, ...segments);
  const file = (relative: string): string => path.join(root, ...relative.split('/'));
  return {
    root,
    workspace: loadFolder(root),
    file,
    text: (relative) => readFileSync(file(relative), 'utf8'),
  };
}

/** The problems of one file of a fixture that carry a given code. */
export function problemsWithCode(fx: Fixture, relative: string, code: string): Problem[] {
  return fx.workspace.problemsOf(fx.file(relative)).filter((problem) => problem.code === code);
}

/** An LSP range from 0-based start and end lines and characters. */
export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** The one fix a problem offers; fails the test when there is none or more than one. */
export function onlyFix(problem: Problem | undefined): Fix {
  assert.ok(problem, 'expected a problem');
  assert.equal(problem.fixes?.length, 1, 'expected exactly one fix');
  return problem.fixes[0]!;
}
