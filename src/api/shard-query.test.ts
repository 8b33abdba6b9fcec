import { QueryClient, skipToken } from '@tanstack/react-query';
import { SHARD_FORMAT_VERSION } from '@/corpus/format-version';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import type { ShardSchema } from '@/lib/fetch-json';
import { corpusIndexQueryOptions } from './get-corpus-index';
import { eventShardQueryOptions } from './get-event-shard';
import { searchShardQueryOptions } from './get-search-shard';
import { corpusKeys, shardQueryOptions } from './shard-query';

const searchShard = { formatVersion: SHARD_FORMAT_VERSION, texts: { 'idlib-halt': 'هدنة truce' } };

/** A corpus whose every file is the search shard above, checked as imported corpora are. */
function echoSource(key: string): CorpusSource & { reads: string[] } {
  const reads: string[] = [];
  return {
    key,
    kind: 'imported',
    reads,
    async read<T>(path: string, schema: ShardSchema<T>): Promise<T> {
      reads.push(path);
      const loaded = typeof schema === 'function' ? await schema() : schema;
      return loaded.parse(searchShard);
    },
  };
}

describe('corpusKeys', () => {
  const mine = echoSource('imported:mine@1');

  it('begins every key with the corpus, so two corpora never share an entry', () => {
    expect(corpusKeys.index(mine)).toEqual(['corpus', 'imported:mine@1', 'index']);
    expect(corpusKeys.shard(mine, 'events/a.1a2b.json')).toEqual([
      'corpus',
      'imported:mine@1',
      'shard',
      'events/a.1a2b.json',
    ]);
    expect(corpusKeys.shard(echoSource('bundled'), 'events/a.1a2b.json')).not.toEqual(
      corpusKeys.shard(mine, 'events/a.1a2b.json'),
    );
  });

  it('is the key of every fetcher, so each shard is cached once whoever reads it', () => {
    expect(corpusIndexQueryOptions(mine).queryKey).toEqual(corpusKeys.index(mine));
    expect(eventShardQueryOptions('events/a.json', mine).queryKey).toEqual(
      corpusKeys.shard(mine, 'events/a.json'),
    );
    expect(searchShardQueryOptions('search.json', mine).queryKey).toEqual(
      corpusKeys.shard(mine, 'search.json'),
    );
  });
});

describe('shardQueryOptions', () => {
  it('waits (skipToken) while the path is not known', () => {
    const options = shardQueryOptions(echoSource('bundled'), undefined, (s) => s.searchShardSchema);
    expect(options.queryFn).toBe(skipToken);
  });

  it('reads the path through the corpus source, with the picked schema loaded on demand', async () => {
    const source = echoSource('imported:mine@1');
    const client = new QueryClient();
    const options = shardQueryOptions(source, 'search.0a1b.json', (s) => s.searchShardSchema);
    await expect(client.query(options)).resolves.toEqual(searchShard);
    expect(source.reads).toEqual(['search.0a1b.json']);
  });
});
