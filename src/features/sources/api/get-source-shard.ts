import { queryOptions, useQuery } from '@tanstack/react-query';
import { sourceShardSchema } from '@/corpus/shards';
import { corpusUrl } from '@/lib/corpus-url';
import { fetchJson } from '@/lib/fetch-json';

/** A source's text as received, with the offsets of every quote and of its page furniture. */
export function sourceShardQueryOptions(shardPath: string) {
  return queryOptions({
    queryKey: ['corpus', 'shard', shardPath],
    queryFn: ({ signal }) => fetchJson(corpusUrl(shardPath), sourceShardSchema, signal),
  });
}

export function useSourceShard(shardPath: string | undefined) {
  return useQuery({
    ...sourceShardQueryOptions(shardPath ?? ''),
    enabled: shardPath !== undefined,
  });
}
