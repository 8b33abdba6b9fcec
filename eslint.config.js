import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'public/corpus',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'reports',
      // Generated benchmark builds, corpora and traces.
      'bench',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      // `const { dropped: _dropped, ...kept } = value` is how a copy leaves keys out
      // (deleting them would leave V8 objects slow to stringify).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports (default exports only for lazy routes).',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: {
      ...jsxA11y.flatConfigs.strict.languageOptions,
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // HTML enters the page in exactly one reviewed place.
    files: ['src/**/*.tsx'],
    ignores: ['src/components/safe-html.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Inject HTML only through src/components/safe-html.tsx.',
        },
        {
          selector: 'ExportDefaultDeclaration',
          message: 'Use named exports (default exports only for lazy routes).',
        },
      ],
    },
  },
  {
    // The direction of imports, one zone list: shared code -> features -> app, the corpus
    // package below everything, build scripts beside the app but never inside a feature.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts', 'e2e/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ['./tsconfig.app.json', './tsconfig.node.json'],
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: './src/corpus',
              from: './src',
              except: ['./corpus'],
              message:
                'src/corpus is shared by the compiler, the worker and the app: it imports nothing from the app.',
            },
            {
              target: [
                './src/components',
                './src/lib',
                './src/api',
                './src/config',
                './src/stores',
              ],
              from: ['./src/features', './src/app'],
              message:
                'Shared code never imports a feature or app/: move what both need down a layer.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features never import app/: app/ composes them (render props, slots).',
            },
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message:
                'Features stay independent: compose them in src/app, or move shared code to src/lib or src/components.',
            })),
            {
              target: './scripts',
              from: './src/features',
              message:
                'Build scripts never import a feature: move what both need to src/lib or src/corpus.',
            },
            {
              target: './src',
              from: ['./scripts', './e2e'],
              message: 'The app never imports build scripts or journeys.',
            },
          ],
        },
      ],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // One configured zod: src/corpus/zod.ts sets jitless before any schema exists (Trusted
    // Types, SECURITY.md). Its own test reads zod's global setting through the package on purpose.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/corpus/zod.ts', 'src/corpus/zod.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message:
                "Import { z } from '@/corpus/zod' ('./zod' inside src/corpus): it sets zod to jitless before any schema is defined.",
            },
          ],
          patterns: [
            {
              group: ['zod/*'],
              message: "Import { z } from '@/corpus/zod', the one configured instance.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'e2e/**/*.ts', '*.config.ts', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Tools read their configuration from a default export.
    files: ['*.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
