import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { deleteLegacyDatabases } from './corpus-db-legacy';
import { openCorpusDatabase } from './corpus-db-schema';
import type { ImportedCorpus } from './imported-corpus';

/**
 * Readers who imported corpora before issue #11 have them in two idb-keyval
 * databases. Each test is a browser of its own (a fresh IndexedDB) and each
 * `load()` a page load (a fresh module, so a fresh connection and migration).
 */
const load = () => import('./corpus-db');
type CorpusDbModule = Awaited<ReturnType<typeof load>>;

async function pageLoad(): Promise<CorpusDbModule> {
  vi.resetModules();
  return load();
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function entry(id: string, storeKey: string, importedAt: string): ImportedCorpus {
  return {
    id,
    storeKey,
    title: { ar: 'عنوان', en: id },
    fileName: `${id}.json`,
    importedAt,
    fileCount: 2,
    eventCount: 1,
    sourceCount: 1,
    claimCount: 3,
    byteSize: 1000,
  };
}

/**
 * Writes as idb-keyval's createStore and setMany did: the database opened
 * without a version, one object store with out-of-line keys, every pair put
 * in one transaction. Returns the connection, which idb-keyval never closed.
 */
async function putTheOldWay(database: string, store: string, pairs: [IDBValidKey, unknown][]) {
  const db = await openDB(database, undefined, {
    upgrade(created) {
      created.createObjectStore(store);
    },
  });
  const tx = db.transaction(store, 'readwrite');
  await Promise.all([...pairs.map(([key, value]) => tx.store.put(value, key)), tx.done]);
  return db;
}

const older = entry('older', 'older@2025-01-01', '2025-01-01T00:00:00.000Z');
const newer = entry('newer', 'newer@2025-02-01', '2025-02-01T00:00:00.000Z');
/** A record today's schema rejects (no fileName); a later release may accept it again. */
const { fileName: _dropped, ...rejected } = entry(
  'old-shape',
  'old-shape@1',
  '2024-01-01T00:00:00.000Z',
);

async function putOldCorpora() {
  const catalog = await putTheOldWay('riwaya-corpora', 'catalog', [
    [older.id, older],
    [newer.id, newer],
    [rejected.id, rejected],
  ]);
  const shards = await putTheOldWay('riwaya-corpus-shards', 'shards', [
    [[older.storeKey, 'index.json'], '{"who":"older"}'],
    [[older.storeKey, 'events/a.json'], '{"who":"older","event":"a"}'],
    [[newer.storeKey, 'index.json'], '{"who":"newer"}'],
    [[rejected.storeKey, 'index.json'], '{"who":"old-shape"}'],
    // Left by an import the old code was interrupted in: no catalog entry points at it.
    [['orphan@1', 'index.json'], '{"who":"orphan"}'],
  ]);
  return { catalog, shards };
}

async function databaseNames(): Promise<(string | undefined)[]> {
  return (await indexedDB.databases()).map(({ name }) => name).sort();
}

/**
 * The app deletes the old databases without waiting (a tab on the old code may hold them open).
 * Requests on one database name run in order, so asking for the deletion again resolves only
 * once the app's own request has finished: no waiting on time.
 */
async function afterLegacyDeletion(): Promise<void> {
  const db = await openCorpusDatabase();
  await deleteLegacyDatabases(db);
  db.close();
}

describe('corpora imported before idb', () => {
  it('are copied into the one database on first open, and the old databases deleted', async () => {
    const old = await putOldCorpora();
    old.catalog.close();
    old.shards.close();

    const db = await pageLoad();
    expect((await db.listImportedCorpora()).map(({ id }) => id)).toEqual(['newer', 'older']);
    expect(await db.getImportedCorpus('older')).toEqual(older);
    expect(await db.readImportedFile(older.storeKey, 'index.json')).toBe('{"who":"older"}');
    expect(await db.readImportedFile(older.storeKey, 'events/a.json')).toBe(
      '{"who":"older","event":"a"}',
    );
    expect(await db.readImportedFile(newer.storeKey, 'index.json')).toBe('{"who":"newer"}');
    // Copied as it was, shards and all, though it is not listed today.
    expect(await db.readImportedFile(rejected.storeKey, 'index.json')).toBe('{"who":"old-shape"}');
    expect(await db.readImportedFile('orphan@1', 'index.json')).toBeUndefined();
    await afterLegacyDeletion();
    expect(await databaseNames()).toEqual(['riwaya']);

    // And they behave as any other import.
    await db.deleteImportedCorpus('older');
    expect((await (await pageLoad()).listImportedCorpora()).map(({ id }) => id)).toEqual(['newer']);
  });

  it('a browser that never imported gets the one database and no old ones', async () => {
    const db = await pageLoad();
    expect(await db.listImportedCorpora()).toEqual([]);
    await afterLegacyDeletion();
    expect(await databaseNames()).toEqual(['riwaya']);
  });

  it('are copied once: with a tab on the old code holding them open, a deleted corpus stays deleted', async () => {
    // An open tab still on the old code keeps its connections, so the old databases cannot be
    // deleted yet; the app must not wait for that tab, nor copy them again later.
    const oldTab = await putOldCorpora();
    const db = await pageLoad();
    expect((await db.listImportedCorpora()).map(({ id }) => id)).toEqual(['newer', 'older']);
    await db.deleteImportedCorpus('older');

    const reloaded = await pageLoad();
    expect((await reloaded.listImportedCorpora()).map(({ id }) => id)).toEqual(['newer']);
    expect(await databaseNames()).toEqual(['riwaya', 'riwaya-corpora', 'riwaya-corpus-shards']);

    // Once that tab is gone the deletion goes through.
    oldTab.catalog.close();
    oldTab.shards.close();
    await afterLegacyDeletion();
    expect(await databaseNames()).toEqual(['riwaya']);
    expect((await (await pageLoad()).listImportedCorpora()).map(({ id }) => id)).toEqual(['newer']);
  });

  it('a copy that fails writes nothing, keeps the old databases, and is made again on the next use', async () => {
    const old = await putOldCorpora();
    old.catalog.close();
    old.shards.close();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called through, with `this`, once the spy replaces it
    const { put } = IDBObjectStore.prototype;
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      // The disk fills up after part of the copy was queued.
      if (this.name === 'shards') throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.call(this, value, key);
    });

    const db = await pageLoad();
    await expect(db.listImportedCorpora()).rejects.toThrow('The disk is full');
    full.mockRestore();
    expect(await databaseNames()).toEqual(['riwaya', 'riwaya-corpora', 'riwaya-corpus-shards']);

    const meanwhile = await openDB('riwaya');
    expect(
      await Promise.all(['catalog', 'shards', 'meta'].map((store) => meanwhile.count(store))),
    ).toEqual([0, 0, 0]);
    meanwhile.close();

    // The same page tries again on its next read.
    expect((await db.listImportedCorpora()).map(({ id }) => id)).toEqual(['newer', 'older']);
    expect(await db.readImportedFile(older.storeKey, 'events/a.json')).toBe(
      '{"who":"older","event":"a"}',
    );
    await afterLegacyDeletion();
    expect(await databaseNames()).toEqual(['riwaya']);
  });
});
