/**
 * How Debian's Chromium is started for tests and benchmarks here (TOOLCHAIN.md):
 * headless, no sandbox as root, and no background traffic to hosts this
 * machine cannot reach. Playwright never downloads a browser of its own.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
