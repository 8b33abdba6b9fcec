import { malformedListValues, parseListSearch, withKnownIds } from './list-search';

describe('parseListSearch', () => {
  it('keeps every well-formed value as a string', () => {
    expect(
      parseListSearch({
        actors: 'russian-mod,hts',
        from: '2019-06-01',
        to: '2020-02-29',
        place: 'saraqib',
        topic: 'shelling',
        q: 'L-39',
        lang: 'ar',
      }),
    ).toEqual({
      actors: ['russian-mod', 'hts'],
      from: '2019-06-01',
      to: '2020-02-29',
      place: 'saraqib',
      topic: 'shelling',
      q: 'L-39',
      lang: 'ar',
    });
  });

  it('drops defaults and empty values so they vanish from the URL', () => {
    expect(parseListSearch({})).toEqual({});
    expect(parseListSearch({ actors: '', q: '   ', place: '' })).toEqual({});
  });

  it.each(['2019-13-01', '2019-02-30', '2019-6-1', '20190601', 'yesterday', '2019-06'])(
    'drops the malformed date %s',
    (value) => {
      expect(parseListSearch({ from: value, to: value })).toEqual({});
    },
  );

  it('accepts a leap day only in a leap year', () => {
    expect(parseListSearch({ from: '2020-02-29' })).toEqual({ from: '2020-02-29' });
    expect(parseListSearch({ from: '2019-02-29' })).toEqual({});
  });

  it('drops malformed ids, keeps the rest, and de-duplicates', () => {
    expect(parseListSearch({ actors: 'hts,Bad Id,hts,sohr', place: 'Not/A/Slug' })).toEqual({
      actors: ['hts', 'sohr'],
    });
  });

  it('trims the query and caps it at 200 characters', () => {
    expect(parseListSearch({ q: '  إسقاط  ' })).toEqual({ q: 'إسقاط' });
    const long = parseListSearch({ q: 'ب'.repeat(250) }).q ?? '';
    expect(Array.from(long)).toHaveLength(200);
  });

  it('ignores values of the wrong type instead of throwing', () => {
    expect(parseListSearch({ from: 20190601, q: ['a', 'b'], topic: { x: 1 }, lang: 'fr' })).toEqual(
      {},
    );
  });

  it('is idempotent', () => {
    const once = parseListSearch({ actors: 'hts', q: ' x ', from: '2019-01-01' });
    expect(parseListSearch({ ...once })).toEqual(once);
  });
});

describe('malformedListValues', () => {
  it('lists what the parser dropped', () => {
    expect(
      malformedListValues({
        actors: 'hts,Bad Id',
        from: '2019-13-01',
        to: '2019-06-30',
        place: 'x/y',
        q: ['a', 'b'],
      }),
    ).toEqual([
      { key: 'actors', value: 'Bad Id' },
      { key: 'from', value: '2019-13-01' },
      { key: 'place', value: 'x/y' },
      { key: 'q', value: 'a, b' },
    ]);
  });

  it('lists nothing for a clean or empty URL', () => {
    expect(malformedListValues({ actors: 'hts', q: 'x', lang: 'ar' })).toEqual([]);
    expect(malformedListValues({ place: '', q: '' })).toEqual([]);
  });
});

describe('withKnownIds', () => {
  const known = {
    actors: new Set(['hts', 'sohr']),
    places: new Set(['saraqib']),
    topics: new Set(['shelling']),
  };

  it('keeps known ids and reports unknown ones', () => {
    expect(
      withKnownIds(
        { actors: ['hts', 'ghost'], place: 'atlantis', topic: 'shelling', q: 'x', lang: 'ar' },
        known,
      ),
    ).toEqual({
      filters: { actors: ['hts'], topic: 'shelling', q: 'x' },
      unknown: [
        { key: 'actors', value: 'ghost' },
        { key: 'place', value: 'atlantis' },
      ],
    });
  });

  it('drops the party filter when no selected party is known', () => {
    expect(withKnownIds({ actors: ['ghost'] }, known).filters).toEqual({});
  });
});
