import { queryOptions, useQuery } from '@tanstack/react-query';
import { corpusIndexSchema } from '@/corpus/shards';
import { bundledCorpusSource, type CorpusSource } from '@/lib/corpus-source/corpus-source';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';

/** The small index every view starts from: events, actors, places, topics, and where the shards are. */
export function getCorpusIndex(signal?: AbortSignal, source: CorpusSource = bundledCorpusSource) {
  return source.read('index.json', corpusIndexSchema, signal);
}

/** Keyed by the corpus, so switching corpora never shows another corpus's cached index. */
export function corpusIndexQueryOptions(source: CorpusSource = bundledCorpusSource) {
  return queryOptions({
    queryKey: ['corpus', source.key, 'index'],
    queryFn: ({ signal }) => source.read('index.json', corpusIndexSchema, signal),
  });
}

export function useCorpusIndex() {
  return useQuery(corpusIndexQueryOptions(useCorpusSource()));
}
