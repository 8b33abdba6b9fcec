import { foldWithOffsets, vanishesInFolding } from './search-fold';
import {
  designationPattern,
  designationPrefixes,
  joinsLetterAndDigit,
  type SearchToken,
} from './search-text';

/** A run of the original text to mark, in UTF-16 units: [start, end). */
export interface TextRange {
  start: number;
  end: number;
}

/** Where a query's words are in some texts shown together: the runs to mark, and which tokens were found. */
export interface SearchHits {
  /** Per text: sorted runs, overlapping and touching ones merged. */
  ranges: TextRange[][];
  /** Per token of the query, in its order: whether the texts hold it. */
  found: boolean[];
}

/** Folded text with, per unit, the original run it stands for. */
interface Mapped {
  text: string;
  from: ArrayLike<number>;
  to: ArrayLike<number>;
}

/** "لام 39" → "l 39", each Latin letter standing for the whole Arabic name. */
function withLatinDesignations(mapped: Mapped): Mapped {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let copied = 0;
  const copy = (end: number) => {
    for (; copied < end; copied += 1) {
      text += mapped.text.charAt(copied);
      from.push(mapped.from[copied] ?? 0);
      to.push(mapped.to[copied] ?? 0);
    }
  };
  for (const match of mapped.text.matchAll(designationPattern)) {
    const [, space = '', name = ''] = match;
    const nameStart = match.index + space.length;
    const nameEnd = nameStart + name.length;
    copy(nameStart);
    const latin = designationPrefixes[name] ?? name;
    for (const letter of latin) {
      text += letter;
      from.push(mapped.from[nameStart] ?? 0);
      to.push(mapped.to[nameEnd - 1] ?? 0);
    }
    copied = nameEnd;
  }
  copy(mapped.text.length);
  return { text, from, to };
}

/** "l 39" → "l39": the spaces search drops between letters and digits, dropped here too. */
function withLetterDigitJoined(mapped: Mapped): Mapped {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  for (let at = 0; at < mapped.text.length; at += 1) {
    if (mapped.text.charAt(at) === ' ' && joinsLetterAndDigit(mapped.text, at)) continue;
    text += mapped.text.charAt(at);
    from.push(mapped.from[at] ?? 0);
    to.push(mapped.to[at] ?? 0);
  }
  return { text, from, to };
}

/** The original runs where `word` occurs in the mapped text. */
function occurrences(mapped: Mapped, word: string, original: string): TextRange[] {
  const ranges: TextRange[] = [];
  if (word.length === 0) return ranges;
  for (let at = mapped.text.indexOf(word); at !== -1; at = mapped.text.indexOf(word, at + 1)) {
    let end = mapped.to[at + word.length - 1] ?? 0;
    // Marks and tatweel after the last letter belong to it: "إسقاطٌ" is marked whole.
    while (end < original.length && vanishesInFolding(original, end)) {
      end += (original.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
    }
    ranges.push({ start: mapped.from[at] ?? 0, end });
  }
  return ranges;
}

function merged(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const range of sorted) {
    const last = out.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

type Finder = (word: string) => TextRange[];

/**
 * The texts folded lately. A list re-renders the same few dozen cards at every
 * keystroke, and folding their titles and summaries again each time cost more
 * than the rest of the keystroke (tens of ms for 60 cards); finding the words
 * in folded text is cheap. Enough for two pages of cards in both languages.
 */
const recentFinders = new Map<string, Finder>();
const REMEMBERED = 512;

/** A text's folded forms, for finding a word's occurrences in the original. */
function finder(text: string): Finder {
  const known = recentFinders.get(text);
  if (known) return known;
  const fold = foldWithOffsets(text);
  const plain: Mapped = { text: fold.folded, from: fold.from, to: fold.to };
  const joined = withLetterDigitJoined(withLatinDesignations(plain));
  const variants = joined.text === plain.text ? [plain] : [plain, joined];
  const find: Finder = (word) => variants.flatMap((variant) => occurrences(variant, word, text));
  recentFinders.set(text, find);
  if (recentFinders.size > REMEMBERED) {
    const oldest = recentFinders.keys().next().value;
    if (oldest !== undefined) recentFinders.delete(oldest);
  }
  return find;
}

/**
 * Where a query's tokens occur in texts shown together (a card's title and
 * summary), by the same folding and joining as the search itself: "اسقاط"
 * marks "إسقاط", "l39" marks "L-39" and "لام 39". A token's whole is marked
 * where it occurs; when it occurs nowhere, but every piece it was joined
 * from does ("يونيو 2019" in "يونيو/حزيران 2019"), as the search accepts, the
 * pieces are, except one-letter pieces, which would mark half the text.
 */
export function searchHits(texts: readonly string[], tokens: readonly SearchToken[]): SearchHits {
  const finders = texts.map(finder);
  const ranges: TextRange[][] = texts.map(() => []);
  const findAll = (word: string) => finders.map((find) => find(word));
  const mark = (found: TextRange[][]) => {
    found.forEach((runs, text) => ranges[text]?.push(...runs));
  };
  const found = tokens.map((token) => {
    const whole = findAll(token.whole);
    if (whole.some((runs) => runs.length > 0)) {
      mark(whole);
      return true;
    }
    if (token.parts.length < 2) return false;
    const parts = token.parts.map(findAll);
    if (parts.some((part) => part.every((runs) => runs.length === 0))) return false;
    token.parts.forEach((part, position) => {
      if (part.length > 1) mark(parts[position] ?? []);
    });
    return true;
  });
  return { ranges: ranges.map(merged), found };
}
