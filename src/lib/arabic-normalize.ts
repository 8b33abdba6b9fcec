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

/** The whole folding, in the order that defines it; the fast path must agree with it. */
function foldByPipeline(text: string): string {
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
  );
}

/**
 * Code units whose folding does not depend on their neighbours: Latin up to
 * Extended-B, the Arabic block and general punctuation. None of them is a
 * mark that composes with a Latin letter; Arabic hamza and madda do compose
 * with their letters under NFKC, but NFD splits them again and they are
 * dropped, so folding unit by unit gives the same text. Anything else sends
 * the whole text down the pipeline.
 */
function foldsAlone(code: number): boolean {
  return code < 0x250 || (code >= 0x600 && code < 0x700) || (code >= 0x2000 && code < 0x2070);
}

const LONGER = -4;
const NOT_YET = -3;
const NOT_ALONE = -2;
const DROPPED = -1;
const SEPARATOR = 0x20;
/** Per code unit, filled lazily: its one folded unit (SEPARATOR for a space), DROPPED, or LONGER. */
const unitFolds = new Int32Array(0x2070).fill(NOT_YET);
const longerFolds = new Map<number, string>();

function unitFoldOf(code: number): number {
  if (!foldsAlone(code)) return NOT_ALONE;
  const folded = foldByPipeline(String.fromCharCode(code));
  if (folded === '') return DROPPED;
  if (folded.length === 1) return folded.charCodeAt(0);
  longerFolds.set(code, folded);
  return LONGER;
}

let units = new Uint16Array(4096);

/** Room for `extra` more units in the shared buffer. */
function reserve(count: number, extra: number): Uint16Array {
  if (count + extra > units.length) {
    const grown = new Uint16Array(Math.max(units.length * 2, count + extra));
    grown.set(units.subarray(0, count));
    units = grown;
  }
  return units;
}

/** Folds unit by unit into a shared buffer: no intermediate strings. Undefined when a unit needs the pipeline. */
function foldUnitByUnit(text: string): string | undefined {
  // A separator is written only before the next kept unit: runs collapse, ends trim.
  let buffer = reserve(0, text.length + 1);
  let count = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 0x2070) return undefined;
    let fold = unitFolds[code] ?? NOT_ALONE;
    if (fold === NOT_YET) {
      fold = unitFoldOf(code);
      unitFolds[code] = fold;
    }
    if (fold === SEPARATOR) {
      pendingSpace = count > 0;
    } else if (fold >= 0) {
      if (pendingSpace) {
        buffer[count++] = SEPARATOR;
        pendingSpace = false;
      }
      buffer[count++] = fold;
      // Each unit writes at most two here; longer folds reserve their own room.
      if (count + 2 > buffer.length) buffer = reserve(count, text.length - i + 2);
    } else if (fold === LONGER) {
      const folded = longerFolds.get(code) ?? '';
      buffer = reserve(count, 2 * folded.length + text.length - i + 2);
      for (let j = 0; j < folded.length; j += 1) {
        const unit = folded.charCodeAt(j);
        if (unit === SEPARATOR) {
          pendingSpace = count > 0;
          continue;
        }
        if (pendingSpace) {
          buffer[count++] = SEPARATOR;
          pendingSpace = false;
        }
        buffer[count++] = unit;
      }
    } else if (fold === NOT_ALONE) return undefined;
  }
  return unitsToString(buffer, count);
}

// A folded U+FEFF never reaches the buffer, but a leading one must not be eaten either.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function unitsToString(buffer: Uint16Array, count: number): string {
  return utf16.decode(buffer.subarray(0, count));
}

/**
 * Folds text for matching: compatibility forms (ﻻ, full-width letters) to
 * their plain letters, lower case, no diacritics or tashkeel, one alef, yeh
 * and heh, Latin digits, and every run of punctuation or space as one space.
 */
export function foldForSearch(text: string): string {
  return foldUnitByUnit(text) ?? foldByPipeline(text).trim();
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

/** Removes the space between a letter and a digit: "l 39" → "l39", "يونيو 2019" → "يونيو2019". */
function joinLetterDigit(folded: string): string {
  let joined = '';
  let keptFrom = 0;
  for (let at = folded.indexOf(' '); at !== -1; at = folded.indexOf(' ', at + 1)) {
    const before = codePointBefore(folded, at);
    const after = folded.codePointAt(at + 1);
    if (before === undefined || after === undefined) continue;
    const [left, right] = [classOf(before), classOf(after)];
    if ((left === LETTER && right === NUMBER) || (left === NUMBER && right === LETTER)) {
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

/** Convenience for one-off checks; for many texts, prepare them once and reuse the tokens. */
export function textMatchesQuery(text: string, query: string): boolean {
  return matchesSearch(prepareSearchText(text), searchTokens(query));
}
