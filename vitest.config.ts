import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { baseMapPlugin } from './scripts/map/base-map-plugin.ts';

// The environment follows the file's name, never its folder, so a test placed anywhere under
// src/ or scripts/ runs: `*.test.tsx` and `*.dom.test.ts` in jsdom, every other `*.test.ts` in
// Node. `npm test` also fails on a test file that neither project collected
// (scripts/check-test-files.ts).
const testRoots = ['src', 'scripts'];
const domTests = testRoots.flatMap((root) => [`${root}/**/*.test.tsx`, `${root}/**/*.dom.test.ts`]);
const nodeTests = testRoots.map((root) => `${root}/**/*.test.ts`);

export default defineConfig({
  plugins: [react(), baseMapPlugin()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    globals: true,
    // Vitest's default is one worker fewer than the cores, which on CI's 2 cores is one worker
    // for 239 files (176 s); the main process only schedules, so use every core (92 s).
    maxWorkers: availableParallelism(),
    // `.only` left in a file would silently skip the rest of the suite.
    allowOnly: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: nodeTests,
          exclude: ['**/node_modules/**', '**/*.dom.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: domTests,
          setupFiles: ['./src/testing/setup-tests.ts'],
        },
      },
    ],
  },
});
