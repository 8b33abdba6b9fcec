import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    // Features do not reach into each other; app/ composes them.
    files: [
      'src/features/**/*.{ts,tsx}',
      'src/components/**/*.{ts,tsx}',
      'src/lib/**/*.{ts,tsx}',
      'src/corpus/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '@/app/*'],
              message: 'Shared code and features must not import from app/.',
            },
          ],
        },
      ],
    },
  },
  // A feature never imports another feature: app/ composes them (render props, slots).
  ...readdirSync(new URL('./src/features', import.meta.url)).map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '@/app/*'],
              message: 'Shared code and features must not import from app/.',
            },
            {
              group: ['@/features/*', `!@/features/${feature}`],
              message: `Features stay independent: compose them in src/app, or move shared code to src/lib or src/components.`,
            },
          ],
        },
      ],
    },
  })),
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
