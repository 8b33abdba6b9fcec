import { corpusLookups } from '@/lib/corpus-lookups';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { eventSearchTexts, searchShardTexts } from './event-search-texts';
import { filterEvents } from './filter-events';

const searchTexts = eventSearchTexts(corpusIndexFixture, corpusLookups(corpusIndexFixture));
const found = (q: string) =>
  filterEvents(corpusIndexFixture.events, { q }, { searchTexts }).events.map((e) => e.id);

describe('eventSearchTexts', () => {
  it('has one prepared text per event, built once per index', () => {
    expect(searchTexts.size).toBe(corpusIndexFixture.events.length);
    expect(eventSearchTexts(corpusIndexFixture, corpusLookups(corpusIndexFixture))).toBe(
      searchTexts,
    );
  });

  it('finds events by party aliases, place names and topic labels in either language', () => {
    expect(found('قوات الاسد')).toEqual(['saraqib-market', 'winter-offensive']);
    expect(found('سراقب')).toEqual(['saraqib-market', 'winter-offensive']);
    expect(found('aircraft')).toEqual(['jet-downed']);
  });
});

describe('searchShardTexts', () => {
  it('maps each event to its shard text, once per shard', () => {
    const shard = { formatVersion: 2 as const, texts: { a: 'quote words', c: 'only quotes' } };
    const texts = searchShardTexts(shard);
    expect([...texts]).toEqual([
      ['a', 'quote words'],
      ['c', 'only quotes'],
    ]);
    expect(searchShardTexts(shard)).toBe(texts);
  });
});
