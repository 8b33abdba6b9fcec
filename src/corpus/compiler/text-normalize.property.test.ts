import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFoldableSpace, normalizeQuote, normalizeText, originalSpan } from './text-normalize';

/**
 * The normalization as first written, one offset pair per normalized unit.
 * The module now keeps offsets as pieces and skips work on text that is
 * already normalized; every text and every span must come out the same.
 */
function referenceNormalize(original: string): { text: string; starts: number[]; ends: number[] } {
  const mark = /^[\p{M}\u1160-\u11ff]$/u;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (piece: string, start: number, end: number) => {
    parts.push(piece);
    starts.push(...new Array<number>(piece.length).fill(start));
    ends.push(...new Array<number>(piece.length).fill(end));
  };
  const pushVerbatim = (from: number, to: number) => {
    for (let k = from; k < to; k += 1) push(original.charAt(k), k, k + 1);
  };
  const stable = (code: number) => {
    const char = String.fromCharCode(code);
    return code < 0x300 || (!mark.test(char) && char.normalize('NFC') === char);
  };
  const continues = (codePoint: number) =>
    codePoint >= 0x300 && mark.test(String.fromCodePoint(codePoint));
  const nfc = original.normalize('NFC') === original;
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    if (isFoldableSpace(code)) {
      let end = i + 1;
      while (end < original.length && isFoldableSpace(original.charCodeAt(end))) end += 1;
      push(' ', i, end);
      i = end;
    } else if (nfc) {
      pushVerbatim(i, i + 1);
      i += 1;
    } else {
      const first = original.codePointAt(i) ?? code;
      let end = i + (first > 0xffff ? 2 : 1);
      for (;;) {
        const next = original.codePointAt(end);
        if (next === undefined || !continues(next)) break;
        end += next > 0xffff ? 2 : 1;
      }
      if (end === i + 1 && stable(code)) pushVerbatim(i, end);
      else push(original.slice(i, end).normalize('NFC'), i, end);
      i = end;
    }
  }
  return { text: parts.join(''), starts, ends };
}

const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('ا', 'ب', 'a', 'e', ' ', '\n', '\u00a0', '\u2009') },
  { weight: 2, arbitrary: fc.constantFrom('\u0654', '\u0301', '\u0651\u064e', '\u1100\u1161') },
  { weight: 1, arbitrary: fc.constantFrom('\ud800', '\udc00', '😀', '\u{1d15e}', '\u212b') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
const text = fc.array(unit, { maxLength: 30 }).map((units) => units.join(''));

describe('normalization with offsets matches the per-unit original', () => {
  it('gives the same text and the same original span for every normalized span', () => {
    fc.assert(
      fc.property(text, (original) => {
        const expected = referenceNormalize(original);
        const normalized = normalizeText(original);
        expect(normalized.text).toBe(expected.text);
        for (let from = -1; from <= expected.text.length; from += 1) {
          for (let to = from + 1; to <= expected.text.length + 1; to += 1) {
            expect(originalSpan(normalized, from, to)).toEqual({
              start: expected.starts[from] ?? 0,
              end: expected.ends[to - 1] ?? 0,
            });
          }
        }
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('trims quotes as before', () => {
    fc.assert(
      fc.property(text, (quote) => {
        expect(normalizeQuote(quote)).toBe(referenceNormalize(quote).text.replace(/^ | $/g, ''));
      }),
      { numRuns: 5000 },
    );
  }, 30_000);
});
