import type { Browser } from '@playwright/test';
import { freshPage, timeInteraction } from './browser';
import { median } from './stats';

export interface MapRender {
  events: number;
  /** From the click on "Map" (index already loaded) to the first frame with the places drawn. */
  drawnMs: number | undefined;
  /** From the click to the frame after the map and the list beside it stop changing. */
  settledMs: number | undefined;
  runs: (number | undefined)[];
}

/** A drawn place: the SVG exists and holds its marks. */
const DRAWN = '[data-testid="event-map"] a[data-place]';

/**
 * Opens the list, then times the in-app navigation to the map, as a reader
 * gets there: the index loaded, the map's code and geometry not yet fetched.
 */
export async function measureMap(
  browser: Browser,
  url: string,
  events: number,
  runs: number,
): Promise<MapRender> {
  const drawn: (number | undefined)[] = [];
  const settled: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await freshPage(browser);
    try {
      await page.goto(url, { timeout: 120_000 });
      const link = page.locator('header nav a[href$="/map"]').first();
      await link.waitFor({ timeout: 120_000 });
      await page.waitForLoadState('networkidle', { timeout: 120_000 });
      const result = await timeInteraction(page, 'main', () => link.click({ timeout: 180_000 }), {
        quietMs: 200,
        timeoutMs: 60_000,
        first: DRAWN,
      });
      drawn.push(result.firstMs);
      if (result.ms !== undefined) settled.push(result.ms);
    } finally {
      await context.close();
    }
  }
  const timed = drawn.flatMap((ms) => (ms === undefined ? [] : [ms]));
  return { events, drawnMs: median(timed), settledMs: median(settled), runs: drawn };
}
