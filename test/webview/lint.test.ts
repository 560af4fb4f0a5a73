import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { ROOT } from './harness';

describe('webview: the lint rule against HTML strings', () => {
  it('rejects innerHTML, outerHTML, insertAdjacentHTML, document.write and on… attributes in webview/', async () => {
    // The code below is in no file on disk, so no tsconfig.json has its types: the rule needs none.
    const eslint = new ESLint({
      cwd: ROOT,
      overrideConfigFile: path.join(ROOT, 'eslint.config.mjs'),
      overrideConfig: tseslint.configs.disableTypeChecked,
    });
    const code = [
      'export function draw(element: HTMLElement, title: string): void {',
      '  element.innerHTML = title;',
      '  element.outerHTML = title;',
      "  element.insertAdjacentHTML('beforeend', title);",
      '  document.write(title);',
      "  element.setAttribute('onclick', title);",
      "  new DOMParser().parseFromString(title, 'text/html');",
      '  element.textContent = title;',
      '}',
      '',
    ].join('\n');
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, 'webview/example.ts') });
    assert.deepEqual(
      result?.messages.map((m) => [m.line, m.ruleId]),
      [
        [2, 'no-restricted-properties'],
        [3, 'no-restricted-properties'],
        [4, 'no-restricted-properties'],
        [5, 'no-restricted-properties'],
        [6, 'no-restricted-syntax'],
        [7, 'no-restricted-syntax'],
      ],
    );
  });
});
