import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

export default tseslint.config(
  { ignores: ['.tmp/**', 'out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Sanitizers strip control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // shared/ runs in main, renderer, CLI and tests: it must not reach for Node, the DOM libraries,
    // Electron, or either side's code.
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron', 'react', 'react-dom'].map((name) => ({
            name,
            message: 'shared/ is pure TypeScript: no Node, Electron or React.',
          })),
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node.' },
            { group: ['**/electron/**', '**/electron'], message: 'shared/ must not import electron/.' },
            { group: ['**/renderer/**', '**/renderer'], message: 'shared/ must not import renderer/.' },
          ],
        },
      ],
    },
  },
  {
    // The renderer is an untrusted web page: it talks to the main process through window.desk only.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({
            name,
            message: 'The renderer has no Node or Electron: ask the main process through window.desk.',
          })),
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node.' },
            { group: ['**/electron/**', '**/electron'], message: 'The renderer must not import electron/.' },
          ],
        },
      ],
    },
  },
  {
    // The main process never imports the renderer's code.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '**/renderer'], message: 'electron/ must not import renderer/.' },
          ],
        },
      ],
    },
  },
);
