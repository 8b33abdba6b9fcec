import { queryOptions, useQuery } from '@tanstack/react-query';
import { searchShardSchema } from '@/corpus/shards';
import { corpusUrl } from '@/lib/corpus-url';
import { fetchJson } from '@/lib/fetch-json';

/** Every event's quotes and translations, folded for search; fetched on the first search. */
export function quoteSearchTextsQueryOptions(shardPath: string) {
  return queryOptions({
    queryKey: ['corpus', 'shard', shardPath],
    queryFn: ({ signal }) => fetchJson(corpusUrl(shardPath), searchShardSchema, signal),
  });
}

export function useQuoteSearchTexts(shardPath: string, enabled: boolean) {
  return useQuery({ ...quoteSearchTextsQueryOptions(shardPath), enabled });
}
