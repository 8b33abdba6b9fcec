import { copyLegacyCorpora, deleteLegacyDatabases } from './corpus-db-legacy';
import {
  openCorpusDatabase,
  shardsOf,
  storeKeyOf,
  writeAtomically,
  type CorpusDb,
} from './corpus-db-schema';
import type { CompiledCorpusFiles, ImportedCorpus } from './imported-corpus';

/** The catalog's schema, with zod: loaded on use, so a first visit does not download zod for it. */
async function catalogSchema() {
  return (await import('./imported-corpus')).importedCorpusSchema;
}

/**
 * Imported corpora in IndexedDB: one database, a catalog and the shards, and
 * one transaction across both for every import, replacement and deletion, so
 * an interrupted one (a crash, a closed tab, a full disk) leaves the corpus
 * whole or absent.
 *
 * The compiled shards are stored, not the raw files: opening an event reads
 * one small record instead of recompiling the whole corpus on every load
 * (quote location alone is seconds on a large corpus).
 */
let opened: Promise<CorpusDb> | undefined;

/** Opened on first use, not on load, so a page that never reads an import creates no database. */
function database(): Promise<CorpusDb> {
  opened ??= openAndMigrate().catch((error: unknown) => {
    // Not cached: the next call tries again, and the old databases are still there to copy.
    opened = undefined;
    throw error;
  });
  return opened;
}

async function openAndMigrate(): Promise<CorpusDb> {
  const db = await openCorpusDatabase({
    // A newer version of the app in another tab wants to upgrade: step aside, reopen on next use.
    blocking() {
      opened = undefined;
      db.close();
    },
    // The browser closed the connection (Safari does, in the background).
    terminated() {
      opened = undefined;
    },
  });
  try {
    // Before anything else is read or written, so no one sees the store without the corpora
    // the reader had imported before it existed.
    await copyLegacyCorpora(db);
  } catch (error) {
    db.close();
    throw error;
  }
  // Not awaited: a tab still on the old code can hold the old databases open for as long as it
  // lives, and the corpora are already safe here.
  void deleteLegacyDatabases(db).catch(() => undefined);
  return db;
}

/** Every imported corpus, newest first; a record that no longer parses is left out, not fatal. */
export async function listImportedCorpora(): Promise<ImportedCorpus[]> {
  const [schema, records] = await Promise.all([
    catalogSchema(),
    database().then((db) => db.getAll('catalog')),
  ]);
  const entries = records.flatMap((value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  return entries.sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1));
}

export async function getImportedCorpus(id: string): Promise<ImportedCorpus | null> {
  const [schema, value] = await Promise.all([
    catalogSchema(),
    database().then((db) => db.get('catalog', id)),
  ]);
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The stored JSON of one file, or undefined when this import has no such path. */
export async function readImportedFile(
  storeKey: string,
  path: string,
): Promise<string | undefined> {
  const value = await (await database()).get('shards', [storeKey, path]);
  return typeof value === 'string' ? value : undefined;
}

/**
 * The entry, its shards, and the removal of the shards of the import it
 * replaces, in one transaction: the order of the writes inside it does not
 * matter, only that they commit together.
 */
export async function saveImportedCorpus(
  entry: ImportedCorpus,
  compiled: CompiledCorpusFiles,
): Promise<void> {
  await writeAtomically(await database(), ['catalog', 'shards'], async (tx, queue) => {
    const catalog = tx.objectStore('catalog');
    const shards = tx.objectStore('shards');
    const previous = storeKeyOf(await catalog.get(entry.id));
    queue(catalog.put(entry, entry.id));
    // Requests run in the order they were made: a replacement under the same storeKey loses its
    // old files before it gets the new ones.
    if (previous !== undefined) queue(shards.delete(shardsOf(previous)));
    for (const { path, json } of compiled.files) queue(shards.put(json, [entry.storeKey, path]));
  });
}

export async function deleteImportedCorpus(id: string): Promise<void> {
  await writeAtomically(await database(), ['catalog', 'shards'], async (tx, queue) => {
    const catalog = tx.objectStore('catalog');
    const storeKey = storeKeyOf(await catalog.get(id));
    queue(catalog.delete(id));
    if (storeKey !== undefined) queue(tx.objectStore('shards').delete(shardsOf(storeKey)));
  });
}
