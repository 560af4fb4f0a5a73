import * as assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core';

/** Every offset of a text and back: the round trip must be exact. */
function assertRoundTrip(text: string, skip: (offset: number) => boolean = () => false): void {
  const lines = new LineIndex(text);
  for (let offset = 0; offset <= text.length; offset++) {
    if (skip(offset)) continue;
    assert.equal(lines.offsetAt(lines.positionAt(offset)), offset, `offset ${offset} of ${JSON.stringify(text)}`);
  }
}

describe('LineIndex', () => {
  it('splits lines at \\n', () => {
    const lines = new LineIndex('ab\ncd\n');
    assert.equal(lines.lineCount, 3);
    assert.deepEqual(
      [0, 2, 3, 5, 6].map((o) => lines.positionAt(o)),
      [
        { line: 0, character: 0 },
        { line: 0, character: 2 },
        { line: 1, character: 0 },
        { line: 1, character: 2 },
        { line: 2, character: 0 },
      ],
    );
    assertRoundTrip('ab\ncd\n');
  });

  it('splits lines at \\r\\n, counting the pair as one line break', () => {
    const lines = new LineIndex('ab\r\ncd\r\n');
    assert.equal(lines.lineCount, 3);
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(lines.offsetAt({ line: 1, character: 1 }), 5);
    assert.equal(lines.lineEnd(0), 2);
    assert.equal(lines.lineStart(1), 4);
    // The offset between \r and \n is inside the line break; every other offset survives the round trip.
    assertRoundTrip('ab\r\ncd\r\n', (o) => o === 3 || o === 7);
  });

  it("places an offset between \\r and \\n at the end of its line, never past the line's length", () => {
    const lines = new LineIndex('ab\r\ncd');
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 2 });
  });

  it('splits lines at a lone \\r', () => {
    const lines = new LineIndex('ab\rcd\r\ref');
    assert.equal(lines.lineCount, 4);
    assert.deepEqual(
      [2, 3, 6, 7, 9].map((o) => lines.positionAt(o)),
      [
        { line: 0, character: 2 },
        { line: 1, character: 0 },
        { line: 2, character: 0 },
        { line: 3, character: 0 },
        { line: 3, character: 2 },
      ],
    );
    assert.equal(lines.lineEnd(1), 5);
    assert.equal(lines.lineEnd(2), 6);
    assertRoundTrip('ab\rcd\r\ref');
  });

  it('counts UTF-16 code units, so an emoji takes two characters', () => {
    const text = 'a😀b\n😀\n';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 3 });
    assert.deepEqual(lines.positionAt(4), { line: 0, character: 4 });
    assert.deepEqual(lines.positionAt(7), { line: 1, character: 2 });
    assert.equal(lines.offsetAt({ line: 1, character: 2 }), 7);
    assertRoundTrip(text);
  });

  it('clamps offsets and positions to the document', () => {
    const lines = new LineIndex('ab\ncd');
    assert.deepEqual(lines.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(lines.positionAt(99), { line: 1, character: 2 });
    assert.equal(lines.offsetAt({ line: -1, character: 1 }), 0);
    assert.equal(lines.offsetAt({ line: 0, character: -3 }), 0);
    assert.equal(lines.offsetAt({ line: 0, character: 99 }), 2);
    assert.equal(lines.offsetAt({ line: 7, character: 0 }), 5);
    assert.equal(lines.lineStart(99), 3);
  });

  it('gives an empty text one empty line', () => {
    const lines = new LineIndex('');
    assert.equal(lines.lineCount, 1);
    assert.deepEqual(lines.range(0, 0), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });
});
