import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';
import { corpusKeys, lazyShardSchema } from './shard-query';

const corpusIndexSchema = lazyShardSchema((shards) => shards.corpusIndexSchema);

/**
 * The small index every view starts from: events, actors, places, topics, and where the shards
 * are. Keyed by the corpus, so switching corpora never shows another corpus's cached index.
 */
export function corpusIndexQueryOptions(source: CorpusSource) {
  return queryOptions({
    queryKey: corpusKeys.index(source),
    queryFn: ({ signal }) => source.read('index.json', corpusIndexSchema, signal),
  });
}

export function useCorpusIndex() {
  return useQuery(corpusIndexQueryOptions(useCorpusSource()));
}
