import { describe, expect, it } from 'vitest';
import { slugSchema } from './primitives';
import { isSlug, maxSlugLength } from './slug';

describe('isSlug', () => {
  it('accepts lower-case runs joined by single hyphens', () => {
    for (const value of ['hts', 'russian-mod', 'a1-b2', '2019', 'a'.repeat(maxSlugLength)]) {
      expect(isSlug(value)).toBe(true);
    }
  });

  it('rejects anything else', () => {
    for (const value of ['', 'Bad', 'a--b', '-a', 'a-', 'a b', 'a_b', 'é', '../x', '__proto__']) {
      expect(isSlug(value)).toBe(false);
    }
    expect(isSlug('a'.repeat(maxSlugLength + 1))).toBe(false);
  });

  // The URL check runs without zod; it must agree with the corpus's own id rule.
  it.each([
    'hts',
    'russian-mod',
    'a1-b2',
    '',
    'Bad',
    'a--b',
    '-a',
    'a-',
    'a b',
    '../x',
    '__proto__',
  ])('agrees with the corpus slug schema on %j', (value) => {
    expect(isSlug(value)).toBe(slugSchema.safeParse(value).success);
  });

  it('agrees on the length limit and on non-strings', () => {
    for (const value of ['a'.repeat(80), 'a'.repeat(81), 42, ['a'], null, undefined]) {
      expect(isSlug(value)).toBe(slugSchema.safeParse(value).success);
    }
  });
});
