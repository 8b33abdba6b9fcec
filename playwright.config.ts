import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './scripts/chromium-flags';

// Debian's Chromium, never a browser downloaded by Playwright (scripts/find-chromium.sh).
const executablePath = chromiumPath();
// Several checkouts or engineers can run the suite at once on their own port and build.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  // A stray `.only` would quietly turn the suite into one test: never allowed.
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    // Never test whatever server happens to hold the port (a stale preview of
    // another checkout): the run starts its own on this build, or fails.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
