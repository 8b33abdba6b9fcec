import type { Browser } from '@playwright/test';
import { freshPage } from './browser';
import { median } from './stats';

export interface ColdLoad {
  /** First frame after the first event card is in the DOM, from navigation start. */
  listPaintedMs: number | undefined;
  lcpMs: number | undefined;
  lcpElement: string | undefined;
  /** When index.json had fully arrived: the rest of listPainted is parsing and rendering. */
  indexFetchedMs: number | undefined;
  indexBytes: number | undefined;
  runs: { listPaintedMs: number; lcpMs: number | undefined; indexFetchedMs: number | undefined }[];
}

interface LoadProbe {
  listPainted: number;
  lcp: { ms: number; element: string } | undefined;
  index: { end: number; bytes: number } | undefined;
}

/** `runs` first visits of the list, each in a new context (cold cache); medians. */
export async function measureColdLoad(
  browser: Browser,
  url: string,
  runs: number,
): Promise<ColdLoad> {
  const results: LoadProbe[] = [];
  for (let run = 0; run < runs; run += 1) {
    const { context, page } = await freshPage(browser);
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      const listPainted = await page.evaluate<number>('window.__bench.listPainted');
      // LCP entries are final only once the page has painted for a moment after the list.
      await page.waitForTimeout(500);
      results.push(
        await page.evaluate<LoadProbe>(`({
          listPainted: ${listPainted},
          lcp: window.__bench.lcp(),
          index: window.__bench.resourceEnd('corpus/index.json'),
        })`),
      );
    } finally {
      await context.close();
    }
  }
  const last = results.at(-1);
  return {
    listPaintedMs: median(results.map((r) => r.listPainted)),
    lcpMs: median(results.flatMap((r) => (r.lcp ? [r.lcp.ms] : []))),
    lcpElement: last?.lcp?.element,
    indexFetchedMs: median(results.flatMap((r) => (r.index ? [r.index.end] : []))),
    indexBytes: last?.index?.bytes,
    runs: results.map((r) => ({
      listPaintedMs: r.listPainted,
      lcpMs: r.lcp?.ms,
      indexFetchedMs: r.index?.end,
    })),
  };
}
