import { queryOptions, useQuery } from '@tanstack/react-query';
import { eventShardSchema } from '@/corpus/shards';
import { corpusUrl } from '@/lib/corpus-url';
import { fetchJson } from '@/lib/fetch-json';

/** One event's questions and claims; the shard's path comes from the index and is content-hashed. */
export function eventShardQueryOptions(shardPath: string) {
  return queryOptions({
    queryKey: ['corpus', 'shard', shardPath],
    queryFn: ({ signal }) => fetchJson(corpusUrl(shardPath), eventShardSchema, signal),
  });
}

export function useEventShard(shardPath: string | undefined) {
  return useQuery({
    ...eventShardQueryOptions(shardPath ?? ''),
    enabled: shardPath !== undefined,
  });
}
