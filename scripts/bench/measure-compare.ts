import type { Browser } from '@playwright/test';
import { freshPage, timeInteraction } from './browser';
import { median } from './stats';

export interface CompareRender {
  eventId: string;
  claims: number;
  /** From the click on the event's link to the frame after all its claims are in the DOM. */
  medianMs: number | undefined;
  /** Of that, fetching the event's shard (the rest is parsing and rendering). */
  shardFetchMs: number | undefined;
  runs: (number | undefined)[];
}

/**
 * Opens the list filtered to the event, then times the in-app navigation
 * to its comparison, as a reader gets there: index loaded, shard not yet.
 */
export async function measureCompare(
  browser: Browser,
  url: string,
  event: { id: string; title: string; claims: number },
  runs: number,
): Promise<CompareRender> {
  const times: (number | undefined)[] = [];
  const fetches: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await freshPage(browser);
    try {
      await page.goto(`${url}?q=${encodeURIComponent(event.title)}`, { timeout: 120_000 });
      const link = page.locator(`a[href$="/events/${event.id}"]`).first();
      await link.waitFor({ timeout: 120_000 });
      const settled = await timeInteraction(page, 'body', () => link.click({ timeout: 180_000 }), {
        quietMs: 200,
        timeoutMs: 60_000,
        minClaims: event.claims,
      });
      times.push(settled.ms);
      const shard = await page.evaluate<{ start: number; end: number } | undefined>(
        `window.__bench.resourceEnd('corpus/events/${event.id}.')`,
      );
      if (shard) fetches.push(shard.end - shard.start);
    } finally {
      await context.close();
    }
  }
  return {
    eventId: event.id,
    claims: event.claims,
    medianMs: median(times.flatMap((t) => (t === undefined ? [] : [t]))),
    shardFetchMs: median(fetches),
    runs: times,
  };
}
