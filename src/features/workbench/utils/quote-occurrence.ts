import {
  normalizeQuote,
  originalSpan,
  type NormalizedText,
} from '@/corpus/compiler/text-normalize';

/**
 * Which occurrence of `quote` the one starting at `start` (UTF-16, in the text as received) is,
 * counted as the compiler counts (check-quotes / locate-quote): on the normalised text, every
 * match from 1, overlapping ones too. Undefined when the quote appears once and so needs none.
 */
export function quoteOccurrence(
  normalized: NormalizedText,
  quote: string,
  start: number,
): number | undefined {
  const needle = normalizeQuote(quote);
  if (needle === '') return undefined;
  let count = 0;
  let wanted: number | undefined;
  for (
    let at = normalized.text.indexOf(needle);
    at !== -1;
    at = normalized.text.indexOf(needle, at + 1)
  ) {
    count += 1;
    if (wanted === undefined && originalSpan(normalized, at, at + needle.length).start === start) {
      wanted = count;
    }
    if (wanted !== undefined && count > 1) break;
  }
  return count > 1 ? wanted : undefined;
}
