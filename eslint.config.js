// Lint: TypeScript's recommended rules, Lit's template rules and the accessibility rules for
// Lit templates, over the library, its tests, stories, demo and scripts. `npm run lint` also
// type-checks the templates' bindings with lit-analyzer, without its CSS rule: its list of
// CSS properties predates `color-scheme` and `container-type`, which the widgets use.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'coverage/', 'bench-results/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Unused arguments keep a documented signature readable when prefixed with `_`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', 'test/cli/**', 'test/manifest/**', 'test/server/**', 'test/wordpress/**', '*.config.*', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
