import { beforeAll, describe, expect, it } from 'vitest';
import { tokenSegments } from '../../src/corpus/search/search-segments';
import { matchesSearch, searchTokens } from '../../src/corpus/search/search-text';
import type { CorpusIndex, SearchShard } from '../../src/corpus/shards';
import { compileCorpusDir } from './compile-corpus-dir';

/** The search shard of data/ with the index, as the app receives them. */
let shard: SearchShard;
let index: CorpusIndex;
beforeAll(async () => {
  const result = await compileCorpusDir('data');
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  shard = result.searchShard.data;
  index = result.index;
});

const l39 = 'l39-landing-hama-airport-2019-06';

/** Where each word of `query` was first met in an event's search text, parties by id. */
function where(eventId: string, query: string) {
  const text = shard.texts[eventId] ?? '';
  const segments = shard.segments?.[eventId] ?? '';
  const parties = index.events.find((event) => event.id === eventId)?.parties ?? [];
  return tokenSegments(text, segments, searchTokens(query)).map((runs) =>
    runs?.map(({ field, party }) =>
      party === undefined ? field : `${field}:${parties[party] ?? `#${String(party)}`}`,
    ),
  );
}

describe('where the bundled corpus’s search words come from', () => {
  it('finds اسقاط in Mada Post’s quote on the L-39 alone', () => {
    const found = Object.keys(shard.texts).filter((id) =>
      matchesSearch(shard.texts[id] ?? '', searchTokens('اسقاط')),
    );
    expect(found).toEqual([l39]);
    expect(where(l39, 'اسقاط')).toEqual([['quote:mada-post']]);
  });

  it('tells Hmeimim’s quote from its translation, and both from the titles', () => {
    expect(where(l39, 'التقارير temperature hama')).toEqual([
      ['quote:hmeimim-base'],
      ['translation:hmeimim-base'],
      ['event-en'],
    ]);
    expect(where(l39, 'حماة')).toEqual([['event-ar']]);
  });

  it('finds a gist’s word in the gist, and a topic’s in the topic', () => {
    expect(where(l39, 'downed')).toEqual([['gist:mada-post']]);
    expect(where(l39, 'foreign support')).toEqual([['topic'], ['topic']]);
  });

  it('has runs for every event, adding up to its text', () => {
    for (const [id, text] of Object.entries(shard.texts)) {
      const runs = (shard.segments?.[id] ?? '').split(' ').map((run) => run.split(':'));
      expect(runs.reduce((sum, [length]) => sum + Number(length), 0)).toBe(text.length);
      const parties = index.events.find((event) => event.id === id)?.parties ?? [];
      for (const [, , party] of runs) {
        if (party !== undefined) expect(Number(party)).toBeLessThan(parties.length);
      }
    }
  });
});
