import { queryOptions, useQuery } from '@tanstack/react-query';
import { sourceShardSchema } from '@/corpus/shards';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';

/** A source's text as received, with the offsets of every quote and of its page furniture. */
export function sourceShardQueryOptions(shardPath: string, source: CorpusSource) {
  return queryOptions({
    queryKey: ['corpus', source.key, 'shard', shardPath],
    queryFn: ({ signal }) => source.read(shardPath, sourceShardSchema, signal),
  });
}

export function useSourceShard(shardPath: string | undefined) {
  return useQuery({
    ...sourceShardQueryOptions(shardPath ?? '', useCorpusSource()),
    enabled: shardPath !== undefined,
  });
}
