import * as assert from 'node:assert/strict';
import { formatMessage } from '../../../src/core';
import { parseFile } from '../../../src/core/parse';

describe('caps: what no course designer needs in full', () => {
  it('names the first 20 unknown keys of a header one by one, and the rest in one problem at the 21st, in en, da and sv', () => {
    const keys = Array.from({ length: 25 }, (_, i) => `noegle-${i}: ${i}\n`).join('');
    const text = `---\ntype: seance\nid: s1\ntitle: Opstart\ndate: 2027-03-11\n${keys}---\n`;
    const unknown = parseFile('/p/s1.md', text).problems.filter((p) => p.code === 'unknown-key');
    assert.equal(unknown.length, 21);
    assert.deepEqual(unknown[0]!.range, { start: { line: 5, character: 0 }, end: { line: 5, character: 8 } });
    assert.equal(formatMessage(unknown[19]!.message, 'en'), 'Unknown key `noegle-19`. It is not used for a seance and will be ignored.');
    const more = unknown[20]!;
    assert.equal(more.severity, 'warning');
    assert.deepEqual(more.range, { start: { line: 25, character: 0 }, end: { line: 25, character: 9 } });
    assert.deepEqual(
      (['en', 'da', 'sv'] as const).map((locale) => formatMessage(more.message, locale)),
      [
        'And 5 more unknown keys from here on. They are not used for a seance and will be ignored.',
        'Og 5 ukendte nøgler mere herfra. De bruges ikke i et modul af typen seance og ignoreres.',
        'Och 5 okända nycklar till härifrån. De används inte i en modul av typen seance och ignoreras.',
      ],
    );
  });

  it('names all 20 when there are no more', () => {
    const keys = Array.from({ length: 20 }, (_, i) => `noegle-${i}: ${i}\n`).join('');
    const text = `---\ntype: seance\nid: s1\ntitle: Opstart\ndate: 2027-03-11\n${keys}---\n`;
    const unknown = parseFile('/p/s1.md', text).problems.filter((p) => p.code === 'unknown-key');
    assert.equal(unknown.length, 20);
    assert.ok(unknown.every((p) => p.message.key === 'unknown-key'));
  });
});
