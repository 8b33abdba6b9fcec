import { locateNumbers, type LocatedNumber } from '@/corpus/compiler/extract-numbers';
import { normalizeText, originalSpan } from '@/corpus/compiler/text-normalize';
import type { Qualifier } from '@/corpus/figure-schema';
import { foldWord } from '@/corpus/compiler/number-words';
import {
  articleAlone,
  atLeastAfter,
  cliticPrefixes,
  monthWords,
  qualifierPhrases,
  vaguePhrases,
  yearWords,
  type VagueMeaning,
} from './figure-words';
import { coreStart, onlySpaceBetween, phraseAt, quoteWords, type QuoteWord } from './quote-words';

export type { VagueMeaning } from './figure-words';

/** A figure read off a quote, for the researcher to take or leave; metric and scope are theirs. */
export interface FigureSuggestion {
  value?: number;
  qualifier?: Qualifier;
  vague?: { word: string; meaning: VagueMeaning };
  /** The words of the quote it was read from («ما يصل إلى 40»). */
  words: string;
}

interface Reading {
  from: number;
  to: number;
  suggestion: Omit<FigureSuggestion, 'words'>;
}

/** Clitics a vague word may carry: «والعشرات», «بمئات», «للآلاف». */
const vaguePrefixes = ['و', 'ف', 'ب', 'ل', 'ال', 'وال', 'بال', 'فال', 'لل'];

const percentWords = new Set(['بالمئة', 'بالمائة', 'بالمية'].map(foldWord));

const isMonth = (text: string, word: QuoteWord | undefined): boolean =>
  word !== undefined && (monthWords.has(word.folded) || text.slice(word.start, word.end) === 'May');

/** The index of the last word that ends at or before `at`, or -1. */
function wordBefore(words: readonly QuoteWord[], at: number): number {
  let index = -1;
  for (let i = 0; i < words.length && (words[i]?.end ?? Infinity) <= at; i += 1) index = i;
  return index;
}

function readQualifier(
  text: string,
  words: readonly QuoteWord[],
  number: LocatedNumber,
): { qualifier: Qualifier; from: number; to: number } | undefined {
  let last = wordBefore(words, number.at);
  let gapEnd = number.at;
  const article = words[last];
  if (article?.folded === articleAlone && onlySpaceBetween(text, article.end, gapEnd)) {
    gapEnd = article.start;
    last -= 1;
  }
  const before = words[last];
  if (before && onlySpaceBetween(text, before.end, gapEnd)) {
    for (const { meaning, words: phrase } of qualifierPhrases) {
      const first = words[last - phrase.length + 1];
      const found = phraseAt(text, words, last - phrase.length + 1, phrase, cliticPrefixes);
      if (found !== undefined && first) {
        // Shown without its clitic: «أكثر من 200», not «بأكثر من 200».
        return {
          qualifier: meaning,
          from: coreStart(text, first, phrase[0] ?? ''),
          to: number.end,
        };
      }
    }
  }
  // «40 جندياً على الأقل»: right after the number, or after the one word it counts.
  const next = wordBefore(words, number.end) + 1;
  const first = words[next];
  if (!first || !onlySpaceBetween(text, number.end, first.start)) return undefined;
  for (const at of [next, next + 1]) {
    const start = words[at]?.start ?? first.end;
    const end = words[at + 1]?.end;
    const found = phraseAt(text, words, at, atLeastAfter, []);
    if (found !== undefined && end !== undefined && onlySpaceBetween(text, first.end, start)) {
      return { qualifier: 'at-least', from: number.at, to: end };
    }
  }
  return undefined;
}

/** A day or a year ("22 كانون الثاني", "أبريل 2019", «عام 2016»), or a model ("Su-24"). */
function isNotAFigure(text: string, words: readonly QuoteWord[], number: LocatedNumber): boolean {
  const written = text.slice(number.at, number.end);
  const previousIndex = wordBefore(words, number.at);
  const previous = words[previousIndex];
  const next = words[previousIndex + 1];
  const nextIsNear = next !== undefined && /^[\s/,-]*$/.test(text.slice(number.end, next.start));
  const previousIsNear =
    previous !== undefined && /^[\s/,-]*$/.test(text.slice(previous.end, number.at));
  if (/^\d+$/u.test(written.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, '0'))) {
    if ((nextIsNear && isMonth(text, next)) || (previousIsNear && isMonth(text, previous))) {
      return true;
    }
    const isYearLike = written.length === 4 && number.value >= 1900 && number.value < 2100;
    // "2000 عنصر" is a count; "2020" before a comma, a full stop or nothing is a year.
    const standsAlone = next === undefined || !/^\s+$/.test(text.slice(number.end, next.start));
    if (isYearLike && ((previousIsNear && yearWords.has(previous.folded)) || standsAlone)) {
      return true;
    }
  }
  // «50 بالمئة», «في المئة»: the per cent sign, not a hundred.
  const folded = foldWord(written);
  if (percentWords.has(folded) || (folded === foldWord('المئة') && previous?.folded === 'في')) {
    return true;
  }
  // «الساعة 10», "10:30": a time of day.
  if (previousIsNear && previous.folded === foldWord('الساعة')) return true;
  if (/^:\d/.test(text.slice(number.end)) || /\d:$/.test(text.slice(0, number.at))) return true;
  const before = text.slice(Math.max(0, number.at - 2), number.at);
  return /[A-Za-z]-?$|[\p{L}\p{M}]-$/u.test(before);
}

function numberReadings(text: string, words: readonly QuoteWord[]): Reading[] {
  return locateNumbers(text)
    .filter((number) => !isNotAFigure(text, words, number))
    .map((number) => {
      const read = readQualifier(text, words, number);
      return {
        from: read?.from ?? number.at,
        to: read?.to ?? number.end,
        suggestion: { value: number.value, qualifier: read?.qualifier ?? 'exact' },
      };
    });
}

function vagueReadings(text: string, words: readonly QuoteWord[], numbers: Reading[]): Reading[] {
  const readings: Reading[] = [];
  const inNumber = (at: number) => numbers.some((number) => at >= number.from && at < number.to);
  for (let i = 0; i < words.length; i += 1) {
    for (const { meaning, words: phrase } of vaguePhrases) {
      const first = words[i];
      const last = words[i + phrase.length - 1];
      const start = phraseAt(text, words, i, phrase, vaguePrefixes);
      if (start === undefined || !first || !last || inNumber(first.start)) continue;
      const from = coreStart(text, first, phrase[0] ?? '');
      readings.push({
        from,
        to: last.end,
        suggestion: { vague: { word: text.slice(from, last.end), meaning } },
      });
      i += phrase.length - 1;
      break;
    }
  }
  return readings;
}

const sameSuggestion = (a: Reading['suggestion'], b: Reading['suggestion']) =>
  a.value === b.value && a.qualifier === b.qualifier && a.vague?.word === b.vague?.word;

/**
 * The figures a quote states, in the order it states them: numbers as the compiler's own
 * reader finds them (so each passes its figure check), with the qualifier read from the words
 * before them, and vague words kept as words. Days, years and model numbers are left out.
 */
export function suggestFigures(quote: string): FigureSuggestion[] {
  const normalized = normalizeText(quote);
  const { text } = normalized;
  const words = quoteWords(text);
  const numbers = numberReadings(text, words);
  const all = [...numbers, ...vagueReadings(text, words, numbers)].sort((a, b) => a.from - b.from);
  const kept = all.filter(
    (reading, index) =>
      all.findIndex((other) => sameSuggestion(other.suggestion, reading.suggestion)) === index,
  );
  return kept.map(({ from, to, suggestion }) => {
    const { start, end } = originalSpan(normalized, from, to);
    return { ...suggestion, words: quote.slice(start, end) };
  });
}
