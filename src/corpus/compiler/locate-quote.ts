import { normalizeQuote, normalizeText, originalSpan, type NormalizedText } from './text-normalize';

export type QuoteLocation =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'blank' | 'not-found' }
  | { ok: false; reason: 'ambiguous' | 'no-such-occurrence'; count: number };

/** Normalizes each source text once, however many quotes are searched in it. */
export class NormalizedTextCache {
  private readonly cache = new Map<string, NormalizedText>();

  get(key: string, text: string): NormalizedText {
    let normalized = this.cache.get(key);
    if (normalized === undefined) {
      normalized = normalizeText(text);
      this.cache.set(key, normalized);
    }
    return normalized;
  }

  /**
   * Normalizes a text ahead of its quotes; why it could not be, or undefined. Whatever a
   * pathological text still makes the engine throw (a RangeError: out of memory, too long a
   * string) becomes a reason to report as a problem line, not a crash with a native stack.
   */
  prepare(key: string, text: string): string | undefined {
    try {
      this.get(key, text);
      return undefined;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return `this text cannot be checked (${error.message}); split it or remove what repeats`;
    }
  }
}

/**
 * Matches past this are not counted: a text of one letter repeated holds millions of matches
 * of a two-letter quote, and listing them all crashed the compiler. The message then says
 * "more than" this.
 */
export const MAX_COUNTED_MATCHES = 100;

/**
 * Where the wanted (1-based) match of a span starts, and how many matches were counted: all of
 * them up to the wanted one, then on until the count settles the answer (two, to know a span
 * without `occurrence` is ambiguous; a few more, to say how many for the message).
 */
function findMatch(
  haystack: string,
  needle: string,
  wanted: number,
  countUpTo: number,
): { at: number | undefined; count: number } {
  let found: number | undefined;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    count += 1;
    if (count === wanted) found = at;
    if (count >= wanted && count > countUpTo) break;
  }
  return { at: found, count };
}

/**
 * Finds a verbatim span after NFC and whitespace folding on both sides, and
 * returns its UTF-16 offsets in the original text. A span found more than
 * once needs `occurrence` (1-based) to say which one is meant.
 */
export function locateQuote(
  source: NormalizedText,
  quote: string,
  occurrence?: number,
): QuoteLocation {
  const needle = normalizeQuote(quote);
  if (needle === '' || needle === ' ') return { ok: false, reason: 'blank' };
  // With an occurrence, only as many matches as it names are looked for.
  const { at, count } = findMatch(
    source.text,
    needle,
    occurrence ?? 1,
    occurrence === undefined ? MAX_COUNTED_MATCHES : 0,
  );
  if (count === 0) return { ok: false, reason: 'not-found' };
  if (occurrence === undefined && count > 1) return { ok: false, reason: 'ambiguous', count };
  if (at === undefined) return { ok: false, reason: 'no-such-occurrence', count };
  return { ok: true, ...originalSpan(source, at, at + needle.length) };
}

/** The sentence a checker prints for a failed location. */
export function describeQuoteFailure(
  failure: Exclude<QuoteLocation, { ok: true }>,
  what: string,
  where: string,
  occurrence?: number,
): string {
  switch (failure.reason) {
    case 'blank':
      return `${what} is blank`;
    case 'not-found':
      return `${what} not found in ${where}`;
    case 'ambiguous':
      return failure.count > MAX_COUNTED_MATCHES
        ? `${what} appears more than ${MAX_COUNTED_MATCHES} times in ${where}; quote a longer span, or add "occurrence" to say which`
        : `${what} appears ${failure.count} times in ${where}; add "occurrence" (1 to ${failure.count}) to say which`;
    case 'no-such-occurrence':
      return `occurrence ${occurrence ?? 1} is beyond the ${failure.count} ${failure.count === 1 ? 'time' : 'times'} the ${what} appears in ${where}`;
  }
}
