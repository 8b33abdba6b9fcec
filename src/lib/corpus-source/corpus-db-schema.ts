import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type OpenDBCallbacks,
  type StoreNames,
} from 'idb';

/**
 * The one database that holds imported corpora. The catalog is listed on every
 * visit to /corpora; the shards are read one at a time by the views that need
 * them. Both use out-of-line keys, as the idb-keyval stores they replace did,
 * so that migrated records are copied exactly as they were, whatever their shape.
 */
export interface CorpusDbSchema extends DBSchema {
  /** Keyed by corpus id. Unknown on the way out: every read parses it (imported-corpus.ts). */
  catalog: { key: string; value: unknown };
  /** Keyed by [storeKey, path]; the value is the file's JSON text. */
  shards: { key: [string, string]; value: unknown };
  /** Bookkeeping that must commit with the data it describes (the migration mark). */
  meta: { key: string; value: MigrationMark };
}

export interface MigrationMark {
  copiedAt: string;
  /** False while an old tab held the old databases open, so that their deletion is retried. */
  legacyDeleted: boolean;
}

export type CorpusDb = IDBPDatabase<CorpusDbSchema>;

/** Opens, creating on first use, the database of imported corpora; its migration is the caller's. */
export function openCorpusDatabase(
  callbacks: Pick<OpenDBCallbacks<CorpusDbSchema>, 'blocking' | 'terminated'> = {},
): Promise<CorpusDb> {
  return openDB<CorpusDbSchema>('riwaya', 1, {
    ...callbacks,
    upgrade(db) {
      db.createObjectStore('catalog');
      db.createObjectStore('shards');
      db.createObjectStore('meta');
    },
  });
}

/** Every shard of one import: arrays compare element by element, and an array sorts after any string. */
export function shardsOf(storeKey: string): IDBKeyRange {
  return IDBKeyRange.bound([storeKey], [storeKey, []]);
}

/** The storeKey a raw catalog record names, read without zod so a record the schema now rejects keeps its shards. */
export function storeKeyOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null || !('storeKey' in record)) return undefined;
  return typeof record.storeKey === 'string' ? record.storeKey : undefined;
}

/**
 * Runs `work` in one readwrite transaction across `stores` and resolves once
 * it has committed, so a logical save is whole or absent, never half: the way
 * SQLite and git treat a commit.
 *
 * `work` may await reads, and hands every write to `queue` instead of awaiting
 * it, so that thousands of shard puts are pipelined. IndexedDB commits whatever
 * was queued when a script merely stops, so an exception thrown by `work` (or
 * by a put, such as a value that cannot be cloned) must abort the transaction
 * explicitly, or the writes queued before it would be kept.
 */
export async function writeAtomically<Names extends StoreNames<CorpusDbSchema>>(
  db: CorpusDb,
  stores: Names[],
  work: (
    tx: IDBPTransaction<CorpusDbSchema, Names[], 'readwrite'>,
    queue: (request: Promise<unknown>) => void,
  ) => Promise<void>,
): Promise<void> {
  const tx = db.transaction(stores, 'readwrite');
  const queued: Promise<unknown>[] = [];
  try {
    await work(tx, (request) => queued.push(request));
    await Promise.all([...queued, tx.done]);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished: the browser aborted it (quota, a closed connection) before we did.
    }
    // Every queued request now rejects with AbortError; settle them so none goes unhandled.
    await Promise.allSettled([...queued, tx.done]);
    // The transaction's own error says why the browser aborted it (QuotaExceededError);
    // the requests only say that it did.
    throw tx.error ?? error;
  }
}
