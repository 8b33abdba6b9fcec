/**
 * Search folding for Arabic and English text, letter by letter. Readers type "اسقاط" for
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

/** Text folded for search, each folded unit knowing the original units it came from. */
export interface MappedFold {
  /** As `foldForSearch` folds it (one space for each run of separators, none at the ends). */
  folded: string;
  /** Per folded unit: where its original code point starts (a space: where the run starts). */
  from: Int32Array;
  /** Per folded unit: where its original code point ends, exclusive. */
  to: Int32Array;
}

const codePointFolds = new Map<number, string>();

/** One code point folded alone, remembered: the mapped fold asks for each, per card. */
function foldCodePoint(code: number): string {
  let folded = codePointFolds.get(code);
  if (folded === undefined) {
    folded = foldByPipeline(String.fromCodePoint(code));
    codePointFolds.set(code, folded);
  }
  return folded;
}

/**
 * Folds text code point by code point, keeping where each folded unit came
 * from, so a match found in folded text can be marked in the original
 * ("اسقاط" in "إسقاط", "l 39" in "L-39"). The same folding as
 * `foldForSearch` for every text whose code points fold alone; the few that
 * fold with their neighbours (a final Greek sigma) are at worst left unmarked.
 */
export function foldWithOffsets(text: string): MappedFold {
  // At most a few units per code point: sized for the longest folds, trimmed at the end.
  const capacity = 4 * text.length + 4;
  const out = new Uint16Array(capacity);
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  let count = 0;
  let spaceFrom = -1;
  const put = (unit: number, start: number, end: number) => {
    if (unit === SEPARATOR) {
      if (spaceFrom < 0 && count > 0) spaceFrom = start;
      return;
    }
    if (spaceFrom >= 0) {
      out[count] = SEPARATOR;
      from[count] = spaceFrom;
      to[count] = start;
      count += 1;
      spaceFrom = -1;
    }
    out[count] = unit;
    from[count] = start;
    to[count] = end;
    count += 1;
  };
  for (let at = 0; at < text.length;) {
    const code = text.codePointAt(at) ?? 0;
    const next = at + (code > 0xffff ? 2 : 1);
    let fold = code < 0x2070 ? (unitFolds[code] ?? NOT_ALONE) : NOT_ALONE;
    if (fold === NOT_YET) {
      fold = unitFoldOf(code);
      unitFolds[code] = fold;
    }
    if (fold >= 0) put(fold, at, next);
    else if (fold !== DROPPED) {
      const folded = fold === LONGER ? (longerFolds.get(code) ?? '') : foldCodePoint(code);
      for (let i = 0; i < folded.length && count + 2 < capacity; i += 1) {
        put(folded.charCodeAt(i), at, next);
      }
    }
    at = next;
  }
  return { folded: unitsToString(out, count), from: from.slice(0, count), to: to.slice(0, count) };
}

/** Whether a code point vanishes in folding (a mark, tatweel, a lone hamza), as a word's own part. */
export function vanishesInFolding(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  if (code === undefined) return false;
  if (code < 0x2070 && unitFolds[code] === DROPPED) return true;
  return foldCodePoint(code) === '';
}
