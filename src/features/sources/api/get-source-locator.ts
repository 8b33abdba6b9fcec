import { queryOptions, useQuery } from '@tanstack/react-query';
import { sourceLocatorSchema } from '@/corpus/shards';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';

/** One bucket of the sources' summaries (with their shard paths); the index names the buckets. */
export function sourceLocatorQueryOptions(bucketPath: string, source: CorpusSource) {
  return queryOptions({
    queryKey: ['corpus', source.key, 'shard', bucketPath],
    queryFn: ({ signal }) => source.read(bucketPath, sourceLocatorSchema, signal),
  });
}

export function useSourceLocator(bucketPath: string | undefined) {
  return useQuery({
    ...sourceLocatorQueryOptions(bucketPath ?? '', useCorpusSource()),
    enabled: bucketPath !== undefined,
  });
}
