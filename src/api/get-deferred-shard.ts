import type * as Shards from '@/corpus/shards';
import type { CorpusSource } from '@/lib/corpus-source/corpus-source';
import { shardQueryOptions } from './shard-query';

/** Each shard folder the compiler writes, with the schema of what it holds. */
const schemaOfFolder = {
  events: (shards: typeof Shards) => shards.eventShardSchema,
  sources: (shards: typeof Shards) => shards.sourceShardSchema,
  locate: (shards: typeof Shards) => shards.sourceLocatorSchema,
  search: (shards: typeof Shards) => shards.searchShardSchema,
  directory: (shards: typeof Shards) => shards.directoryShardSchema,
} as const;

/**
 * Any shard by its path alone, under the same query key as the view that reads it: for a
 * prerendered page, which names the large shards it was rendered with but did not carry, so
 * the app reads them before it takes the page over (src/main.tsx).
 */
export function anyShardQueryOptions(source: CorpusSource, path: string) {
  const folder = path.split('/')[0] ?? '';
  const pick =
    folder in schemaOfFolder ? schemaOfFolder[folder as keyof typeof schemaOfFolder] : undefined;
  if (!pick) throw new Error(`not a shard of the corpus: ${path}`);
  return shardQueryOptions<unknown>(source, path, pick);
}
