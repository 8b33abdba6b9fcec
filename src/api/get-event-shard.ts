import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { eventShardSchema } from '@/corpus/shards';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';

/** One event's questions and claims; the shard's path comes from the index and is content-hashed. */
export function eventShardQueryOptions(shardPath: string, source: CorpusSource) {
  return queryOptions({
    queryKey: ['corpus', source.key, 'shard', shardPath],
    queryFn: ({ signal }) => source.read(shardPath, eventShardSchema, signal),
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
