import { useQueries, useQuery } from '@tanstack/react-query';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';
import { shardQueryOptions } from './shard-query';

/** One event's questions and claims; the shard's path comes from the index and is content-hashed. */
export function eventShardQueryOptions(shardPath: string | undefined, source: CorpusSource) {
  return shardQueryOptions(source, shardPath, (shards) => shards.eventShardSchema);
}

export function useEventShard(shardPath: string | undefined) {
  return useQuery(eventShardQueryOptions(shardPath, useCorpusSource()));
}

/** Several events' shards at once, one query each, sharing the cache with `useEventShard`. */
export function useEventShards(shardPaths: readonly string[]) {
  const source = useCorpusSource();
  return useQueries({
    queries: shardPaths.map((shardPath) => eventShardQueryOptions(shardPath, source)),
  });
}
