import { locateQuote, MAX_COUNTED_MATCHES } from '@/corpus/compiler/locate-quote';
import { normalizeText, type NormalizedText } from '@/corpus/compiler/text-normalize';

export type SelectedQuote =
  | { ok: true; quote: string; start: number; end: number; occurrence?: number }
  | { ok: false; reason: 'empty' | 'too-repeated' };

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/**
 * The quote a selection of a source's text makes, as the compiler will find it: the selected
 * words without the spaces around them, and, when the same words appear more than once, which
 * occurrence the selection is (counted as the compiler counts, on normalised text). `start`
 * and `end` are offsets in the text as the browser counts them (UTF-16), e.g. a textarea's.
 */
export function quoteFromSelection(
  text: string,
  start: number,
  end: number,
  normalized: NormalizedText = normalizeText(text),
): SelectedQuote {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && isSpace(text[from])) from += 1;
  while (to > from && isSpace(text[to - 1])) to -= 1;
  if (from === to) return { ok: false, reason: 'empty' };
  const quote = text.slice(from, to);
  const once = locateQuote(normalized, quote);
  if (once.ok) return { ok: true, quote, start: from, end: to };
  if (once.reason !== 'ambiguous') return { ok: false, reason: 'empty' };
  if (once.count > MAX_COUNTED_MATCHES) return { ok: false, reason: 'too-repeated' };
  // The occurrence whose span holds the selection's start.
  for (let occurrence = 1; occurrence <= once.count; occurrence += 1) {
    const found = locateQuote(normalized, quote, occurrence);
    if (found.ok && found.start <= from && from < found.end) {
      return { ok: true, quote, start: from, end: to, occurrence };
    }
  }
  return { ok: false, reason: 'empty' };
}
