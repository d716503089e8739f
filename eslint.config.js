import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/storybook-static/**',
      '**/node_modules/**',
      '**/reports/**',
      '**/custom-elements.json',
      '.storybook/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'lit/no-invalid-html': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/no-template-bind': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/test/**', '**/*.config.*', 'scripts/**', '**/scripts/**', '.storybook/**', 'test/**', 'apps/**'],
    languageOptions: { globals: { ...globals.node, ...globals.mocha } },
  },
);
