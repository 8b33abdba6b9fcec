import { corpusLookups } from '@/lib/corpus-lookups';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { eventSearchTexts, withQuoteTexts } from './event-search-texts';
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

describe('withQuoteTexts', () => {
  it('adds quote text to an event without losing its own text, and keeps other events', () => {
    const base = new Map([
      ['a', 'title a'],
      ['b', 'title b'],
    ]);
    const merged = withQuoteTexts(base, {
      formatVersion: 2,
      texts: { a: 'quote words', c: 'only quotes' },
    });
    expect(merged.get('a')).toBe('title a\nquote words');
    expect(merged.get('b')).toBe('title b');
    expect(merged.get('c')).toBe('\nonly quotes');
    expect(base.get('a')).toBe('title a');
  });
});
