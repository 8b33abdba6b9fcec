import { queryOptions, skipToken } from '@tanstack/react-query';
import type * as Shards from '@/corpus/shards';
import type { z } from '@/corpus/zod';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';

/**
 * Every query key of data read from a corpus. Each begins with the corpus's key, so two corpora
 * never share a cache entry, and a shard is keyed by its path, which is content-hashed.
 */
export const corpusKeys = {
  corpus: (source: CorpusSource) => ['corpus', source.key] as const,
  index: (source: CorpusSource) => [...corpusKeys.corpus(source), 'index'] as const,
  shard: (source: CorpusSource, path: string | undefined) =>
    [...corpusKeys.corpus(source), 'shard', path] as const,
};

/** Picks one shard's schema from the schema module. */
type PickShardSchema<T> = (shards: typeof Shards) => z.ZodType<T>;

/**
 * A loader rather than the schema: the schema module (and zod) is imported by the first read
 * that checks a shard, an imported corpus's or a snapshot's. The bundled corpus was checked
 * when it was compiled and never calls the loader, so reading it downloads neither (see
 * bundledCorpusSource).
 */
export function lazyShardSchema<T>(pick: PickShardSchema<T>): () => Promise<z.ZodType<T>> {
  return () => import('@/corpus/shards').then(pick);
}

/**
 * One shard of the corpus on screen. Its path comes from the index (or another shard); while
 * that is not known yet the query waits, typed as waiting, instead of reading a made-up path.
 */
export function shardQueryOptions<T>(
  source: CorpusSource,
  path: string | undefined,
  pick: PickShardSchema<T>,
) {
  const schema = lazyShardSchema(pick);
  // The key leaves the schema out: it checks the data without naming it, and a path always
  // holds the same kind of shard.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: corpusKeys.shard(source, path),
    queryFn: path === undefined ? skipToken : ({ signal }) => source.read(path, schema, signal),
  });
}
