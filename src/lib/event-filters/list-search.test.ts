import { stringifySearchParams } from '@/lib/search-string';
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
      place: ['saraqib'],
      topic: ['shelling'],
      q: 'L-39',
      lang: 'ar',
    });
  });

  it('reads several places and topics, comma-separated or repeated, as actors are read', () => {
    expect(parseListSearch({ place: 'idlib,hama', topic: ['shelling', 'truce,shelling'] })).toEqual(
      { place: ['idlib', 'hama'], topic: ['shelling', 'truce'] },
    );
  });

  it('reads the switches by their one non-default word each', () => {
    expect(
      parseListSearch({ members: 'exclude', match: 'all', sort: 'disputes', disputed: 'only' }),
    ).toEqual({ members: 'exclude', match: 'all', sort: 'disputes', disputed: 'only' });
  });

  it('drops a switch spelled as its default, so the default never reaches the URL', () => {
    expect(
      parseListSearch({ members: 'include', match: 'any', sort: 'date', disputed: 'all' }),
    ).toEqual({});
  });

  it.each([
    ['members', 'EXCLUDE'],
    ['members', 'none'],
    ['match', 'both'],
    ['sort', 'disputed'],
    ['disputed', 'yes'],
  ])('drops the malformed %s=%s', (key, value) => {
    expect(parseListSearch({ [key]: value })).toEqual({});
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
    expect(
      parseListSearch({ actors: 'hts,Bad Id,hts,sohr', place: 'Not/A/Slug', topic: 'a,a,B' }),
    ).toEqual({ actors: ['hts', 'sohr'], topic: ['a'] });
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

  it('round-trips every key through the URL the app writes', () => {
    const search = parseListSearch({
      actors: 'russia,sohr',
      members: 'exclude',
      match: 'all',
      place: 'idlib-governorate,hama-governorate',
      topic: 'ceasefire',
      disputed: 'only',
      sort: 'disputes',
      q: 'x',
    });
    const url = stringifySearchParams({ ...search });
    expect(url).toBe(
      '?actors=russia,sohr&members=exclude&match=all&place=idlib-governorate,hama-governorate' +
        '&topic=ceasefire&disputed=only&sort=disputes&q=x',
    );
    const read = Object.fromEntries(new URLSearchParams(url));
    expect(parseListSearch(read)).toEqual(search);
    expect(malformedListValues(read)).toEqual([]);
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

  it('lists malformed places and topics one by one, and malformed switches', () => {
    expect(
      malformedListValues({
        place: 'idlib,Bad Place',
        topic: ['shelling', '%%'],
        members: 'exclude',
        match: 'both',
        sort: 'disputes',
        disputed: 'yes',
      }),
    ).toEqual([
      { key: 'place', value: 'Bad Place' },
      { key: 'topic', value: '%%' },
      { key: 'match', value: 'both' },
      { key: 'disputed', value: 'yes' },
    ]);
  });

  it('does not report a switch spelled as its default', () => {
    expect(
      malformedListValues({ members: 'include', match: 'any', sort: 'date', disputed: 'all' }),
    ).toEqual([]);
  });

  it('lists nothing for a clean or empty URL', () => {
    expect(malformedListValues({ actors: 'hts', q: 'x', lang: 'ar' })).toEqual([]);
    expect(malformedListValues({ place: '', q: '' })).toEqual([]);
  });
});

describe('a key given more than once', () => {
  it('means its value when every copy agrees, as a pasted link repeats it', () => {
    expect(
      parseListSearch({
        from: ['2019-05-01', '2019-05-01'],
        q: ['40', '40'],
        sort: ['disputes', 'disputes'],
      }),
    ).toEqual({ from: '2019-05-01', q: '40', sort: 'disputes' });
    expect(malformedListValues({ from: ['2019-05-01', '2019-05-01'] })).toEqual([]);
  });

  it('is ignored when the copies differ, and reported once per value however often it is repeated', () => {
    expect(parseListSearch({ from: ['2019-05-01', '2019-06-01'] })).toEqual({});
    const repeated = Array.from({ length: 5000 }, () => '2019-13-01');
    expect(malformedListValues({ from: repeated, to: ['x', 'y', 'x'] })).toEqual([
      { key: 'from', value: '2019-13-01' },
      { key: 'to', value: 'x' },
      { key: 'to', value: 'y' },
    ]);
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
        { actors: ['hts', 'ghost'], place: ['atlantis'], topic: ['shelling'], q: 'x', lang: 'ar' },
        known,
      ),
    ).toEqual({
      filters: { actors: ['hts'], topic: ['shelling'], q: 'x' },
      unknown: [
        { key: 'actors', value: 'ghost' },
        { key: 'place', value: 'atlantis' },
      ],
    });
  });

  it('drops the party filter when no selected party is known', () => {
    expect(withKnownIds({ actors: ['ghost'] }, known).filters).toEqual({});
  });

  it('keeps the known places of several and reports each unknown one', () => {
    expect(withKnownIds({ place: ['saraqib', 'atlantis', 'eldorado'] }, known)).toEqual({
      filters: { place: ['saraqib'] },
      unknown: [
        { key: 'place', value: 'atlantis' },
        { key: 'place', value: 'eldorado' },
      ],
    });
  });

  it('keeps "all of" only while two known parties are chosen, and the other switches as they are', () => {
    const switches = { members: 'exclude', disputed: 'only', sort: 'disputes' } as const;
    expect(
      withKnownIds({ actors: ['hts', 'sohr'], match: 'all', ...switches }, known).filters,
    ).toEqual({ actors: ['hts', 'sohr'], match: 'all', ...switches });
    expect(withKnownIds({ actors: ['hts', 'ghost'], match: 'all' }, known).filters).toEqual({
      actors: ['hts'],
    });
  });
});
