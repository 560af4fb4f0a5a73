import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatMessage, hasMessage, LOCALES, messageKeys, problemCodes, type Message } from '../../../src/core';

const root = path.join(__dirname, '../../..');

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

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe('messages: the catalogue', () => {
  it('has words for every JSON type the schemas use (`expected.array`), which wrong-type names', () => {
    assert.deepEqual(
      schemaTypes().filter((type) => !hasMessage(`expected.${type}`)),
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
        if (JSON.stringify(own) !== JSON.stringify(english))
          faults.push(`${key} (${locale}) has {${own.join('}, {')}} where English has {${english.join('}, {')}}`);
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
        if (!hasMessage(info.description) || text === info.description || text.trim() === '')
          faults.push(`${info.code} has no ${locale} description`);
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
    const message: Message = { key: 'wrong-type', args: { key: 'tracks', expected: { key: 'expected.array' } } };
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
