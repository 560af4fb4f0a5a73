import * as assert from 'node:assert/strict';
import { hasMessage, problemCodes, type Message, type Problem } from '../../../src/core';

// The assertions that matter here are checked by `npm run typecheck`: each `@ts-expect-error`
// fails the typecheck if the misspelled key or code below is ever accepted.
describe('message keys and problem codes are types', () => {
  it('refuses a misspelled message key, and takes a real one', () => {
    // @ts-expect-error: there is no key `seance-outside-period.befor`
    const misspelled: Message = { key: 'seance-outside-period.befor' };
    const real: Message = { key: 'seance-outside-period.before', args: { date: '2027-01-04', start: '2027-01-11' } };
    assert.deepEqual([hasMessage(misspelled.key), hasMessage(real.key)], [false, true]);
  });

  it('refuses a misspelled problem code, and takes a real one', () => {
    // @ts-expect-error: there is no code `seance-outside-periode`
    const misspelled: Problem['code'] = 'seance-outside-periode';
    const real: Problem['code'] = 'yaml-syntax';
    const codes: string[] = problemCodes.map((info) => info.code);
    assert.deepEqual([codes.includes(misspelled), codes.includes(real)], [false, true]);
  });
});
