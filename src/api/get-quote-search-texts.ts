import { queryOptions, useQuery } from '@tanstack/react-query';
import { searchShardSchema } from '@/corpus/shards';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';

/** Every event's quotes and translations, folded for search; fetched on the first search. */
export function quoteSearchTextsQueryOptions(shardPath: string, source: CorpusSource) {
  return queryOptions({
    queryKey: ['corpus', source.key, 'shard', shardPath],
    queryFn: ({ signal }) => source.read(shardPath, searchShardSchema, signal),
  });
}

export function useQuoteSearchTexts(shardPath: string, enabled: boolean) {
  return useQuery({ ...quoteSearchTextsQueryOptions(shardPath, useCorpusSource()), enabled });
}
