import { describe, expect, it } from 'vitest';
import { shardFixture } from '@/testing/export-fixture';
import { corpusIndexFixture } from '@/testing/corpus-index-fixture';
import { corpusLookups, withShardSources } from './corpus-lookups';

describe('corpusLookups', () => {
  it('builds the index maps once per index', () => {
    const lookups = corpusLookups(corpusIndexFixture);
    expect(corpusLookups(corpusIndexFixture)).toBe(lookups);
    expect(lookups.events.size).toBe(corpusIndexFixture.events.length);
  });

  it('knows each event’s place in the index, for ordering what a source cites', () => {
    const { eventOrder } = corpusLookups(corpusIndexFixture);
    expect([...eventOrder]).toEqual(
      corpusIndexFixture.events.map((event, position) => [event.id, position]),
    );
  });

  it('names sources only from the event shards it is given: the index lists none', () => {
    expect(corpusLookups(corpusIndexFixture).sources.size).toBe(0);
    const withShard = corpusLookups(corpusIndexFixture, [shardFixture]);
    expect([...withShard.sources.keys()]).toEqual(shardFixture.sources.map((source) => source.id));
    expect(withShard.actors).toBe(corpusLookups(corpusIndexFixture).actors);
  });

  it('extends lookups with one shard once, so memoised views keep their props', () => {
    const base = corpusLookups(corpusIndexFixture);
    expect(withShardSources(base, shardFixture)).toBe(withShardSources(base, shardFixture));
    expect(corpusLookups(corpusIndexFixture, [shardFixture])).toBe(
      withShardSources(base, shardFixture),
    );
  });
});
