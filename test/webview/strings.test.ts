import * as assert from 'node:assert/strict';
import { LOCALES } from '../../src/core';
import { catalogue, t } from '../../webview/strings';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('webview: the catalogue of interface words', () => {
  it('has every key in English, Danish and Swedish, none empty, with the same {arguments}', () => {
    const keys = Object.keys(catalogue.en).sort();
    assert.ok(keys.length > 40);
    for (const locale of LOCALES) {
      assert.deepEqual(Object.keys(catalogue[locale]).sort(), keys, locale);
      for (const key of keys) {
        const text = catalogue[locale][key as keyof typeof catalogue.en];
        assert.ok(text.trim().length > 0, `${locale}.${key} is empty`);
        assert.deepEqual(placeholders(text), placeholders(catalogue.en[key as keyof typeof catalogue.en]), `${locale}.${key}`);
      }
    }
  });

  it('fills in arguments, and leaves `$` and braces in them alone', () => {
    assert.equal(t('da', 'week', { week: 10 }), 'uge 10');
    assert.equal(t('sv', 'week', { week: 10 }), 'vecka 10');
    assert.equal(t('en', 'tableLabel', { title: "$& {title} $'" }), "Seances and assignments of $& {title} $'");
  });
});
