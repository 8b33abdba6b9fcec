import { useQuery } from '@tanstack/react-query';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';
import { shardQueryOptions } from './shard-query';

/**
 * Every party's and every source's counts in one shard, read only by the /actors and /sources
 * indexes. The index names its path; a corpus compiled before the indexes existed names none,
 * and the query then waits (skipToken) while the page says the counts are not available.
 */
export function directoryShardQueryOptions(shardPath: string | undefined, source: CorpusSource) {
  return shardQueryOptions(source, shardPath, (shards) => shards.directoryShardSchema);
}

export function useDirectoryShard(shardPath: string | undefined) {
  return useQuery(directoryShardQueryOptions(shardPath, useCorpusSource()));
}
