import { parseSourcesSearch } from './sources-search';

describe('parseSourcesSearch', () => {
  it('keeps a trimmed query, the non-default order and the language', () => {
    expect(parseSourcesSearch({ q: '  الأسد ', sort: 'cited', lang: 'ar' })).toEqual({
      q: 'الأسد',
      sort: 'cited',
      lang: 'ar',
    });
  });

  it('drops defaults and malformed values, so they leave the URL', () => {
    expect(parseSourcesSearch({ q: '   ', sort: 'date', lang: 'fr' })).toEqual({});
    expect(parseSourcesSearch({ q: 42, sort: ['cited'] })).toEqual({});
  });

  it('cuts a query to 200 characters', () => {
    expect(parseSourcesSearch({ q: 'ا'.repeat(500) }).q).toHaveLength(200);
  });
});
