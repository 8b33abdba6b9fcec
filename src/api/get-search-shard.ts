import { useQuery } from '@tanstack/react-query';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';
import { shardQueryOptions } from './shard-query';

/**
 * Every event's searchable words in one shard: titles, summaries, the names of its parties,
 * places and topics, quotes and translations, folded for search. The index names its path.
 */
export function searchShardQueryOptions(shardPath: string | undefined, source: CorpusSource) {
  return shardQueryOptions(source, shardPath, (shards) => shards.searchShardSchema);
}

/** Pass the path only once someone searches: the shard is the largest, and a list needs it only then. */
export function useSearchShard(shardPath: string | undefined) {
  return useQuery(searchShardQueryOptions(shardPath, useCorpusSource()));
}
