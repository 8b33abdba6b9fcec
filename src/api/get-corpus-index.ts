import { queryOptions, useQuery } from '@tanstack/react-query';
import { corpusIndexSchema } from '@/corpus/shards';
import { corpusUrl } from '@/lib/corpus-url';
import { fetchJson } from '@/lib/fetch-json';

/** The small index every view starts from: events, actors, places, topics, and where the shards are. */
export function getCorpusIndex(signal?: AbortSignal) {
  return fetchJson(corpusUrl('index.json'), corpusIndexSchema, signal);
}

export function corpusIndexQueryOptions() {
  return queryOptions({
    queryKey: ['corpus', 'index'],
    queryFn: ({ signal }) => getCorpusIndex(signal),
  });
}

export function useCorpusIndex() {
  return useQuery(corpusIndexQueryOptions());
}
