import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium-flags';
import { PROBE_SOURCE } from './page-probe';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
}

/** A fresh context (empty cache, like a first visit) with the probe installed, English UI. */
export async function freshPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
  });
  await context.addInitScript({ content: PROBE_SOURCE });
  const page = await context.newPage();
  return { context, page };
}

export interface Settled {
  ms: number | undefined;
  changed: boolean;
  /** With `first`: to the first frame in which an element matching it was in the DOM. */
  firstMs?: number | undefined;
}

/** Arms the probe on a region, performs the input, waits for the region to settle. */
export async function timeInteraction(
  page: Page,
  region: string,
  act: () => Promise<void>,
  options: { quietMs?: number; timeoutMs?: number; minClaims?: number; first?: string } = {},
): Promise<Settled> {
  const { quietMs = 150, timeoutMs = 10_000, minClaims = 0, first } = options;
  await page.evaluate(`window.__bench.arm(${JSON.stringify(region)}, ${JSON.stringify(first)})`);
  await act();
  return page.evaluate<Settled>(`window.__bench.done(${quietMs}, ${timeoutMs}, ${minClaims})`);
}

/** JS heap in use after a forced garbage collection, in bytes. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}
