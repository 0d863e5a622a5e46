// Lint for the site's own code: TypeScript (typescript-eslint's recommended rules) and Astro
// components (eslint-plugin-astro). Content is data and is checked by the content check, not here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist.*/', 'bundle/', 'shots/', '.astro/', 'node_modules/', 'content/', 'diagram-cache/', 'public/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // A leading underscore marks a value destructured only to leave it out.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
);
