import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noInlineTranslation from './tools/eslint/no-inline-translation.js';

// Core files that still choose between inline Swedish and English literals, owned by other work in
// progress: move their words into a word module, then take them off this list.
export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-control-regex': 'off', // we strip control characters on purpose (file names, documents)
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'electron/browser/bridge*.js'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The core's words live in word modules (*.words.ts), not in `sv ? '…' : '…'` choices.
    files: ['electron/core/**/*.ts'],
    ignores: ['electron/core/**/*.words.ts'],
    plugins: { forteckna: { rules: { 'no-inline-translation': noInlineTranslation } } },
    rules: { 'forteckna/no-inline-translation': 'error' },
  },
);
