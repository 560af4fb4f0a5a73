import * as assert from 'node:assert/strict';
import { headerContextAt } from '../../../src/core/language/headerContext';
import { parseFile } from '../../../src/core/parse';

/** The context at the `|` of a text (the bar itself is removed). */
function contextAt(marked: string): unknown {
  const offset = marked.indexOf('|');
  const parsed = parseFile('/w/seances/x.md', marked.replace('|', ''));
  return headerContextAt(parsed, parsed.lines.positionAt(offset));
}

const at = (line: number, start: number, end: number) => ({
  start: { line, character: start },
  end: { line, character: end },
});

describe('headerContextAt', () => {
  it('sees a key being written at the top level, with the keys already there', () => {
    assert.deepEqual(contextAt('---\ntype: seance\nti|\n---\n'), {
      kind: 'key',
      path: [],
      prefix: 'ti',
      range: at(2, 0, 2),
      siblings: ['type'],
    });
  });

  it('sees an empty line between keys as a place for a key', () => {
    assert.deepEqual(contextAt('---\ntype: seance\n|\nid: x\n---\n'), {
      kind: 'key',
      path: [],
      prefix: '',
      range: at(2, 0, 0),
      siblings: ['type', 'id'],
    });
  });

  it('sees a value after `key: `', () => {
    assert.deepEqual(contextAt('---\ntype: seance\ntrack: sam|\n---\n'), {
      kind: 'value',
      path: ['track'],
      prefix: 'sam',
      range: at(2, 7, 10),
    });
  });

  it('follows block mappings', () => {
    assert.deepEqual(contextAt('---\ntime:\n  st|\n---\n'), {
      kind: 'key',
      path: ['time'],
      prefix: 'st',
      range: at(2, 2, 4),
      siblings: [],
    });
    assert.deepEqual(contextAt('---\ntime:\n  start: "0|\n---\n'), {
      kind: 'value',
      path: ['time', 'start'],
      prefix: '0',
      range: at(2, 10, 11),
    });
  });

  it('follows block lists of mappings, with the item index', () => {
    assert.deepEqual(contextAt('---\ntracks:\n  - id: a\n    title: A\n  - id: b\n    ti|\n---\n'), {
      kind: 'key',
      path: ['tracks', 1],
      prefix: 'ti',
      range: at(5, 4, 6),
      siblings: ['id'],
    });
    assert.deepEqual(contextAt('---\ntracks:\n  - id: a\n  - i|\n---\n'), {
      kind: 'key',
      path: ['tracks', 1],
      prefix: 'i',
      range: at(3, 4, 5),
      siblings: [],
    });
  });

  it('follows one-line flow mappings', () => {
    assert.deepEqual(contextAt('---\ntime: { start: "08:30", e|\n---\n'), {
      kind: 'key',
      path: ['time'],
      prefix: 'e',
      range: at(1, 24, 25),
      siblings: ['start'],
    });
    assert.deepEqual(contextAt('---\nperiod: { start: 2027-|\n---\n'), {
      kind: 'value',
      path: ['period', 'start'],
      prefix: '2027-',
      range: at(1, 17, 22),
    });
    assert.deepEqual(contextAt('---\ntracks:\n  - { id: a, title: A }\n  - { id: b, ti|\n---\n'), {
      kind: 'key',
      path: ['tracks', 1],
      prefix: 'ti',
      range: at(3, 13, 15),
      siblings: ['id'],
    });
  });

  it('is nothing in the body or in a file without a header', () => {
    assert.equal(contextAt('---\ntype: seance\n---\nbody |\n'), undefined);
    assert.equal(contextAt('# Notes\nti|\n'), undefined);
  });
});
