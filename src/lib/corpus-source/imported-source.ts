import { ShardLoadError, parseShard } from '@/lib/fetch-json';
import type { CorpusSource } from './corpus-source';
import { readImportedFile } from './corpus-db';
import type { ImportedCorpus } from './imported-corpus';

/**
 * An imported corpus, read from IndexedDB. The stored JSON is parsed with the
 * same schemas as fetched shards: the store is only as trustworthy as the
 * file the reader dropped.
 */
export function importedCorpusSource(entry: ImportedCorpus): CorpusSource {
  return {
    key: `imported:${entry.storeKey}`,
    kind: 'imported',
    id: entry.id,
    read: async (path, schema) => {
      const where = `${entry.id}/${path}`;
      const json = await readImportedFile(entry.storeKey, path);
      if (json === undefined) throw new ShardLoadError(where, 'not in this imported corpus');
      let body: unknown;
      try {
        body = JSON.parse(json);
      } catch {
        throw new ShardLoadError(where, 'the stored file is not valid JSON');
      }
      return parseShard(where, body, schema);
    },
  };
}
