import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { normalisePath, Workspace } from '../../../src/core';

/** The rich programme: comments on every line, every quoting style, flow and block, YAML-like text in the bodies. */
export const RICH = path.join(__dirname, 'fixtures', 'rich');

/**
 * The ways a file's line breaks and first bytes can be written; every edit must keep them. The
 * fixtures are written with \n; each variant is made from them, and so is each expected text.
 */
export const VARIANTS: readonly { name: string; write(lf: string): string }[] = [
  { name: 'LF', write: (lf) => lf },
  { name: 'CRLF', write: (lf) => lf.replace(/\n/g, '\r\n') },
  { name: 'lone CR', write: (lf) => lf.replace(/\n/g, '\r') },
  { name: 'BOM', write: (lf) => `\uFEFF${lf}` },
  { name: 'BOM and CRLF', write: (lf) => `\uFEFF${lf.replace(/\n/g, '\r\n')}` },
];

/** A mix of the variants: each file of the rich programme written its own way. */
export function mixedVariant(relative: string): (typeof VARIANTS)[number] {
  return VARIANTS[[...richFiles().keys()].indexOf(relative) % VARIANTS.length]!;
}

/** The rich programme's files (relative, with forward slashes) and their text as on disk (\n). */
export function richFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md')) files.set(path.relative(RICH, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(RICH);
  return files;
}

/** A workspace of the rich programme with each file written as `variantOf(file)` says. */
export function richWorkspace(variantOf: (relative: string) => (typeof VARIANTS)[number]): {
  workspace: Workspace;
  /** The absolute path of a file of the programme, as the workspace names it. */
  file(relative: string): string;
  /** A file's bytes as loaded, in its variant. */
  bytes: Map<string, string>;
} {
  const workspace = new Workspace();
  const bytes = new Map<string, string>();
  const file = (relative: string): string => normalisePath(path.join(RICH, ...relative.split('/')));
  for (const [relative, lf] of richFiles()) {
    const text = variantOf(relative).write(lf);
    bytes.set(relative, text);
    workspace.update(file(relative), text);
  }
  return { workspace, file, bytes };
}

/** `text` with `from`, which must occur exactly once, replaced by `to`. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`expected exactly one ${JSON.stringify(from)} in the fixture`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
