import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

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

/**
 * The Chromium to start. scripts/find-chromium.sh alone knows where Debian puts it (and installs
 * it as root when missing), so every caller asks it rather than repeating the path. The answer
 * is kept in CHROME_PATH, which Playwright's workers inherit: they load this config again.
 */
export function chromiumPath(): string {
  const script = fileURLToPath(new URL('./find-chromium.sh', import.meta.url));
  const found = execFileSync('bash', [script], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  process.env.CHROME_PATH = found;
  return found;
}
