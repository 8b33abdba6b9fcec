import { useQueries } from '@tanstack/react-query';
import { useCorpusSource } from '@/lib/corpus-source/corpus-source-context';
import { sourceLocatorQueryOptions } from './get-source-locator';

/**
 * Every locator bucket at once: the sources index's list when the corpus has no directory shard
 * (compiled before the indexes existed). `bucketPaths` is undefined while the index loads.
 */
export function useSourceLocators(bucketPaths: readonly string[] | undefined) {
  const source = useCorpusSource();
  return useQueries({
    queries: (bucketPaths ?? []).map((path) => sourceLocatorQueryOptions(path, source)),
    combine: (results) => ({
      sources: results.every((result) => result.isSuccess)
        ? results.flatMap((result) => result.data.sources)
        : undefined,
      error: results.find((result) => result.isError)?.error ?? null,
      retry: () => {
        for (const result of results) if (result.isError) void result.refetch();
      },
    }),
  });
}
