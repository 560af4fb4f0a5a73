import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { problemCodes } from '../../src/core/rules/codes';

const root = path.join(__dirname, '../..');
const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const manifest = json('package.json') as {
  l10n: string;
  contributes: { configuration: { properties: Record<string, { propertyNames?: { enum: string[] } }> } };
};
const LANGUAGES = ['en', 'da', 'sv'] as const;

describe('The extension in English, Danish and Swedish', () => {
  describe('package.json', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]).sort();
    const nls = {
      en: json('package.nls.json'),
      da: json('package.nls.da.json'),
      sv: json('package.nls.sv.json'),
    };

    it('names its texts by %key%', () => {
      assert.ok(keys.length >= 4, 'package.json has no %key% texts');
    });

    for (const language of LANGUAGES) {
      it(`has every %key% in package.nls${language === 'en' ? '' : `.${language}`}.json, and no other`, () => {
        assert.deepEqual(Object.keys(nls[language]).sort(), [...new Set(keys)]);
        for (const [key, text] of Object.entries(nls[language])) assert.ok(typeof text === 'string' && text.trim(), `${key} is empty`);
      });
    }

    it('offers exactly the checker’s problem codes in curriculumStudio.severity', () => {
      const offered = manifest.contributes.configuration.properties['curriculumStudio.severity']?.propertyNames?.enum;
      assert.deepEqual(
        offered,
        problemCodes.map((c) => c.code),
      );
    });
  });

  describe('vscode.l10n.t texts of src/extension', () => {
    const texts = l10nTexts(path.join(root, 'src/extension'));
    const bundles = {
      en: json(`${manifest.l10n}/bundle.l10n.json`),
      da: json(`${manifest.l10n}/bundle.l10n.da.json`),
      sv: json(`${manifest.l10n}/bundle.l10n.sv.json`),
    };

    it('are found', () => {
      assert.ok(texts.size >= 10, `only ${texts.size} texts found`);
    });

    for (const language of LANGUAGES) {
      it(`are all in bundle.l10n${language === 'en' ? '' : `.${language}`}.json with the same placeholders, and nothing else is`, () => {
        assert.deepEqual(Object.keys(bundles[language]).sort(), [...texts].sort());
        for (const text of texts) {
          const translated = bundles[language][text];
          assert.ok(typeof translated === 'string' && translated.trim(), `“${text}” has no ${language} text`);
          assert.deepEqual(placeholders(translated), placeholders(text), `the ${language} text of “${text}” has other placeholders`);
        }
      });
    }
  });
});

/** The first argument of every `l10n.t(…)` call in the TypeScript files under `folder`; it must be a literal. */
function l10nTexts(folder: string): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!entry.endsWith('.ts')) continue;
    const file = path.join(folder, entry);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && /(^|\.)l10n\.t$/.test(node.expression.getText(source))) {
        const [first] = node.arguments;
        const where = `${entry}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
        assert.ok(
          first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)),
          `${where}: l10n.t needs a literal text, so that it can be translated`,
        );
        found.add(first.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{[^}]+\}/g)].map((m) => m[0]).sort();
}
