import * as assert from 'node:assert/strict';
import { hasMessage, problemCodes, type Message, type Problem } from '../../../src/core';
import { rules } from '../../../src/core/rules';

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

  it("names each rule's messages after its code: the code, or the code, a dot and a variant", () => {
    const strays = rules.flatMap((rule) =>
      Object.keys(rule.messages).filter((key) => key !== rule.code && !key.startsWith(`${rule.code}.`)),
    );
    assert.deepEqual(strays, []);
    assert.ok(rules.every((rule) => Object.keys(rule.messages).length > 0));
  });
});
