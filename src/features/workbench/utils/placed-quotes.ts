import { classifyPath } from '@/corpus/compiler/corpus-layout';
import { normalizeQuote } from '@/corpus/compiler/text-normalize';
import type { DraftFiles } from './draft-files';
import { parseJsonObject } from './json-object';

/** One claim's words in one source, as the compiler compares them: source, quote, occurrence. */
export function quoteKey(source: string, quote: string, occurrence: number | undefined): string {
  return JSON.stringify([source, normalizeQuote(quote), occurrence ?? 1]);
}

/** The words every claim already placed in an event stands on, as quoteKey gives them. */
export function placedQuoteKeys(files: DraftFiles): Set<string> {
  const keys = new Set<string>();
  for (const [path, text] of Object.entries(files)) {
    if (classifyPath(path) !== 'event') continue;
    // A file mid-edit places nothing; the check says why.
    const claims = parseJsonObject(text)?.claims;
    if (!Array.isArray(claims)) continue;
    for (const claim of claims as unknown[]) {
      if (typeof claim !== 'object' || claim === null) continue;
      const { source, quote, occurrence } = claim as Record<string, unknown>;
      if (typeof source !== 'string' || typeof quote !== 'string') continue;
      keys.add(quoteKey(source, quote, typeof occurrence === 'number' ? occurrence : undefined));
    }
  }
  return keys;
}
