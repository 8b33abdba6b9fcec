import type { Browser, Page } from '@playwright/test';
import { isoDay, SPAN_DAYS } from '../synth/dates';
import { freshPage, heapAfterGc, timeInteraction, type Settled } from './browser';
import { RESULTS } from './page-probe';
import { percentile } from './stats';

export interface Latencies {
  attempted: number;
  /** Inputs that left the list as it was (no DOM change): not timed. */
  unchanged: number;
  p50: number | undefined;
  p95: number | undefined;
  max: number | undefined;
}

export interface FilterRun {
  party: Latencies;
  date: Latencies;
  search: Latencies;
  /** The first search keystroke also fetches every quote and translation (the search shard). */
  firstSearchMs: number | undefined;
  heap: { afterLoad: number; afterWarmUp: number; afterInteractions: number; interactions: number };
}

const PARTIES = 'aside input[type="checkbox"]';
// The list's "From" field (components/ui/date-input.tsx), which also takes year-month-day.
const DATE_FROM = 'aside input[data-day-field]';
const SEARCH = 'aside input[type="search"]';
/** Past this much time on one kind (and 5 inputs), a kind stops: at scale one input can take seconds. */
const BUDGET_MS = 120_000;
/** Playwright's own wait for an input to go through, when the page is busy rendering. */
const ACTION = { timeout: 180_000 };

function within(started: number, done: number, wanted: number): boolean {
  return done < wanted && (done < 5 || performance.now() - started < BUDGET_MS);
}

/** Words readers would type: places, things and their Arabic, each prefix a new query. */
const WORDS = ['Saraqib', 'hospital', 'سراقب', 'drones', 'الهدنة', 'Palmyra', 'عشرات', 'airport'];

function summarise(results: readonly Settled[]): Latencies {
  const times = results.flatMap((r) => (r.ms === undefined ? [] : [r.ms]));
  return {
    attempted: results.length,
    unchanged: results.length - times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: percentile(times, 100),
  };
}

async function partyToggles(page: Page, count: number): Promise<Settled[]> {
  const boxes = page.locator(PARTIES);
  const parties = Math.max(1, Math.min(await boxes.count(), Math.ceil(count / 2)));
  const results: Settled[] = [];
  const started = performance.now();
  for (let i = 0; within(started, results.length, count); i += 1) {
    const box = boxes.nth(Math.floor(i / 2) % parties);
    results.push(await timeInteraction(page, RESULTS, () => box.click(ACTION)));
  }
  // An odd number leaves a party ticked: untick it, untimed.
  if (results.length % 2 === 1)
    await boxes.nth(Math.floor((results.length - 1) / 2) % parties).click(ACTION);
  return results;
}

/** "From" dates stepping through the corpus's years, so each change moves the list. */
async function dateChanges(page: Page, count: number): Promise<Settled[]> {
  const field = page.locator(DATE_FROM).first();
  const results: Settled[] = [];
  const started = performance.now();
  for (let i = 0; within(started, results.length, count); i += 1) {
    const day = isoDay(Math.floor(((i * 0.381966) % 1) * SPAN_DAYS));
    results.push(await timeInteraction(page, RESULTS, () => field.fill(day, ACTION)));
  }
  await field.fill('', ACTION);
  await page.waitForTimeout(300);
  return results;
}

/** Types whole words one keystroke at a time, and clears each with one Backspace. */
async function searchKeystrokes(page: Page, count: number): Promise<Settled[]> {
  const field = page.locator(SEARCH).first();
  await field.click(ACTION);
  const results: Settled[] = [];
  const started = performance.now();
  for (let w = 0; within(started, results.length, count); w += 1) {
    for (const char of WORDS[w % WORDS.length] ?? '') {
      if (!within(started, results.length, count)) break;
      results.push(await timeInteraction(page, RESULTS, () => page.keyboard.type(char)));
    }
    await page.keyboard.press('Control+A');
    results.push(await timeInteraction(page, RESULTS, () => page.keyboard.press('Backspace')));
  }
  return results;
}

/**
 * Loads the list, warms each kind of input once (the first search fetches
 * the quote texts), then times `perKind` inputs of each kind, with the JS
 * heap after load, after the warm-up and after every timed input.
 */
export async function measureFilters(
  browser: Browser,
  url: string,
  perKind: number,
): Promise<FilterRun> {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate('window.__bench.listPainted');
    const afterLoad = await heapAfterGc(page);

    await partyToggles(page, 2);
    await dateChanges(page, 1);
    await page.locator(SEARCH).first().click(ACTION);
    // The quote texts may already be in (a prerendered page fetches what it deferred before it
    // hydrates): wait for them in the page's resource timings, never for a response that came.
    const quotes = page
      .waitForFunction(
        () =>
          performance
            .getEntriesByType('resource')
            .some((entry) => entry.name.includes('/corpus/search/')),
        undefined,
        { timeout: 120_000 },
      )
      .catch(() => undefined);
    const first = await timeInteraction(
      page,
      RESULTS,
      async () => {
        await page.keyboard.type('a');
        await quotes;
      },
      { quietMs: 500, timeoutMs: 60_000 },
    );
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(500);
    const afterWarmUp = await heapAfterGc(page);

    const party = await partyToggles(page, perKind);
    const date = await dateChanges(page, perKind);
    const search = await searchKeystrokes(page, perKind);
    const afterInteractions = await heapAfterGc(page);
    return {
      party: summarise(party),
      date: summarise(date),
      search: summarise(search),
      firstSearchMs: first.ms,
      heap: {
        afterLoad,
        afterWarmUp,
        afterInteractions,
        interactions: party.length + date.length + search.length,
      },
    };
  } finally {
    await context.close();
  }
}
