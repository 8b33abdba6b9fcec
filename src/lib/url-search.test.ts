import { parseIdList, parseRootSearch } from './url-search';

describe('parseRootSearch', () => {
  it('keeps a known language and ignores anything else', () => {
    expect(parseRootSearch({ lang: 'ar', q: 'x' })).toEqual({ lang: 'ar' });
    for (const lang of ['fr', 'AR', '', ['ar'], 1, null, undefined]) {
      expect(parseRootSearch({ lang })).toEqual({});
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
