// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';
import { allowedImports, partNames, parts, partsByDepth, testFilePatterns } from './architecture-rules.ts';

/** Typed linting for every TypeScript file; Astro components are covered by `astro check`. */
export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'public/mockServiceWorker.js',
      'sandbox/generated/',
      'openapi/generated/',
      'sandbox/dist/',
      'diagram-diff/',
      'screenshots/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Numbers and booleans in template strings read naturally in messages.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-deprecated': 'error',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
  // Imports run one way between the top-level folders (ARCHITECTURE.md; the table is architecture-rules.ts).
  {
    plugins: { boundaries },
    settings: {
      // Deepest folder first: the first element whose pattern matches classifies a file.
      'boundaries/elements': partsByDepth.map((part) => ({
        type: part,
        pattern: `${parts[part]}/**`,
        partialMatch: false,
      })),
      'boundaries/files': testFilePatterns.map((pattern) => ({ category: 'test', pattern })),
      'import/resolver': { node: { extensions: ['.ts', '.js', '.mjs'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...partNames.map((part) => ({
              from: { element: { type: part } },
              allow: { to: { element: { types: { anyOf: [part, ...allowedImports[part]] } } } },
            })),
            // Tests may import anything, wherever they sit.
            { from: { file: { categories: 'test' } }, allow: { to: { element: { types: { anyOf: partNames } } } } },
          ],
        },
      ],
    },
  },
);
