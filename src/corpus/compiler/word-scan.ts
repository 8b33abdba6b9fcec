/**
 * Words as `/[\p{L}\p{M}\u0640]+/gu` finds them (letters, marks, tatweel;
 * code points, not units), scanned by hand: number extraction reads every
 * quote, and a regex iterator allocates a match per word.
 */

const WORD = 1;
const OTHER = 2;
const wordCodePoint = /^[\p{L}\p{M}\u0640]$/u;
/** Per BMP code unit, filled lazily. */
const unitKinds = new Uint8Array(0x10000);

function isWordCodePoint(codePoint: number): boolean {
  if (codePoint > 0xffff) return wordCodePoint.test(String.fromCodePoint(codePoint));
  let kind = unitKinds[codePoint] ?? 0;
  if (kind === 0) {
    // A lone surrogate is no code point the pattern could match.
    const isSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
    kind = !isSurrogate && wordCodePoint.test(String.fromCharCode(codePoint)) ? WORD : OTHER;
    unitKinds[codePoint] = kind;
  }
  return kind === WORD;
}

function codePointLength(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

/** Index of the first word unit at or after `from`, or the text's length. */
export function nextWordStart(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const codePoint = text.codePointAt(at) ?? 0;
    if (isWordCodePoint(codePoint)) return at;
    at += codePointLength(codePoint);
  }
  return text.length;
}

/** Index right after the word that starts at `start`. */
export function wordEnd(text: string, start: number): number {
  let at = start;
  while (at < text.length) {
    const codePoint = text.codePointAt(at) ?? 0;
    if (!isWordCodePoint(codePoint)) return at;
    at += codePointLength(codePoint);
  }
  return text.length;
}
