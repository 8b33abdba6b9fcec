import { foldWord } from '@/corpus/compiler/number-words';
import { nextWordStart, wordEnd } from '@/corpus/compiler/word-scan';

/** A word of a text as the compiler's number reader splits it, with its folded form. */
export interface QuoteWord {
  start: number;
  end: number;
  folded: string;
}

export function quoteWords(text: string): QuoteWord[] {
  const words: QuoteWord[] = [];
  for (let start = nextWordStart(text, 0); start < text.length;) {
    const end = wordEnd(text, start);
    words.push({ start, end, folded: foldWord(text.slice(start, end)) });
    start = nextWordStart(text, end);
  }
  return words;
}

/** Whether only spaces stand between `from` and `to` (a phrase does not run across a comma). */
export function onlySpaceBetween(text: string, from: number, to: number): boolean {
  return /^\s*$/.test(text.slice(from, to));
}

/**
 * Whether `words[at...]` spell `phrase`, the first word perhaps behind one of `prefixes`
 * («بأكثر من», «والآلاف»), separated by spaces only. Returns the phrase's start, or undefined.
 */
export function phraseAt(
  text: string,
  words: readonly QuoteWord[],
  at: number,
  phrase: readonly string[],
  prefixes: readonly string[],
): number | undefined {
  if (at < 0 || at + phrase.length > words.length) return undefined;
  for (let i = 0; i < phrase.length; i += 1) {
    const word = words[at + i];
    const expected = phrase[i];
    if (word === undefined || expected === undefined) return undefined;
    if (i > 0) {
      const previous = words[at + i - 1];
      if (previous === undefined || !onlySpaceBetween(text, previous.end, word.start)) {
        return undefined;
      }
    }
    if (word.folded === expected) continue;
    const prefix = word.folded.slice(0, word.folded.length - expected.length);
    if (i === 0 && word.folded.endsWith(expected) && prefixes.includes(prefix)) continue;
    return undefined;
  }
  return words[at]?.start;
}

/** Where in `text` a word starts once a prefix is left out: the first letter (not a mark) from which it folds to `core`. */
export function coreStart(text: string, word: QuoteWord, core: string): number {
  for (let at = word.start; at < word.end; at += 1) {
    if (/\p{M}/u.test(text.charAt(at))) continue;
    if (foldWord(text.slice(at, word.end)) === core) return at;
  }
  return word.start;
}
