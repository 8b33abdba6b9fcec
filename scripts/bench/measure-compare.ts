import type { Browser } from '@playwright/test';
import { freshPage, timeInteraction } from './browser';
import { median } from './stats';

export interface CompareRender {
  eventId: string;
  claims: number;
  /**
   * From the click on the event's link to the first frame showing the
   * overview and the first screen of claim cards: what the reader sees first
   * (the view renders its other sections right after, in the background).
   */
  firstScreenMs: number | undefined;
  /** From the click to the frame after all its claims are in the DOM. */
  medianMs: number | undefined;
  /** Of that, fetching the event's shard (the rest is parsing and rendering). */
  shardFetchMs: number | undefined;
  runs: (number | undefined)[];
}

/** The view's first frame: header, who spoke, controls and the overview, a screenful at 1280 px. */
const FIRST_SCREEN = '[data-overview] tbody tr';

/**
 * Opens the list filtered to the event, then times the in-app navigation
 * to its comparison, as a reader gets there: index loaded, the page at
 * rest, the event's shard not fetched yet.
 */
export async function measureCompare(
  browser: Browser,
  url: string,
  event: { id: string; title: string; claims: number },
  runs: number,
): Promise<CompareRender> {
  const times: (number | undefined)[] = [];
  const firstScreens: number[] = [];
  const fetches: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await freshPage(browser);
    try {
      await page.goto(`${url}?q=${encodeURIComponent(event.title)}`, { timeout: 120_000 });
      const link = page.locator(`a[href$="/events/${event.id}"]`).first();
      await link.waitFor({ timeout: 120_000 });
      // The list's search also fetches the quote texts (megabytes): let that finish, so the
      // figure is the comparison's own (its shard's fetch, parse and render), not a race
      // with a download the reader's click does not need. Until 2026-12 it was measured
      // during that download, adding 30-150 ms of waiting for the shard.
      await page.waitForLoadState('networkidle', { timeout: 120_000 });
      const settled = await timeInteraction(page, 'body', () => link.click({ timeout: 180_000 }), {
        quietMs: 200,
        timeoutMs: 60_000,
        minClaims: event.claims,
        first: FIRST_SCREEN,
      });
      times.push(settled.ms);
      if (settled.firstMs !== undefined) firstScreens.push(settled.firstMs);
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
    firstScreenMs: median(firstScreens),
    medianMs: median(times.flatMap((t) => (t === undefined ? [] : [t]))),
    shardFetchMs: median(fetches),
    runs: times,
  };
}
