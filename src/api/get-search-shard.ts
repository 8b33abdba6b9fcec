import { useQuery } from '@tanstack/react-query';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';
import { shardQueryOptions } from './shard-query';

/**
 * Every event's searchable words in one shard: titles, summaries, the names of its parties,
 * places and topics, quotes and translations, folded for search. The index names its path.
 */
export function searchShardQueryOptions(shardPath: string, source: CorpusSource) {
  return shardQueryOptions(source, shardPath, (shards) => shards.searchShardSchema);
}

/**
 * Fetched on the first search, then kept while the view is open: the shard is the largest, and
 * a list needs it only to search. Disabled rather than keyed away between searches, so the next
 * search finds it in memory (the bench's heap and keystroke figures assume it stays).
 */
export function useSearchShard(shardPath: string, searching: boolean) {
  return useQuery({ ...searchShardQueryOptions(shardPath, useCorpusSource()), enabled: searching });
}
