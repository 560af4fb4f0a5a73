import type { RegExpEngine } from 'ajv/dist/types';
import type { RE2JS } from 're2js';
import type { Message } from '../types';

/** An extra schema the checker will not use, with the reason in the catalogue's words. */
export class ExtraSchemaRefused extends Error {
  constructor(readonly reason: Message) {
    super(reason.key);
    this.name = 'ExtraSchemaRefused';
  }
}

let loaded: typeof import('re2js') | undefined;

/**
 * re2js, loaded on first use: only a trusted workspace with an extra schema needs it. The server
 * and CLI bundles leave it out and load it from dist/re2.js (150 KB; see esbuild.mjs).
 */
function re2js(): typeof import('re2js') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('re2js') as typeof import('re2js');
  return loaded;
}

/**
 * The `pattern`s of schemas compiled at run time, in RE2 (re2js, pure JavaScript): matching takes
 * time linear in the value, so that a pattern such as `^(a+)+$` in an organisation's extra schema
 * cannot stall the checker on a header value (a backtracking RegExp takes minutes on 31 `a`s).
 * RE2 has no look-around and no back-references: a pattern that needs them is refused, naming it.
 * The JavaScript spellings RE2 lacks (`\u00e6`, `(?<name>…)`) are translated first.
 */
export const linearRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string) => {
    let compiled: RE2JS;
    try {
      const { RE2JS } = re2js();
      compiled = RE2JS.compile(RE2JS.translateRegExp(pattern));
    } catch {
      throw new ExtraSchemaRefused({ key: 'extra-schema.pattern', args: { pattern } });
    }
    // ajv keeps one compiled pattern per distinct `toString()`.
    return { test: (value: string) => compiled.test(value), toString: () => `/${pattern}/${flags}` };
  },
  // Used by ajv's standalone code only, which the run-time compilation never writes.
  { code: 'require("re2js").RE2JS' },
);
