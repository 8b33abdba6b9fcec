import { ShardLoadError, parseShard } from '@/lib/fetch-json';
import type { CorpusSource } from './corpus-source';
import type { EventSnapshot } from './event-snapshot';

/**
 * A comparison carried by its link: the index and the one event shard, from
 * memory. Anything else (a source's text, search) was never in the link.
 */
export function snapshotCorpusSource(snapshot: EventSnapshot, key: string): CorpusSource {
  const files = new Map<string, unknown>([['index.json', snapshot.index]]);
  for (const event of snapshot.index.events) files.set(event.shard, snapshot.shard);
  return {
    key: `snapshot:${key}`,
    kind: 'snapshot',
    read: (path, schema) => {
      const where = `snapshot/${path}`;
      if (!files.has(path)) {
        return Promise.reject(new ShardLoadError(where, 'not part of this self-contained link'));
      }
      // Already parsed once as a whole; parsing per file keeps each read typed by its own schema.
      return Promise.resolve().then(() => parseShard(where, files.get(path), schema));
    },
  };
}
