import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { formatMessage, hasMessage, LOCALES, messageKeys, problemCodes } from '../../../src/core';
import { MODULE_TYPES } from '../../../src/core/module';

const root = path.join(__dirname, '../../..');

/** Every TypeScript file under a folder. */
function sources(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .flatMap((name) => {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) return sources(full);
      return name.endsWith('.ts') ? [full] : [];
    });
}

/** The JSON types the schemas use: the `expected.*` words of wrong-type. */
function schemaTypes(): string[] {
  const types = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'type' && typeof value === 'string') types.add(value);
        visit(value);
      }
    }
  };
  const folder = path.join(root, 'schemas');
  for (const name of readdirSync(folder)) visit(JSON.parse(readFileSync(path.join(folder, name), 'utf8')));
  return [...types].sort();
}

/** What a template key such as `module.${type}` can become. */
const templateValues: Record<string, () => readonly string[]> = {
  describe: () => problemCodes.map((info) => info.code),
  module: () => MODULE_TYPES,
  expected: schemaTypes,
  country: () => ['DK', 'SE', 'FI', 'NO'],
  weekday: () => ['6', '7'],
};

/**
 * Every catalogue key the code uses: `key: '…'` (not the `key` argument of a message), dotted
 * literals such as `'yaml.BAD_INDENT'` or `'span-reversed.time'`, and template keys expanded.
 */
function usedKeys(): { keys: string[]; unknownTemplates: string[] } {
  const keys = new Set<string>();
  const unknownTemplates = new Set<string>();
  for (const file of sources(path.join(root, 'src'))) {
    if (file.endsWith(path.join('core', 'messages.ts'))) continue;
    // The extension speaks through its own l10n bundles (tested in extension-l10n.test.ts).
    if (file.includes(`${path.sep}extension${path.sep}`)) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?<!args:\s*\{\s*)\bkey:\s*'([^']+)'/g)) keys.add(m[1]!);
    // File names are dotted literals too, but never message keys.
    for (const m of text.matchAll(/'([a-z][a-z-]*\.[A-Za-z_-]+)'/g)) if (!/\.(md|json|ts|js|mjs|css|html|png)$/.test(m[1]!)) keys.add(m[1]!);
    // A local helper such as `const t = (key: string) => formatMessage({ key: `scaffold.${key}` })`:
    // its calls with a literal, `t('purpose')`, name the keys.
    const helped = new Set<string>();
    for (const m of text.matchAll(/const (\w+) = \((\w+): string\)[^\n]*`([a-z][a-z-]*)\.\$\{\2\}`/g)) {
      const [, helper, parameter, prefix] = m;
      helped.add(`\`${prefix}.\${${parameter}}\``);
      for (const call of text.matchAll(new RegExp(`\\b${helper}\\('([^']+)'\\)`, 'g'))) keys.add(`${prefix}.${call[1]}`);
    }
    for (const m of text.matchAll(/`([a-z][a-z-]*)\.\$\{[^}]+\}`/g)) {
      if (helped.has(m[0])) continue;
      const values = templateValues[m[1]!];
      if (!values) unknownTemplates.add(m[0]);
      else for (const value of values()) keys.add(`${m[1]}.${value}`);
    }
  }
  return { keys: [...keys].sort(), unknownTemplates: [...unknownTemplates].sort() };
}

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe('messages: the catalogue', () => {
  it('finds the message keys of the code (the scan itself works)', () => {
    const { keys } = usedKeys();
    for (const key of ['not-text', 'yaml.TAB_AS_INDENT', 'invalid-value.effort', 'span-reversed.time', 'cli.usage', 'module.seance', 'expected.array', 'weekday.7']) {
      assert.ok(keys.includes(key), key);
    }
    assert.ok(!keys.includes('type') && !keys.includes('due'), 'the `key` argument of a message is not a message key');
  });

  it('has every message key the code uses', () => {
    assert.deepEqual(
      usedKeys().keys.filter((key) => !hasMessage(key)),
      [],
    );
  });

  it('has messages for the template keys whose values the scan cannot list (`completion.${reason}`)', () => {
    const prefixes = usedKeys().unknownTemplates.map((template) => template.slice(1, template.indexOf('.') + 1));
    assert.deepEqual(
      prefixes.filter((prefix) => !messageKeys().some((key) => key.startsWith(prefix))),
      [],
    );
  });

  it('has every message in English, Danish and Swedish, with the same {placeholders}', () => {
    const faults: string[] = [];
    for (const key of messageKeys()) {
      const texts = LOCALES.map((locale) => formatMessage({ key }, locale));
      LOCALES.forEach((locale, i) => {
        if (typeof texts[i] !== 'string' || texts[i] === '' || texts[i] === key) faults.push(`${key} has no ${locale} text`);
      });
      const english = placeholders(texts[0]!);
      LOCALES.forEach((locale, i) => {
        const own = placeholders(texts[i]!);
        if (JSON.stringify(own) !== JSON.stringify(english)) faults.push(`${key} (${locale}) has {${own.join('}, {')}} where English has {${english.join('}, {')}}`);
      });
    }
    assert.deepEqual(faults, []);
  });

  it('describes every problem code in English, Danish and Swedish', () => {
    const faults: string[] = [];
    for (const info of problemCodes) {
      if (info.description !== `describe.${info.code}`) faults.push(`${info.code} is described by ${info.description}`);
      for (const locale of LOCALES) {
        const text = formatMessage({ key: info.description }, locale);
        if (!hasMessage(info.description) || text === info.description || text.trim() === '') faults.push(`${info.code} has no ${locale} description`);
      }
    }
    assert.deepEqual(faults, []);
  });

  it('gives each problem code once, with a severity', () => {
    const codes = problemCodes.map((info) => info.code);
    assert.deepEqual([...new Set(codes)], codes);
    for (const info of problemCodes) assert.ok(['error', 'warning', 'information', 'hint'].includes(info.severity), info.code);
  });

  it('puts nested messages into words in the same language', () => {
    const message = { key: 'wrong-type', args: { key: 'tracks', expected: { key: 'expected.array' } } };
    assert.deepEqual(
      LOCALES.map((locale) => formatMessage(message, locale)),
      [
        '`tracks` must be a list (one `- item` a line, or `[a, b]`).',
        '`tracks` skal være en liste (ét `- punkt` pr. linje, eller `[a, b]`).',
        '`tracks` ska vara en lista (en `- punkt` per rad, eller `[a, b]`).',
      ],
    );
  });
});
