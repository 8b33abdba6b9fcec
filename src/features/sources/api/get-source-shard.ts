import { useQuery } from '@tanstack/react-query';
import { shardQueryOptions } from '@/api/shard-query';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';

/** A source's text as received, with the offsets of every quote and of its page furniture. */
export function sourceShardQueryOptions(shardPath: string | undefined, source: CorpusSource) {
  return shardQueryOptions(source, shardPath, (shards) => shards.sourceShardSchema);
}

export function useSourceShard(shardPath: string | undefined) {
  return useQuery(sourceShardQueryOptions(shardPath, useCorpusSource()));
}
