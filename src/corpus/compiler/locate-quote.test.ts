import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileErrors, minimalCorpus } from './corpus-fixture';
import {
  MAX_COUNTED_MATCHES,
  NormalizedTextCache,
  describeQuoteFailure,
  locateQuote,
} from './locate-quote';
import { normalizeText, originalSpan } from './text-normalize';

/** A few megabytes stand in for the 200 MB texts that crashed the compiler: same shape, same path. */
const MEGABYTES = 4 * 1024 * 1024;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('locating a quote in a pathological text', () => {
  it('stops counting the matches of a two-letter quote in one letter repeated', () => {
    const text = normalizeText('a'.repeat(MEGABYTES));
    const found = locateQuote(text, 'aa');
    expect(found).toEqual({ ok: false, reason: 'ambiguous', count: MAX_COUNTED_MATCHES + 1 });
    if (found.ok || found.reason !== 'ambiguous') throw new Error('expected ambiguous');
    expect(describeQuoteFailure(found, 'quote', 'the text')).toBe(
      `quote appears more than ${MAX_COUNTED_MATCHES} times in the text; quote a longer span, or add "occurrence" to say which`,
    );
  });

  it('finds a named occurrence without listing every match, and counts exactly below it', () => {
    const text = normalizeText('a'.repeat(MEGABYTES));
    expect(locateQuote(text, 'aa', 3)).toEqual({ ok: true, start: 2, end: 4 });
    expect(locateQuote(normalizeText('ab ab ab'), 'ab', 5)).toEqual({
      ok: false,
      reason: 'no-such-occurrence',
      count: 3,
    });
    expect(locateQuote(normalizeText('ab ab ab'), 'ab')).toEqual({
      ok: false,
      reason: 'ambiguous',
      count: 3,
    });
  });

  it('folds "letter, tab" repeated into one piece of offsets, and maps spans back', () => {
    const original = 'a\t'.repeat(MEGABYTES / 2);
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('a '.repeat(MEGABYTES / 2));
    // One tab for one space maps unit for unit: no piece per tab (there were a million).
    expect(normalized.offsets.pieceStarts).toHaveLength(1);
    const from = normalized.text.length - 4;
    expect(originalSpan(normalized, from, from + 3)).toEqual({ start: from, end: from + 3 });
  });

  it('keeps mapping runs that fold to fewer units', () => {
    const normalized = normalizeText('x\t\ty\t\tz');
    expect(normalized.text).toBe('x y z');
    expect(originalSpan(normalized, 2, 5)).toEqual({ start: 3, end: 7 });
  });

  it('builds a long normalized text with many changes in chunks, exactly', () => {
    const original = 'e\u0301\t\t'.repeat(200_000);
    const normalized = normalizeText(original);
    expect(normalized.text).toBe('\u00e9 '.repeat(200_000));
    expect(originalSpan(normalized, 2, 3)).toEqual({ start: 4, end: 6 });
  });

  it('reports a text the engine cannot normalize as a problem line, not a crash', () => {
    vi.spyOn(NormalizedTextCache.prototype, 'get').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    expect(compileErrors(minimalCorpus())).toEqual([
      {
        file: 'data/sources/mada-tal-milh.txt',
        path: '$',
        message:
          'this text cannot be checked (Invalid string length); split it or remove what repeats',
      },
    ]);
  });
});
