import { describe, expect, it } from 'vitest';
import { corpusLookups } from '@/lib/corpus-lookups';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { filterIndexEvents } from './filter-index-events';

const lookups = corpusLookups(corpusIndexFixture);
const ids = (q: string | undefined, texts?: Record<string, string>) =>
  filterIndexEvents(
    corpusIndexFixture,
    lookups,
    q === undefined ? {} : { q },
    texts && { formatVersion: 2, texts },
  ).events.map((event) => event.id);

describe('filterIndexEvents', () => {
  it('lists every event when nobody searches', () => {
    expect(ids(undefined)).toHaveLength(corpusIndexFixture.events.length);
  });

  it('searches titles and party names until the search shard arrives', () => {
    expect(ids('قوات الاسد')).toEqual(['saraqib-market', 'winter-offensive']);
  });

  it('searches the search shard’s words once it is there', () => {
    expect(ids('unheard', { 'jet-downed': 'an unheard quote' })).toEqual(['jet-downed']);
  });
});
