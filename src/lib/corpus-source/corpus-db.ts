import {
  createStore,
  del,
  delMany,
  get,
  keys,
  set,
  setMany,
  values,
  type UseStore,
} from 'idb-keyval';
import type { CompiledCorpusFiles, ImportedCorpus } from './imported-corpus';

/** The catalog's schema, with zod: loaded on use, so a first visit does not download zod for it. */
async function catalogSchema() {
  return (await import('./imported-corpus')).importedCorpusSchema;
}

/**
 * Imported corpora in IndexedDB. Two databases, because idb-keyval keeps one
 * object store per database: a small catalog listed on every visit to
 * /corpora, and the shards, read one at a time by the views that need them.
 *
 * The compiled shards are stored, not the raw files: opening an event reads
 * one small record instead of recompiling the whole corpus on every load
 * (quote location alone is seconds on a large corpus).
 */
let catalogStore: UseStore | undefined;
let shardStore: UseStore | undefined;

function catalog(): UseStore {
  catalogStore ??= createStore('riwaya-corpora', 'catalog');
  return catalogStore;
}

function shards(): UseStore {
  shardStore ??= createStore('riwaya-corpus-shards', 'shards');
  return shardStore;
}

/** Every imported corpus, newest first; a record that no longer parses is left out, not fatal. */
export async function listImportedCorpora(): Promise<ImportedCorpus[]> {
  const schema = await catalogSchema();
  const entries = (await values(catalog())).flatMap((value) => {
    const parsed = schema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
  return entries.sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1));
}

export async function getImportedCorpus(id: string): Promise<ImportedCorpus | null> {
  const [schema, value] = await Promise.all([catalogSchema(), get<unknown>(id, catalog())]);
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The stored JSON of one file, or undefined when this import has no such path. */
export function readImportedFile(storeKey: string, path: string): Promise<string | undefined> {
  return get<string>([storeKey, path], shards());
}

async function deleteShards(storeKey: string): Promise<void> {
  const own = (await keys(shards())).filter((key) => Array.isArray(key) && key[0] === storeKey);
  await delMany(own, shards());
}

/**
 * Shards first (one transaction: all or nothing), then the catalog entry,
 * which is the commit point; only then are a previous import's shards
 * dropped. A failure anywhere leaves the catalog as it was.
 */
export async function saveImportedCorpus(
  entry: ImportedCorpus,
  compiled: CompiledCorpusFiles,
): Promise<void> {
  const previous = await getImportedCorpus(entry.id);
  await setMany(
    compiled.files.map(({ path, json }) => [[entry.storeKey, path], json]),
    shards(),
  );
  try {
    await set(entry.id, entry, catalog());
  } catch (error) {
    await deleteShards(entry.storeKey).catch(() => undefined);
    throw error;
  }
  if (previous && previous.storeKey !== entry.storeKey) {
    await deleteShards(previous.storeKey).catch(() => undefined);
  }
}

export async function deleteImportedCorpus(id: string): Promise<void> {
  const entry = await getImportedCorpus(id);
  await del(id, catalog());
  if (entry) await deleteShards(entry.storeKey);
}
