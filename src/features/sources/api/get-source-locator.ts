import { useQuery } from '@tanstack/react-query';
import { shardQueryOptions } from '@/api/shard-query';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';

/** One bucket of the sources' summaries (with their shard paths); the index names the buckets. */
export function sourceLocatorQueryOptions(bucketPath: string | undefined, source: CorpusSource) {
  return shardQueryOptions(source, bucketPath, (shards) => shards.sourceLocatorSchema);
}

export function useSourceLocator(bucketPath: string | undefined) {
  return useQuery(sourceLocatorQueryOptions(bucketPath, useCorpusSource()));
}
