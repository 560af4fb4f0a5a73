import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of the core, lowest first, as src/core/index.ts describes them: each is a folder or
 * a file of src/core, and a module imports only from its own layer or a lower one.
 */
export const CORE_LAYERS = [
  ['types', 'codes', 'lines', 'dates', 'intl', 'holidays', 'suggest', 'fixes', 'messages', 'severity', 'paths'],
  ['yaml', 'module'],
  ['schema'],
  ['parse'],
  ['programme', 'schedule', 'alignment', 'model', 'view', 'insight'],
  ['rules'],
  ['workspace', 'catalogue'],
  ['language', 'timeline', 'export', 'import'],
  ['index'],
];

const FOLDERS = new Set([
  'messages',
  'yaml',
  'schema',
  'parse',
  'insight',
  'rules',
  'workspace',
  'language',
  'timeline',
  'export',
  'import',
]);

const OUTSIDE_CORE = {
  paths: [
    { name: 'vscode', message: 'The core must not depend on VS Code.' },
    { name: 'vscode-languageserver', message: 'The core must not depend on the language server.' },
    { name: 'node:path', message: 'The core runs in a web worker too: use its own paths module.' },
  ],
  patterns: [
    {
      group: ['vscode-languageserver/*', 'vscode-languageclient*', '../cli/*', '../server/*', '../extension/*'],
      message: 'The core must not depend on a shell around it.',
    },
  ],
};

/**
 * One no-restricted-imports block per member of a layer, refusing the layers above it. The
 * patterns match the import as written, so they are spelt from where the importer stands:
 * `../x` from a folder, `./x` from a file at the top of src/core.
 */
function coreLayerConfigs() {
  return CORE_LAYERS.flatMap((layer, level) => {
    const above = CORE_LAYERS.slice(level + 1).flat();
    return layer.map((name) => {
      const folder = FOLDERS.has(name);
      const up = folder ? '\\.\\.' : '\\.';
      const patterns = [...OUTSIDE_CORE.patterns];
      if (above.length > 0) {
        patterns.push({
          // `..` (from a folder) and `.` (from the top) are the core's index, the highest layer.
          regex: `^${up}(/(${above.join('|')})(\\.ts)?(/.*)?)?/?$`,
          message: `src/core/${name}${folder ? '/' : '.ts'} may import only from its own layer or a lower one (see the layers in src/core/index.ts).`,
        });
      }
      return {
        files: [folder ? `src/core/${name}/**/*.ts` : `src/core/${name}.ts`],
        rules: { 'no-restricted-imports': ['error', { paths: OUTSIDE_CORE.paths, patterns }] },
      };
    });
  });
}

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'src/core/schema/generated/'] },
  js.configs.recommended,
  // Type-aware: each TypeScript file is linted with the types of the tsconfig.json nearest to it
  // (the root one for src/ and test/, webview/tsconfig.json for the page, its tests and benchmarks).
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      // Not yet: each has findings that need more than a mechanical change, mostly in tests
      // (no-unsafe-*: JSON.parse of SARIF and package.json files read as any; unbound-method:
      // helpers passed as values; no-base-to-string, require-await, no-unsafe-enum-comparison,
      // no-redundant-type-constituents: a handful each, some in files being split).
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      'no-restricted-imports': 'off',
    },
  },
  // Plain Node scripts have no types to check against.
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['src/core/**/*.ts'], rules: { 'no-restricted-imports': ['error', OUTSIDE_CORE] } },
  ...coreLayerConfigs(),
  {
    // The shells see the core through its front door only, so that the core can move its files.
    files: ['src/server/**/*.ts', 'src/cli/**/*.ts', 'src/extension/**/*.ts', 'src/node/**/*.ts', 'src/protocol.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/core/*', '!**/core/index'], message: 'Import the core through src/core/index.ts.' }] },
      ],
    },
  },
  {
    // The webview draws programme text, which anyone can write: build DOM with createElement and
    // textContent, never from HTML strings (a title like `<img src=x onerror=…>` must stay text).
    files: ['webview/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'createContextualFragment', 'srcdoc', 'setHTMLUnsafe', 'parseHTMLUnsafe'].map(
          (property) => ({
            property,
            message: 'Build DOM with createElement/textContent (see webview/dom.ts h()), not from HTML strings.',
          }),
        ),
        { object: 'document', property: 'write', message: 'Build DOM with createElement/textContent.' },
        { object: 'document', property: 'writeln', message: 'Build DOM with createElement/textContent.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='DOMParser']", message: 'Do not parse HTML strings in the webview.' },
        {
          selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^on/i]",
          message: 'Attach handlers with addEventListener.',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // The page bundles what it imports: it says words and dates through the core's small pure
      // modules (the same as the exports), and takes any other core module as types only.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./src/(?!(core/(intl|dates|types|messages/words)|webview-protocol)$)',
              allowTypeImports: true,
              message:
                'The webview imports values only from src/core/intl, dates, types, messages/words and src/webview-protocol (it bundles them).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
  },
  {
    // The runners of the real VS Code (plain Node ESM) wait on timers and ask the server over HTTP.
    files: ['test/vscode/*.mjs'],
    languageOptions: {
      globals: { setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', AbortSignal: 'readonly', URL: 'readonly' },
    },
  },
);
