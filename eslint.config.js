import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import layers from './scripts/eslint-layers.js';

export default tseslint.config(
  { ignores: ['dist/**', 'builder-dist/**', 'storybook-static/**', 'node_modules/**', 'coverage/**', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  wc.configs['flat/recommended'],
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Chart data is text: never let a template render raw HTML.
      'lit/no-template-bind': 'off',
      'no-restricted-syntax': ['error', { selector: "Identifier[name='unsafeHTML']", message: 'Data is text, never markup.' }],
    },
  },
  {
    // Each folder imports only the layers below it, and nothing imports in a circle (scripts/eslint-layers.js).
    files: ['**/*.ts'],
    plugins: { lnob: layers },
    rules: { 'lnob/layers': 'error', 'lnob/no-cycle': 'error' },
  },
  {
    files: ['test/**', 'scripts/**', 'stories/**', 'bench/**', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
