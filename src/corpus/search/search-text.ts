/**
 * Search text for Arabic and English: texts and queries folded the same way
 * (search-fold.ts), then designations ("L-39", "لام 39") and
 * letter-digit runs joined, so a match never depends on spelling variants
 * that carry no meaning for search.
 */
import { foldForSearch } from './search-fold';

/**
 * Arabic names for the letters of aircraft and weapon designations, so that
 * "لام 39" and "L-39" are one search. Only rewritten before a number: "لام"
 * alone stays an Arabic word.
 */
export const designationPrefixes: Readonly<Record<string, string>> = {
  لام: 'l',
  ميغ: 'mig',
  سوخوي: 'su',
  سو: 'su',
};
/** A designation's Arabic letter name before a number: (start or space)(name) space. */
export const designationPattern = new RegExp(
  `(^| )(${Object.keys(designationPrefixes).join('|')}) (?=\\d)`,
  'g',
);

function latinDesignations(folded: string): string {
  return folded.replace(
    designationPattern,
    (_match, space: string, name: string) => `${space}${designationPrefixes[name] ?? name} `,
  );
}

const LETTER = 1;
const NUMBER = 2;
const OTHER = 3;
/** Per BMP code unit, filled lazily: letter, number or neither. */
const unitClasses = new Uint8Array(0x10000);

function classOf(codePoint: number): number {
  const known = codePoint <= 0xffff ? (unitClasses[codePoint] ?? 0) : 0;
  if (known !== 0) return known;
  const char = String.fromCodePoint(codePoint);
  const found = /\p{L}/u.test(char) ? LETTER : /\p{N}/u.test(char) ? NUMBER : OTHER;
  if (codePoint <= 0xffff) unitClasses[codePoint] = found;
  return found;
}

function codePointBefore(text: string, index: number): number | undefined {
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2);
  }
  return index >= 1 ? low : undefined;
}

/** Whether the space at `at` in folded text lies between a letter and a digit, either way round. */
export function joinsLetterAndDigit(folded: string, at: number): boolean {
  const before = codePointBefore(folded, at);
  const after = folded.codePointAt(at + 1);
  if (before === undefined || after === undefined) return false;
  const [left, right] = [classOf(before), classOf(after)];
  return (left === LETTER && right === NUMBER) || (left === NUMBER && right === LETTER);
}

/** Removes the space between a letter and a digit: "l 39" → "l39", "يونيو 2019" → "يونيو2019". */
function joinLetterDigit(folded: string): string {
  let joined = '';
  let keptFrom = 0;
  for (let at = folded.indexOf(' '); at !== -1; at = folded.indexOf(' ', at + 1)) {
    if (joinsLetterAndDigit(folded, at)) {
      joined += folded.slice(keptFrom, at);
      keptFrom = at + 1;
    }
  }
  return keptFrom === 0 ? folded : joined + folded.slice(keptFrom);
}

/**
 * The text a query is matched against: the folded text, and a variant with
 * designations in Latin letters and letter–digit boundaries joined, so "l39",
 * "L 39" and "لام 39" all find "L-39". Variants sit on separate lines, so no
 * token (tokens hold no spaces) can match across them.
 */
export function prepareSearchText(text: string): string {
  const folded = foldForSearch(text);
  const joined = joinLetterDigit(latinDesignations(folded));
  return joined === folded ? folded : `${folded}\n${joined}`;
}

/** One word of a query, with the words it was joined from. */
export interface SearchToken {
  /** The word as it must appear, letter–digit boundaries joined ("l39"). */
  whole: string;
  /**
   * The pieces a space or hyphen separated in the query ("l", "39"). When the
   * whole is not found, all pieces anywhere still count as a match, so
   * "يونيو 2019" finds "يونيو/حزيران 2019".
   */
  parts: readonly string[];
}

/** Splits a query into tokens that all have to match; an empty list matches everything. */
export function searchTokens(query: string): SearchToken[] {
  const words = latinDesignations(foldForSearch(query))
    .split(' ')
    .filter((word) => word.length > 0);
  const tokens: SearchToken[] = [];
  let group: string[] = [];
  const flush = () => {
    if (group.length > 0) tokens.push({ whole: group.join(''), parts: group });
    group = [];
  };
  for (const word of words) {
    const previous = group.at(-1);
    // Only pairs join ("l 39"), so a designation does not swallow the next word.
    const joinsPrevious =
      group.length === 1 &&
      previous !== undefined &&
      ((/\p{L}$/u.test(previous) && /^\p{N}/u.test(word)) ||
        (/\p{N}$/u.test(previous) && /^\p{L}/u.test(word)));
    if (!joinsPrevious) flush();
    group.push(word);
  }
  flush();
  return tokens;
}

/** Whether a text prepared by `prepareSearchText` holds every token of a query. */
export function matchesSearch(prepared: string, tokens: readonly SearchToken[]): boolean {
  return tokens.every(
    (token) =>
      prepared.includes(token.whole) ||
      (token.parts.length > 1 && token.parts.every((part) => prepared.includes(part))),
  );
}
