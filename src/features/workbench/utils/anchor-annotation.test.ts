import { describe, expect, it } from 'vitest';
import { codePointOffset } from '@/corpus/compiler/annotations-code-points';
import { normalizeText } from '@/corpus/compiler/text-normalize';
import { anchorAnnotation, utf16Offset } from './anchor-annotation';
import { quoteOccurrence } from './quote-occurrence';
import type { ReadAnnotation } from './read-annotations';

const anchorIn = (
  text: string,
  annotation: Omit<ReadAnnotation, 'index' | 'sources'>,
  trust = false,
) => {
  const found = anchorAnnotation(
    text,
    normalizeText(text),
    { index: 1, sources: [], ...annotation },
    trust,
  );
  return found && { ...found, words: text.slice(found.start, found.end) };
};

describe('utf16Offset', () => {
  it('counts a surrogate pair as one code point, and nothing past the end', () => {
    expect(utf16Offset('😀a', 1)).toBe(2);
    expect(utf16Offset('😀a', 2)).toBe(3);
    expect(utf16Offset('😀a', 3)).toBeUndefined();
  });
});

describe('anchorAnnotation', () => {
  const text = '😀 قالت الوزارة إن 40 جنديا قتلوا. وقالت الوزارة إن الهجوم صُدّ.';

  it('anchors by code-point position when the words there are the quote', () => {
    const start = codePointOffset(text, text.indexOf('وقالت'));
    const found = anchorIn(text, {
      quote: { exact: 'وقالت الوزارة' },
      position: { start, end: start + 13 },
    });
    expect(found).toMatchObject({ how: 'position', words: 'وقالت الوزارة' });
  });

  it('trusts a position alone only when the address named the source', () => {
    const position = { start: 2, end: 6 };
    expect(anchorIn(text, { position })).toBeUndefined();
    expect(anchorIn(text, { position }, true)).toMatchObject({ how: 'position', words: 'قالت' });
  });

  it('falls back to the quote when the position points elsewhere, and lets the suffix choose among repeats', () => {
    const found = anchorIn(text, {
      quote: { exact: 'الوزارة إن', suffix: ' الهجوم' },
      position: { start: 0, end: 3 },
    });
    expect(found).toMatchObject({ how: 'quote', tied: false });
    const normalized = normalizeText(text);
    expect(found && quoteOccurrence(normalized, found.words, found.start)).toBe(2);
  });

  it('says it is tied when nothing tells repeats apart', () => {
    expect(anchorIn(text, { quote: { exact: 'الوزارة' } })).toMatchObject({
      how: 'quote',
      tied: true,
      words: 'الوزارة',
    });
  });

  it('re-anchors words that differ slightly on the source’s whole words', () => {
    const found = anchorIn(text, { quote: { exact: 'قالت الوزاره ان 40 جنديا' } });
    expect(found).toMatchObject({ how: 'approximate', words: 'قالت الوزارة إن 40 جنديا' });
  });

  it('anchors nothing when the words are another sentence', () => {
    expect(anchorIn(text, { quote: { exact: 'دخلت القوات التركية مدينة سراقب' } })).toBeUndefined();
  });

  it('matches across whitespace and Unicode forms as the compiler does', () => {
    const spaced = 'قالت\u00a0\u00a0الوزارة  إن';
    expect(anchorIn(spaced, { quote: { exact: 'الوزارة إن' } })).toMatchObject({
      how: 'quote',
      words: 'الوزارة  إن',
    });
  });
});
