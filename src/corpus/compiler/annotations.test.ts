import { describe, expect, it } from 'vitest';
import type { CompiledClaim } from '../shards';
import { claimAnnotation } from './annotations';
import { codePointOffset } from './annotations-code-points';
import { sliceCodePoints } from './slice-code-points-fixture';

describe('codePointOffset', () => {
  it('counts a surrogate pair as one code point', () => {
    const text = 'a😀b𝟘c';
    expect(codePointOffset(text, 0)).toBe(0);
    expect(codePointOffset(text, 1)).toBe(1);
    expect(codePointOffset(text, 3)).toBe(2);
    expect(codePointOffset(text, text.length)).toBe(5);
    expect(codePointOffset('قال', 3)).toBe(3);
  });
});

describe('claimAnnotation', () => {
  const claim = (start: number, end: number) =>
    ({ id: 'c', event: 'e', source: 's', saidBy: 'p', quoteStart: start, quoteEnd: end }) as Pick<
      CompiledClaim,
      'id' | 'event' | 'source' | 'saidBy' | 'quoteStart' | 'quoteEnd'
    > as CompiledClaim;

  it('gives code-point positions that re-anchor the quote after astral characters', () => {
    const text = '😀😀 قالت الوزارة إن 40 جنديا قتلوا 😀 end';
    const start = text.indexOf('40');
    const annotation = claimAnnotation(claim(start, start + 11), text, undefined);
    const [quote, position] = annotation.target.selector;
    expect(quote.exact).toBe('40 جنديا قت');
    expect(position.start).toBe(start - 2);
    expect(sliceCodePoints(text, position.start, position.end)).toBe(quote.exact);
    expect(quote.prefix).toBe(text.slice(0, start));
  });

  it('never splits a surrogate pair in the prefix or suffix', () => {
    const text = `${'😀'.repeat(40)}X${'😀'.repeat(40)}`;
    const annotation = claimAnnotation(claim(80, 81), text, undefined);
    const [quote] = annotation.target.selector;
    expect(quote.prefix).toBe('😀'.repeat(32));
    expect(quote.suffix).toBe('😀'.repeat(32));
  });
});
