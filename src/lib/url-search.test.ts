import { slugSchema } from '@/corpus/primitives';
import { isSlug, parseIdList, parseRootSearch } from './url-search';

describe('parseRootSearch', () => {
  it('keeps a known language and ignores anything else', () => {
    expect(parseRootSearch({ lang: 'ar', q: 'x' })).toEqual({ lang: 'ar' });
    for (const lang of ['fr', 'AR', '', ['ar'], 1, null, undefined]) {
      expect(parseRootSearch({ lang })).toEqual({});
    }
  });
});

describe('isSlug', () => {
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

describe('parseIdList', () => {
  it('splits on commas, trims, drops malformed ids and de-duplicates', () => {
    expect(parseIdList(' hts , Bad Id,hts,sohr')).toEqual(['hts', 'sohr']);
    expect(parseIdList(['hts,sohr', 'nlf', 7])).toEqual(['hts', 'sohr', 'nlf']);
  });

  it('gives undefined when nothing usable is left', () => {
    for (const value of [undefined, '', ',', 'Bad Id', 42, { a: 1 }]) {
      expect(parseIdList(value)).toBeUndefined();
    }
  });
});
