import type { KnipConfig } from 'knip';

/**
 * Dead code fails `npm test`. Two passes run: the default one (every file, tests included: unused
 * files, exports and devDependencies) and `--production`, where tests are not entries, so code
 * that only tests still call (dead in the app) shows up too.
 */
const config: KnipConfig = {
  entry: [
    // The one door for HTML, around DOMPurify: kept, tested and CSP-registered ahead of its
    // first caller, the workbench's sanitised source import (issue #17).
    'src/components/safe-html.tsx!',
    // Commands run by scripts/test.sh, which knip does not read.
    'scripts/check-test-files.ts',
    'scripts/test-summary.ts',
    // The corpus compiler and bundler ship: the build runs them on every deploy.
    'scripts/corpus/cli.ts!',
    'scripts/corpus/bundle.ts!',
    'scripts/corpus/write-output.ts!',
    // The build's prerender compiles these two by path (scripts/build/prerender-pages.ts).
    'src/entry-server.tsx!',
    'scripts/build/prerender-worker.ts!',
  ],
  project: [
    'src/**/*.{ts,tsx,css}!',
    // Test support: part of the project, never of the production app.
    '!src/testing/**!',
    '!src/**/*-fixture.{ts,tsx}!',
    '!src/features/exports/utils/parse-csv.ts!',
    'scripts/corpus/**/*.ts!',
    'scripts/**/*.ts',
    'e2e/**/*.ts',
  ],
  // System commands tests call to build hostile corpus folders (a named pipe), never packages.
  ignoreBinaries: ['mkfifo'],
  // Natural Earth's data, read by path at build time (scripts/map/base-map-plugin.ts), never imported.
  ignoreDependencies: ['world-atlas'],
  ignoreExportsUsedInFile: true,
  compilers: {
    // Fonts enter through the stylesheet's @import lines.
    css: (text: string) =>
      [...text.matchAll(/@import\s+['"]([^'"]+)['"]/g)]
        .map(([, specifier]) => `import '${specifier ?? ''}';`)
        .join('\n'),
  },
};

export default config;
