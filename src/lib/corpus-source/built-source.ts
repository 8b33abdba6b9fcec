import { builtShardFiles, type BuiltCorpus } from '@/corpus/compiler/build-shards';
import { ShardLoadError } from '@/lib/fetch-json';
import type { CorpusSource } from './corpus-source';

/**
 * A corpus compiled in this page (the workbench's draft), read from memory. The compiler built
 * every shard from files it had just checked against the schema, so reads return them as they
 * are, as the bundled corpus's are. `key` names one compile: a draft compiled again is another
 * corpus to React Query, never a stale cache entry of the last.
 */
export function builtCorpusSource(built: BuiltCorpus, key: string): CorpusSource {
  const files = new Map<string, unknown>([['index.json', built.index]]);
  for (const file of builtShardFiles(built)) files.set(file.path, file.data);
  return {
    key: `draft:${key}`,
    kind: 'draft',
    read: <T>(path: string) => {
      if (!files.has(path)) {
        return Promise.reject(new ShardLoadError(`draft/${path}`, 'not part of this draft'));
      }
      return Promise.resolve(files.get(path) as T);
    },
  };
}
