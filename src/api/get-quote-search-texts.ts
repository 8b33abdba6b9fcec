import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';

// Loaded with the data, not before the first render (see ShardSchema).
const loadSearchShardSchema = () =>
  import('@/corpus/shards').then((shards) => shards.searchShardSchema);

/** Every event's quotes and translations, folded for search; fetched on the first search. */
export function quoteSearchTextsQueryOptions(shardPath: string, source: CorpusSource) {
  return queryOptions({
    queryKey: ['corpus', source.key, 'shard', shardPath],
    queryFn: ({ signal }) => source.read(shardPath, loadSearchShardSchema, signal),
  });
}

export function useQuoteSearchTexts(shardPath: string, enabled: boolean) {
  return useQuery({ ...quoteSearchTextsQueryOptions(shardPath, useCorpusSource()), enabled });
}
