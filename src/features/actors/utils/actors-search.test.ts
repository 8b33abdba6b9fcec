import { maxQueryLength } from '@/lib/url-search';
import { parseActorsSearch } from './actors-search';

describe('parseActorsSearch', () => {
  it('keeps a trimmed query and the language', () => {
    expect(parseActorsSearch({ q: '  النمر ', lang: 'ar' })).toEqual({ q: 'النمر', lang: 'ar' });
  });

  it('drops an empty or malformed query', () => {
    expect(parseActorsSearch({ q: '   ' })).toEqual({});
    expect(parseActorsSearch({ q: ['tiger'] })).toEqual({});
    expect(parseActorsSearch({})).toEqual({});
  });

  it('caps the query as the list does', () => {
    expect(parseActorsSearch({ q: 'x'.repeat(maxQueryLength + 50) }).q).toHaveLength(
      maxQueryLength,
    );
  });
});
