import { parseCorpusParam, parseCorpusSearch } from './corpus-param';

describe('?corpus=', () => {
  it('keeps a well-formed id and drops anything else', () => {
    expect(parseCorpusParam('my-corpus')).toBe('my-corpus');
    for (const raw of ['', 'My Corpus', '../x', '__proto__', 'a'.repeat(81), 42, ['a'], null]) {
      expect(parseCorpusParam(raw)).toBeUndefined();
    }
  });

  it('adds the key to the root search only when it names an id', () => {
    expect(parseCorpusSearch({ corpus: 'x', lang: 'ar' })).toEqual({ corpus: 'x' });
    expect(parseCorpusSearch({ corpus: '<script>' })).toEqual({});
    expect('corpus' in parseCorpusSearch({})).toBe(false);
  });
});
