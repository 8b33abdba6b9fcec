import { deleteDB, openDB, type DBSchema, type StoreNames } from 'idb';
import { storeKeyOf, writeAtomically, type CorpusDb, type MigrationMark } from './corpus-db-schema';

/**
 * Before issue #11, imports lived in two idb-keyval databases of one object
 * store each (idb-keyval opens a store's database without a version, so at
 * version 1), with out-of-line keys: the corpus id, and [storeKey, path].
 */
const LEGACY_CATALOG = { database: 'riwaya-corpora', store: 'catalog' } as const;
const LEGACY_SHARDS = { database: 'riwaya-corpus-shards', store: 'shards' } as const;
const MARK_KEY = 'migrated-from-idb-keyval';

interface LegacySchema extends DBSchema {
  catalog: { key: IDBValidKey; value: unknown };
  shards: { key: IDBValidKey; value: unknown };
}

interface LegacyRecord {
  key: IDBValidKey;
  value: unknown;
}

/**
 * Copies what the idb-keyval databases hold into `db`, once per browser.
 *
 * The copy and the mark that says it was made commit in one transaction: a
 * crash leaves either both or neither, and neither means the next open copies
 * again from the old databases, which are deleted only after the mark has
 * committed. The mark, not the old databases' absence, is what stops a second
 * copy: their deletion can wait on a tab still running the old code, and a
 * copy made after the reader had deleted or replaced a corpus would bring the
 * old one back.
 */
export async function copyLegacyCorpora(db: CorpusDb): Promise<void> {
  if ((await db.get('meta', MARK_KEY)) !== undefined) return;
  // Two databases cannot share a transaction: the old ones are read first, in full.
  const [catalog, shards] = await Promise.all([
    readLegacy(LEGACY_CATALOG),
    readLegacy(LEGACY_SHARDS),
  ]);
  await writeAtomically(db, ['catalog', 'shards', 'meta'], async (tx, queue) => {
    // Another tab may have copied them while we were reading.
    if ((await tx.objectStore('meta').get(MARK_KEY)) !== undefined) return;
    const storeKeys = new Set<string>();
    for (const { key, value } of catalog) {
      if (typeof key !== 'string') continue;
      queue(tx.objectStore('catalog').put(value, key));
      const storeKey = storeKeyOf(value);
      if (storeKey !== undefined) storeKeys.add(storeKey);
    }
    // Shards no catalog entry points at are what an interrupted old import left: not copied.
    for (const { key, value } of shards) {
      if (isShardKey(key) && storeKeys.has(key[0])) queue(tx.objectStore('shards').put(value, key));
    }
    const mark: MigrationMark = { copiedAt: new Date().toISOString(), legacyDeleted: false };
    queue(tx.objectStore('meta').put(mark, MARK_KEY));
  });
}

/**
 * Deletes the old databases once their corpora are copied: they can hold tens
 * of megabytes of shards that nothing will read again. Resolves when both are
 * gone, or as soon as a tab still on the old code is found holding one open
 * (its deletion then completes when that tab closes, and the next open asks
 * again, until the mark records it done).
 */
export async function deleteLegacyDatabases(db: CorpusDb): Promise<void> {
  const mark = await db.get('meta', MARK_KEY);
  if (mark === undefined || mark.legacyDeleted) return;
  const deleted = await Promise.all([
    deleteLegacy(LEGACY_CATALOG.database),
    deleteLegacy(LEGACY_SHARDS.database),
  ]);
  if (deleted.every(Boolean)) await db.put('meta', { ...mark, legacyDeleted: true }, MARK_KEY);
}

/**
 * Every record of one old store. Opening a database that does not exist
 * creates it empty, without the store; it is read as empty and deleted with
 * the others.
 */
async function readLegacy(legacy: {
  database: string;
  store: StoreNames<LegacySchema>;
}): Promise<LegacyRecord[]> {
  const db = await openDB<LegacySchema>(legacy.database);
  try {
    if (!db.objectStoreNames.contains(legacy.store)) return [];
    const store = db.transaction(legacy.store, 'readonly').store;
    // Both in one transaction, both in key order: the nth key is the nth value's.
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    return keys.map((key, index) => ({ key, value: values[index] }));
  } finally {
    // Our own connection would otherwise block the deletion that follows.
    db.close();
  }
}

function isShardKey(key: IDBValidKey): key is [string, string] {
  return (
    Array.isArray(key) &&
    key.length === 2 &&
    typeof key[0] === 'string' &&
    typeof key[1] === 'string'
  );
}

/** True once the database is gone; false while another connection holds it open, or on failure. */
function deleteLegacy(name: string): Promise<boolean> {
  return new Promise((resolve) => {
    deleteDB(name, {
      blocked: () => {
        resolve(false);
      },
    }).then(
      () => {
        resolve(true);
      },
      () => {
        resolve(false);
      },
    );
  });
}
