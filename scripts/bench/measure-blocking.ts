import type { Browser } from '@playwright/test';
import { freshPage } from './browser';
import { median } from './stats';

/** How long the main thread blocked a reader while a page loaded, as it really ran. */
export interface ObservedBlocking {
  /** Sum over long tasks that began after the first contentful paint of (duration − 50 ms). */
  blockingMs: number | undefined;
  /** When the app had taken the page over (the hydration gate opened), from navigation start. */
  interactiveMs: number | undefined;
  runs: number[];
}

/** How long after the page takes over its long tasks are collected. */
const SETTLE_MS = 3000;

/**
 * Lighthouse's total blocking time is simulated from an unthrottled load, on its own graph of
 * what waits for what; it has no edge for a script that src/boot.ts starts only after the
 * first paint, so it can schedule the app's start-up before the simulated paint and count
 * none of it. This is the same sum from a real load at Lighthouse's mobile CPU (4× slower)
 * and viewport: every long task after the first contentful paint, as the browser reported it.
 */
export async function measureObservedBlocking(
  browser: Browser,
  url: string,
  runs: number,
): Promise<ObservedBlocking> {
  const blocking: number[] = [];
  const interactive: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await freshPage(browser);
    try {
      await page.setViewportSize({ width: 412, height: 823 });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript({
        content: `window.__longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
}).observe({ type: 'longtask', buffered: true });`,
      });
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await page
        .locator('#root > fieldset[role="presentation"]:not([disabled])')
        .waitFor({ state: 'attached', timeout: 120_000 });
      interactive.push(await page.evaluate<number>('performance.now()'));
      await page.waitForTimeout(SETTLE_MS);
      const { fcp, tasks } = await page.evaluate<{ fcp: number; tasks: [number, number][] }>(`({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
        tasks: window.__longTasks,
      })`);
      blocking.push(
        tasks
          .filter(([start]) => start >= fcp)
          .reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
      );
    } finally {
      await context.close();
    }
  }
  return {
    blockingMs: median(blocking),
    interactiveMs: median(interactive),
    runs: blocking.map(Math.round),
  };
}
