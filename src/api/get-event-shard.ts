import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';

// Loaded with the data, not before the first render (see ShardSchema).
const loadEventShardSchema = () =>
  import('@/corpus/shards').then((shards) => shards.eventShardSchema);

/** One event's questions and claims; the shard's path comes from the index and is content-hashed. */
export function eventShardQueryOptions(shardPath: string, source: CorpusSource) {
  return queryOptions({
    queryKey: ['corpus', source.key, 'shard', shardPath],
    queryFn: ({ signal }) => source.read(shardPath, loadEventShardSchema, signal),
  });
}

export function useEventShard(shardPath: string | undefined) {
  return useQuery({
    ...eventShardQueryOptions(shardPath ?? '', useCorpusSource()),
    enabled: shardPath !== undefined,
  });
}

/** Several events' shards at once, one query each, sharing the cache with `useEventShard`. */
export function useEventShards(shardPaths: readonly string[]) {
  const source = useCorpusSource();
  return useQueries({
    queries: shardPaths.map((shardPath) => eventShardQueryOptions(shardPath, source)),
  });
}
