/**
 * Every bound on what Riwaya accepts from outside, in one place (SECURITY.md quotes them).
 * A self-contained link and an imported corpus are written by whoever sent them: what they
 * ask a page to render must stay within what a tab renders without freezing.
 *
 * Import bounds sit well above the benchmark corpus (`npm run corpus:synth`: 10,000 events,
 * 100,000 claims); snapshot bounds well above the largest real comparison (the benchmark's
 * flagship event: 200 claims, 12 parties).
 */

/** One self-contained link (`#data=`): one event and what it refers to. */
export const SNAPSHOT_LIMITS = {
  parties: 100,
  questions: 200,
  claims: 1_000,
  sources: 500,
  /** Any single text in the link (a title, a quote, a note). */
  textChars: 20_000,
} as const;

/** One imported corpus (a bundle or a zipped folder). */
export const IMPORT_LIMITS = {
  events: 50_000,
  parties: 10_000,
  claimsPerEvent: 5_000,
  claims: 500_000,
  questionsPerEvent: 1_000,
  /** Any single text in a data file (a title, a quote); source texts are files, bounded by size. */
  textChars: 100_000,
} as const;

/**
 * The largest file a corpus may hold, in `npm run corpus` and in an import alike. A long
 * article is under 1 MB and the largest event file of the 10,000-event benchmark corpus a few
 * kB; a larger file is a mistake or an attack (a 200 MB text ran the compiler out of memory),
 * refused before it is read.
 */
export const MAX_CORPUS_FILE_BYTES = 16 * 1024 * 1024;

/** Problems listed before the compiler only counts the rest: a broken file can yield millions. */
export const MAX_LISTED_PROBLEMS = 10_000;

/** Problems an import page shows at once; the rest are copied, not rendered. */
export const SHOWN_PROBLEMS = 300;

/**
 * A party page loads and lists the claims of this many events at a time, then more on request:
 * a party that spoke in every event of a large import fetched every event's shard at once.
 */
export const PARTY_EVENTS_PAGE = 25;

/**
 * The length of the first text in a parsed JSON value longer than `limit`, or undefined. Walked
 * with an explicit stack, never recursion: a hostile file or link can nest deeply.
 */
export function longTextLength(value: unknown, limit: number): number | undefined {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string' && item.length > limit) return item.length;
    if (typeof item === 'object' && item !== null) {
      for (const child of Object.values(item as Record<string, unknown>)) pending.push(child);
    }
  }
  return undefined;
}

/** The sentence a refusal says: which bound, the number found, the limit. */
export function describeExcess(what: string, found: number, limit: number): string {
  return `${what}: ${found.toLocaleString('en-US')} found, the limit is ${limit.toLocaleString('en-US')}`;
}
