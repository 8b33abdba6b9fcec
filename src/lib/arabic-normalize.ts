/**
 * Search folding for Arabic and English text. Readers type "اسقاط" for
 * "إسقاط", "l39" for "L-39", Arabic-Indic digits for Latin ones; the corpus
 * spells things the way its sources did. Both sides are folded the same way
 * so that a match never depends on spelling variants that carry no meaning
 * for search.
 */

const arabicIndicZero = 0x0660;
const extendedArabicIndicZero = 0x06f0;

/** Letters folded to one form after marks are gone (NFD already split أ إ آ ؤ ئ into base + hamza/madda). */
const letterFolds: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0649': '\u064a', // ى alef maqsura → ي
  '\u06cc': '\u064a', // ی Farsi yeh → ي
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06c0': '\u0647', // ۀ heh with yeh above → ه
  '\u06be': '\u0647', // ھ heh doachashmee → ه
  '\u06a9': '\u0643', // ک keheh → ك
  '\u0621': '', // ء lone hamza: dropped, as its seat's hamza is
  '\u0674': '', // ٴ high hamza
  '\u0640': '', // ـ tatweel: stretches a word, never changes it
};
const letterFoldPattern = new RegExp(`[${Object.keys(letterFolds).join('')}]`, 'g');

function foldDigit(char: string): string {
  const code = char.charCodeAt(0);
  const zero = code >= extendedArabicIndicZero ? extendedArabicIndicZero : arabicIndicZero;
  return String.fromCharCode(0x30 + code - zero);
}

/**
 * Folds text for matching: compatibility forms (ﻻ, full-width letters) to
 * their plain letters, lower case, no diacritics or tashkeel, one alef, yeh
 * and heh, Latin digits, and every run of punctuation or space as one space.
 */
export function foldForSearch(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, foldDigit)
      .toLowerCase()
      .normalize('NFD')
      // Combining marks: Latin accents, tashkeel, superscript alef, and the hamza/madda NFD split off.
      .replace(/\p{M}/gu, '')
      // Invisible format characters (ZWNJ, bidi marks, soft hyphen) sit inside words.
      .replace(/\p{Cf}/gu, '')
      .replace(letterFoldPattern, (char) => letterFolds[char] ?? char)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * Arabic names for the letters of aircraft and weapon designations, so that
 * "لام 39" and "L-39" are one search. Only rewritten before a number: "لام"
 * alone stays an Arabic word.
 */
const designationPrefixes: Record<string, string> = {
  لام: 'l',
  ميغ: 'mig',
  سوخوي: 'su',
  سو: 'su',
};
const designationPattern = new RegExp(
  `(^| )(${Object.keys(designationPrefixes).join('|')}) (?=\\d)`,
  'g',
);

function latinDesignations(folded: string): string {
  return folded.replace(
    designationPattern,
    (_match, space: string, name: string) => `${space}${designationPrefixes[name] ?? name} `,
  );
}

/** Removes the space between a letter and a digit: "l 39" → "l39", "يونيو 2019" → "يونيو2019". */
function joinLetterDigit(folded: string): string {
  return folded.replace(/(?<=\p{L}) (?=\p{N})|(?<=\p{N}) (?=\p{L})/gu, '');
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

/** Convenience for one-off checks; for many texts, prepare them once and reuse the tokens. */
export function textMatchesQuery(text: string, query: string): boolean {
  return matchesSearch(prepareSearchText(text), searchTokens(query));
}
