import { parseCompareSearch } from './compare-search';

describe('parseCompareSearch', () => {
  it('keeps the language, the parties in their order, and a non-default text mode', () => {
    expect(parseCompareSearch({ lang: 'ar', actors: 'sohr,hts', text: 'original' })).toEqual({
      lang: 'ar',
      actors: ['sohr', 'hts'],
      text: 'original',
    });
  });

  it('leaves the default text mode out of the URL', () => {
    expect(parseCompareSearch({ text: 'both' })).toEqual({});
  });

  it('ignores malformed values instead of throwing', () => {
    expect(
      parseCompareSearch({ lang: 'fr', actors: 'Bad Id', text: 'ORIGINAL', extra: '1' }),
    ).toEqual({});
    expect(parseCompareSearch({ text: ['original'], actors: 3 })).toEqual({});
  });

  it('keeps the focus toggles only when they are on', () => {
    expect(parseCompareSearch({ questions: 'disputed', empty: 'hide' })).toEqual({
      questions: 'disputed',
      empty: 'hide',
    });
    expect(parseCompareSearch({ questions: 'all', empty: 'show' })).toEqual({});
    expect(parseCompareSearch({ questions: 'DISPUTED', empty: ['hide'] })).toEqual({});
  });
});
