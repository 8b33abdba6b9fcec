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
});
