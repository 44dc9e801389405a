// ESLint flat config: typescript-eslint (its rules without type information, which keeps
// `npm run lint` quick; tsc checks the types), react-hooks, jsx-a11y,
// testing-library for the component tests, and import-x for cycles and the layer rules of
// STYLE.md (tests/unit/architecture.test.ts holds the same rules for what lint cannot see).
// Formatting is Prettier's job: eslint-config-prettier turns off every stylistic rule.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The layers of src/: each zone forbids `target` to import `from` (see STYLE.md, "Imports flow one way").
const layerZones = [
  { target: './src/content', from: ['./src/app', './src/features', './src/components', './src/node'], message: 'content/ is pure: it imports only content/.' },
  { target: './src/components', from: ['./src/app', './src/features', './src/node'], message: 'components/ import only components/ and content/.' },
  { target: './src/features', from: ['./src/app', './src/node'], message: 'features/ import only features/, components/ and content/.' },
  {
    target: './src/node',
    from: ['./src/app', './src/features', './src/components'],
    message: 'node/ imports only node/ and content/ (the prerender goes through entry-server.tsx).',
  },
  // Every feature folder, against every other one: no feature imports another.
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: features.filter((other) => other !== feature).map((other) => `./src/features/${other}`),
    message: 'Features do not import each other.',
  })),
];

export default defineConfig(
  {
    ignores: ['dist/', '.dist.*/', '.tmp/', 'test-results/', 'playwright-report/', 'node_modules/', 'coverage/', 'public/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads no .ts file and sees no cycle.
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.d.mts'] })],
    },
    rules: {
      // Unused names are an error, except the `_`-prefixed ones a signature needs.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `import type` everywhere a value is not needed (verbatimModuleSyntax requires it anyway).
      // `import('…').Type` stays allowed: ambient module declarations (virtual-modules.d.ts) need it.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Control characters are matched on purpose: XML 1.0 forbids them in the feed, and
      // problem reports strip them before they reach a terminal.
      'no-control-regex': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.configs.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    rules: {
      // Arrow keys and Escape are handled on a list or region for the links and buttons inside
      // it (the events bubble up from them); only mouse handlers on a non-interactive element
      // are a defect.
      'jsx-a11y-x/no-noninteractive-element-interactions': ['error', { handlers: ['onClick', 'onError', 'onLoad', 'onMouseDown', 'onMouseUp'] }],
    },
  },
  {
    files: ['tests/dom/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['tests/dom/**/*.{ts,tsx}'],
    rules: {
      // "Seed text never becomes markup" is asserted by looking for elements that must not
      // exist (script, img), and search highlights are <mark>s, which have no role to query by.
      'testing-library/no-container': 'off',
      'testing-library/no-node-access': 'off',
    },
  },
  {
    // A Web Worker and the service worker: no window, no document.
    files: ['src/service-worker.ts', 'src/features/search/search-worker.ts'],
    languageOptions: { globals: { ...globals.worker, ...globals.serviceworker } },
  },
  prettier,
);
