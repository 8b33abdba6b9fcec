import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';

// Loaded with the data (see ShardSchema): the bundled corpus does not need it at all.
const loadSourceLocatorSchema = () =>
  import('@/corpus/shards').then((shards) => shards.sourceLocatorSchema);

/** One bucket of the sources' summaries (with their shard paths); the index names the buckets. */
export function sourceLocatorQueryOptions(bucketPath: string, source: CorpusSource) {
  return queryOptions({
    queryKey: ['corpus', source.key, 'shard', bucketPath],
    queryFn: ({ signal }) => source.read(bucketPath, loadSourceLocatorSchema, signal),
  });
}

export function useSourceLocator(bucketPath: string | undefined) {
  return useQuery({
    ...sourceLocatorQueryOptions(bucketPath ?? '', useCorpusSource()),
    enabled: bucketPath !== undefined,
  });
}
