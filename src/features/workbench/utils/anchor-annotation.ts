import {
  normalizeQuote,
  originalSpan,
  type NormalizedText,
} from '@/corpus/compiler/text-normalize';
import { matchQuote } from './match-quote';
import type { ReadAnnotation } from './read-annotations';

/** Where an annotation's words sit in one source's text (UTF-16 offsets), and how it was found. */
export interface Anchor {
  start: number;
  end: number;
  /** By its position selector, its exact words, or words that differ slightly from its quote. */
  how: 'position' | 'quote' | 'approximate';
  /** The context did not settle which of several places was meant: the first was taken. */
  tied: boolean;
  score: number;
}

/** The UTF-16 offset of code point `points` of `text`; undefined past its end. */
export function utf16Offset(text: string, points: number): number | undefined {
  let unit = 0;
  for (let point = 0; point < points; point += 1) {
    if (unit >= text.length) return undefined;
    const code = text.charCodeAt(unit);
    const pair = code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length;
    const low = pair ? text.charCodeAt(unit + 1) : 0;
    unit += pair && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  }
  return unit;
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);
const isWordPart = (char: string | undefined) =>
  char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);

/** The span without the spaces at its ends, as the compiler trims a quote. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && isSpace(text[from])) from += 1;
  while (to > from && isSpace(text[to - 1])) to -= 1;
  return { start: from, end: to };
}

/**
 * Approximate matches may start or end inside a word (the quote dropped a letter the text
 * has): the claim takes the source's whole words, never half of one.
 */
function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from > 0 && isWordPart(text[from - 1]) && isWordPart(text[from])) from -= 1;
  while (to < text.length && isWordPart(text[to]) && isWordPart(text[to - 1])) to += 1;
  return { start: from, end: to };
}

/**
 * Context compared, either side: Hypothesis records 32 characters and Riwaya 32 code points; a
 * file with pages of context would make each comparison cost as much as a search of the text.
 */
const MAX_CONTEXT = 64;

const context = (text: string | undefined) => text?.normalize('NFC').replace(/\s+/gu, ' ');

function byPosition(
  text: string,
  annotation: ReadAnnotation,
  trustPosition: boolean,
): Anchor | undefined {
  if (annotation.position === undefined) return undefined;
  const start = utf16Offset(text, annotation.position.start);
  const end = utf16Offset(text, annotation.position.end);
  if (start === undefined || end === undefined) return undefined;
  const slice = text.slice(start, end);
  const exact = annotation.quote?.exact;
  const agrees =
    exact === undefined ? trustPosition : normalizeQuote(slice) === normalizeQuote(exact);
  if (!agrees || normalizeQuote(slice) === '') return undefined;
  return { ...trimmed(text, start, end), how: 'position', tied: false, score: 1 };
}

/**
 * Anchors an annotation in one source: by its position selector when the words there are its
 * quote (or, with no quote, when its address named this source: `trustPosition`); else by its
 * exact words, the prefix and suffix choosing among repeats; else by the closest words, when
 * the text differs slightly from the quote. Undefined when none holds.
 */
export function anchorAnnotation(
  text: string,
  normalized: NormalizedText,
  annotation: ReadAnnotation,
  trustPosition: boolean,
): Anchor | undefined {
  const positioned = byPosition(text, annotation, trustPosition);
  if (positioned) return positioned;
  if (annotation.quote === undefined) return undefined;
  const quote = normalizeQuote(annotation.quote.exact);
  if (quote === '' || quote === ' ') return undefined;
  const hint =
    annotation.position === undefined ? undefined : utf16Offset(text, annotation.position.start);
  const found = matchQuote(normalized.text, quote, {
    prefix: context(annotation.quote.prefix)?.slice(-MAX_CONTEXT),
    suffix: context(annotation.quote.suffix)?.slice(0, MAX_CONTEXT),
    hint,
  });
  if (found === undefined) return undefined;
  const { best, tied } = found;
  const exact = best.errors === 0;
  const span = originalSpan(normalized, best.start, best.end);
  const words = exact ? span : wholeWords(text, span.start, span.end);
  const anchored = trimmed(text, words.start, words.end);
  if (anchored.start === anchored.end) return undefined;
  return { ...anchored, how: exact ? 'quote' : 'approximate', tied, score: best.score };
}
