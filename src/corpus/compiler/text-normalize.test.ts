import { describe, expect, it } from 'vitest';
import { normalizeQuote, normalizeText, originalSpan } from './text-normalize';

function spanOf(original: string, needle: string) {
  const normalized = normalizeText(original);
  const from = normalized.text.indexOf(normalizeQuote(needle));
  return originalSpan(normalized, from, from + normalizeQuote(needle).length);
}

describe('normalizeText', () => {
  it('folds every run of Unicode whitespace to one space', () => {
    expect(normalizeText('a \t\n\u00a0b\u2009\u202fc\r\nd').text).toBe('a b c d');
  });

  it('keeps a space inside a word: folding does not join broken words', () => {
    expect(normalizeText('جر  ح و قا سياً').text).toBe('جر ح و قا سياً');
  });

  it('composes to NFC', () => {
    expect(normalizeText('e\u0301te\u0301').text).toBe('\u00e9t\u00e9');
    // alef + hamza above composes to أ
    expect(normalizeText('\u0627\u0654كد').text).toBe('\u0623كد');
  });

  it('orders Arabic marks canonically (shadda then fatha becomes fatha then shadda)', () => {
    expect(normalizeText('ر\u0651\u064eد').text).toBe('ر\u064e\u0651د');
  });

  it('maps normalized spans back to the original text', () => {
    const original = 'قال:\n  جر  ح\u00a0أكثر من 200';
    const span = spanOf(original, 'جر ح أكثر');
    expect(original.slice(span.start, span.end)).toBe('جر  ح\u00a0أكثر');
  });

  it('maps through compositions to whole clusters', () => {
    const original = 'x cafe\u0301 y';
    const span = spanOf(original, 'caf\u00e9');
    expect(original.slice(span.start, span.end)).toBe('cafe\u0301');
  });

  it('survives lone surrogates and astral characters', () => {
    const original = 'a\ud800b 😀\u0301 c';
    expect(normalizeText(original).text).toBe('a\ud800b 😀\u0301 c');
    const span = spanOf(original, 'b 😀\u0301');
    expect(original.slice(span.start, span.end)).toBe('b 😀\u0301');
  });
});

describe('normalizeQuote', () => {
  it('normalizes like a text and trims the ends', () => {
    expect(normalizeQuote('\n  جر  ح \u00a0')).toBe('جر ح');
  });
});
