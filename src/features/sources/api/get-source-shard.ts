import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';

// Loaded with the data (see ShardSchema): the bundled corpus does not need it at all.
const loadSourceShardSchema = () =>
  import('@/corpus/shards').then((shards) => shards.sourceShardSchema);

/** A source's text as received, with the offsets of every quote and of its page furniture. */
export function sourceShardQueryOptions(shardPath: string, source: CorpusSource) {
  return queryOptions({
    queryKey: ['corpus', source.key, 'shard', shardPath],
    queryFn: ({ signal }) => source.read(shardPath, loadSourceShardSchema, signal),
  });
}

export function useSourceShard(shardPath: string | undefined) {
  return useQuery({
    ...sourceShardQueryOptions(shardPath ?? '', useCorpusSource()),
    enabled: shardPath !== undefined,
  });
}
