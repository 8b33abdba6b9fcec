import { describe, expect, it } from 'vitest';
import { contentHash } from './content-hash';

describe('contentHash', () => {
  it('is 16 lower-case hex digits, stable for the same text', () => {
    expect(contentHash('قال')).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash('قال')).toBe(contentHash('قال'));
  });

  it('changes when the text changes', () => {
    expect(contentHash('{"a":1}')).not.toBe(contentHash('{"a":2}'));
    expect(contentHash('')).not.toBe(contentHash(' '));
  });

  it('keeps the values shard names already carry (cyrb53 as first written)', () => {
    expect(contentHash('')).toBe('488bdcb81aee8d83');
    expect(contentHash(' ')).toBe('2347b1af3bf17b24');
    expect(contentHash('قال')).toBe('c3c18f460adc8690');
    expect(contentHash('{"a":1}')).toBe('de3034b77cc1d846');
    expect(contentHash('L-39 \u{1F600} \ud800')).toBe('e835f666ef44e252');
    expect(contentHash('x'.repeat(1000))).toBe('819a7942aee5273b');
  });
});
