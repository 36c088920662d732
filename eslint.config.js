import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The layering of ARCHITECTURE.md rule 1, enforced here and proven by
 * tests/unit/layering.test.ts: core/ is Electron-, React- and DOM-free; renderer/ is browser code
 * that takes only environment-free modules from core/; only electron/ imports 'electron'.
 */
const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'zlib',
  'worker_threads',
];
const electronOnly = { group: ['electron', 'electron/*'], message: 'Only electron/ may import Electron.' };
const reactOnly = {
  group: ['react', 'react-dom', 'react-dom/*', 'react/*', 'lexical', '@lexical/*'],
  message: 'core/ is UI-free: React and Lexical belong in renderer/.',
};
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'DOMParser'].map((name) => ({
  name,
  message: 'core/ runs in Node: no DOM globals.',
}));

const rendererPatterns = [
  electronOnly,
  { group: ['**/electron/*'], message: 'renderer/ talks to the shell only through window.newsdesk.' },
  { group: nodeBuiltins, message: 'renderer/ is browser code: no Node modules.' },
  {
    group: [
      '**/core/*',
      '!**/core/api.ts',
      '!**/core/model',
      '!**/core/model/*',
      '!**/core/render',
      '!**/core/render/*',
      '!**/core/i18n',
      '!**/core/i18n/*',
      '!**/core/vietnamese',
      '!**/core/vietnamese/*',
    ],
    message:
      'renderer/ may take from core/ only api.ts, model/, render/, i18n/ and the Vietnamese text tools in vietnamese/ (environment-free).',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            reactOnly,
            { group: ['**/renderer/*', '**/electron/*'], message: 'core/ depends on no UI or shell.' },
            { group: ['**/devportal/*'], message: 'core/ does not depend on the development portal (only cli.ts loads its command).' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // The command registry starts the development portal when asked; nothing else in core/ reaches it.
    files: ['core/cli.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [electronOnly, reactOnly, { group: ['**/renderer/*', '**/electron/*'], message: 'core/ depends on no UI or shell.' }] },
      ],
    },
  },
  {
    // The development portal speaks Drupal; it may use core's small helpers but never the UI, the shell or Electron.
    files: ['devportal/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            reactOnly,
            { group: ['**/renderer/*', '**/electron/*'], message: 'devportal/ is a server: no UI or shell.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // The Vietnamese text tools run in the editor too: no Node modules here.
    files: ['core/vietnamese/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnly,
            reactOnly,
            { group: ['**/renderer/*', '**/electron/*'], message: 'core/ depends on no UI or shell.' },
            { group: nodeBuiltins, message: 'core/vietnamese/ runs in the renderer too: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: rendererPatterns }],
    },
  },
  {
    // The pieces every screen uses depend on no screen (nor on the app's frame): only each other, the service client and the texts.
    files: ['renderer/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererPatterns,
            {
              regex: '^\\.\\./(?!api/|i18n/|\\.\\./)',
              message: 'renderer/shared/ imports no screen folder nor app/: only shared/, api/, i18n/ and core/.',
            },
          ],
        },
      ],
    },
  },
  {
    // React's two rules of hooks: called in the same order every render, with every value they read listed.
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The shell wires the core and speaks its contract; it does not reach into the services or stores.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            reactOnly,
            { group: ['**/renderer/*'], message: 'electron/ talks to the page only through the preload and its channels.' },
            {
              group: [
                '**/core/*',
                '!**/core/api.ts',
                '!**/core/errors.ts',
                '!**/core/newsdesk.ts',
                '!**/core/defaultDataDir.ts',
                '!**/core/model',
                '!**/core/model/*',
                '!**/core/i18n',
                '!**/core/i18n/*',
                '!**/core/bridge',
                '!**/core/bridge/*',
                '!**/core/portal',
                '**/core/portal/*',
                '!**/core/portal/SecretStore.ts',
                '!**/core/store',
                '**/core/store/*',
                '!**/core/store/atomicWrite.ts',
                '!**/core/commands',
                '**/core/commands/*',
                '!**/core/commands/outputFile.ts',
                '!**/core/services',
                '**/core/services/*',
                '!**/core/services/printer.ts',
              ],
              message:
                'electron/ takes from core/ its wiring (newsdesk.ts), the contract (api.ts, errors.ts, model/, i18n/), browser-mode files (bridge/), durable writes and the secret store: never the services or stores themselves.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{js,mjs}', 'bin/**/*.mjs', '*.config.{ts,js}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
