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
}

/** Start indices of every (possibly overlapping) match, from the first. */
function matchesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    found.push(at);
  }
  return found;
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
  const matches = matchesOf(source.text, needle);
  if (matches.length === 0) return { ok: false, reason: 'not-found' };
  if (occurrence === undefined && matches.length > 1) {
    return { ok: false, reason: 'ambiguous', count: matches.length };
  }
  const from = matches[(occurrence ?? 1) - 1];
  if (from === undefined) return { ok: false, reason: 'no-such-occurrence', count: matches.length };
  return { ok: true, ...originalSpan(source, from, from + needle.length) };
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
      return `${what} appears ${failure.count} times in ${where}; add "occurrence" (1 to ${failure.count}) to say which`;
    case 'no-such-occurrence':
      return `occurrence ${occurrence ?? 1} is beyond the ${failure.count} ${failure.count === 1 ? 'time' : 'times'} the ${what} appears in ${where}`;
  }
}
