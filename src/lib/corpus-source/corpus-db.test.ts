import 'fake-indexeddb/auto';
import { corpusIndexSchema, eventShardSchema } from '@/corpus/shards';
import { compiledFixture } from './compiled-fixture';
import {
  deleteImportedCorpus,
  getImportedCorpus,
  listImportedCorpora,
  readImportedFile,
  saveImportedCorpus,
} from './corpus-db';
import type { CompiledCorpusFiles, ImportedCorpus } from './imported-corpus';
import { importedCorpusSource } from './imported-source';

function entry(id: string, storeKey: string, importedAt: string): ImportedCorpus {
  return {
    id,
    storeKey,
    title: { ar: 'عنوان', en: 'Title' },
    fileName: 'corpus.json',
    importedAt,
    fileCount: 10,
    eventCount: 1,
    sourceCount: 1,
    claimCount: 3,
    byteSize: 1000,
  };
}

/** Files of any content, so that a test can tell one import's files from another's. */
function files(label: string, count: number): CompiledCorpusFiles['files'] {
  return Array.from({ length: count }, (_, index) => ({
    path: index === 0 ? 'index.json' : `events/e${index}.json`,
    json: JSON.stringify({ label, index }),
  }));
}

/** Every file of one import as stored, undefined where it is absent. */
function stored(storeKey: string, paths: CompiledCorpusFiles['files']) {
  return Promise.all(paths.map(({ path }) => readImportedFile(storeKey, path)));
}

/**
 * The transaction is aborted, as a crash, a closed tab or a full disk would
 * end it, right after the `nth` request `method` makes on `store`. The
 * requests that follow then fail, as they would in the browser.
 */
function abortAfter(method: 'put' | 'delete', store: string, nth: number): void {
  let calls = 0;
  const interrupt = (target: IDBObjectStore) => {
    calls += target.name === store ? 1 : 0;
    if (target.name === store && calls === nth) target.transaction.abort();
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called through, with `this`, once the spy replaces it
  const { put, delete: remove } = IDBObjectStore.prototype;
  if (method === 'put') {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      const request = put.call(this, value, key);
      interrupt(this);
      return request;
    });
  } else {
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(function (
      this: IDBObjectStore,
      query: IDBValidKey | IDBKeyRange,
    ) {
      const request = remove.call(this, query);
      interrupt(this);
      return request;
    });
  }
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const corpus of await listImportedCorpora()) await deleteImportedCorpus(corpus.id);
});

describe('imported corpora in IndexedDB', () => {
  it('stores a compiled corpus and reads its shards back through the schemas', async () => {
    const compiled = compiledFixture();
    await saveImportedCorpus(entry('mine', 'mine@1', '2026-01-01T00:00:00.000Z'), compiled);
    const stored = await getImportedCorpus('mine');
    expect(stored?.storeKey).toBe('mine@1');

    const source = importedCorpusSource(stored ?? entry('x', 'x', '2026-01-01T00:00:00.000Z'));
    expect(source.key).toBe('imported:mine@1');
    const index = await source.read('index.json', corpusIndexSchema);
    expect(index).toEqual(compiled.index);
    const [event] = index.events;
    const shard = await source.read(event?.shard ?? '', eventShardSchema);
    expect(shard.event.id).toBe(event?.id);
    await expect(source.read('events/none.12345678.json', eventShardSchema)).rejects.toThrow(
      'not in this imported corpus',
    );
    // A shard read with the wrong schema fails as a fetched one would.
    await expect(source.read('index.json', eventShardSchema)).rejects.toThrow('unexpected shape');
  });

  it('lists newest first and skips records that no longer parse', async () => {
    const { files } = compiledFixture();
    await saveImportedCorpus(entry('older', 'older@1', '2026-01-01T00:00:00.000Z'), { files });
    await saveImportedCorpus(entry('newer', 'newer@1', '2026-02-01T00:00:00.000Z'), { files });
    expect((await listImportedCorpora()).map((corpus) => corpus.id)).toEqual(['newer', 'older']);
  });

  it('a re-import replaces the entry and drops the old shards in the same transaction', async () => {
    const { files } = compiledFixture();
    await saveImportedCorpus(entry('mine', 'mine@1', '2026-01-01T00:00:00.000Z'), { files });
    await saveImportedCorpus(entry('mine', 'mine@2', '2026-01-02T00:00:00.000Z'), { files });
    expect((await getImportedCorpus('mine'))?.storeKey).toBe('mine@2');
    expect(await readImportedFile('mine@1', 'index.json')).toBeUndefined();
    expect(await readImportedFile('mine@2', 'index.json')).toBeDefined();
  });

  it('a failed save changes nothing', async () => {
    const { files } = compiledFixture();
    await saveImportedCorpus(entry('mine', 'mine@1', '2026-01-01T00:00:00.000Z'), { files });
    // A value IndexedDB cannot clone fails the one shard transaction.
    const broken = [{ path: 'index.json', json: (() => 1) as unknown as string }];
    await expect(
      saveImportedCorpus(entry('mine', 'mine@2', '2026-01-02T00:00:00.000Z'), { files: broken }),
    ).rejects.toThrow();
    expect((await getImportedCorpus('mine'))?.storeKey).toBe('mine@1');
    expect(await readImportedFile('mine@2', 'index.json')).toBeUndefined();
  });

  it('deletes the entry and its shards', async () => {
    const { files } = compiledFixture();
    await saveImportedCorpus(entry('mine', 'mine@1', '2026-01-01T00:00:00.000Z'), { files });
    await deleteImportedCorpus('mine');
    expect(await getImportedCorpus('mine')).toBeNull();
    expect(await readImportedFile('mine@1', 'index.json')).toBeUndefined();
  });

  describe('an interrupted write leaves old or new, never half', () => {
    it('an import aborted after its entry and some shards were put leaves nothing', async () => {
      const next = files('new', 6);
      abortAfter('put', 'shards', 3);
      await expect(
        saveImportedCorpus(entry('mine', 'mine@1', '2026-01-01T00:00:00.000Z'), { files: next }),
      ).rejects.toThrow();
      vi.restoreAllMocks();
      expect(await getImportedCorpus('mine')).toBeNull();
      expect(await listImportedCorpora()).toEqual([]);
      expect(await stored('mine@1', next)).toEqual(next.map(() => undefined));
    });

    it('a replacement aborted midway leaves the previous corpus whole and unchanged', async () => {
      const before = files('old', 4);
      const previous = entry('mine', 'mine@1', '2026-01-01T00:00:00.000Z');
      await saveImportedCorpus(previous, { files: before });
      const next = files('new', 6);
      abortAfter('put', 'shards', 3);
      await expect(
        saveImportedCorpus(entry('mine', 'mine@2', '2026-01-02T00:00:00.000Z'), { files: next }),
      ).rejects.toThrow();
      vi.restoreAllMocks();
      expect(await getImportedCorpus('mine')).toEqual(previous);
      expect(await stored('mine@1', before)).toEqual(before.map(({ json }) => json));
      expect(await stored('mine@2', next)).toEqual(next.map(() => undefined));
    });

    it('an abort the browser reports after every write was queued also leaves the previous corpus', async () => {
      const before = files('old', 4);
      const previous = entry('mine', 'mine@1', '2026-01-01T00:00:00.000Z');
      await saveImportedCorpus(previous, { files: before });
      const next = files('new', 5);
      // After the last put nothing follows to fail: only the transaction's abort says so.
      abortAfter('put', 'shards', next.length);
      await expect(
        saveImportedCorpus(entry('mine', 'mine@2', '2026-01-02T00:00:00.000Z'), { files: next }),
      ).rejects.toThrow();
      vi.restoreAllMocks();
      expect(await getImportedCorpus('mine')).toEqual(previous);
      expect(await stored('mine@1', before)).toEqual(before.map(({ json }) => json));
      expect(await stored('mine@2', next)).toEqual(next.map(() => undefined));
    });

    it('a shard that cannot be stored, after the entry and other shards, fails the whole import', async () => {
      const next = files('new', 4);
      // A value IndexedDB cannot clone: its put throws after the entry and three shards were put.
      const broken = [
        ...next,
        { path: 'events/broken.json', json: (() => 1) as unknown as string },
      ];
      await expect(
        saveImportedCorpus(entry('mine', 'mine@1', '2026-01-01T00:00:00.000Z'), { files: broken }),
      ).rejects.toThrow();
      expect(await getImportedCorpus('mine')).toBeNull();
      expect(await stored('mine@1', next)).toEqual(next.map(() => undefined));
    });

    it('a deletion aborted after the entry was removed leaves the corpus whole', async () => {
      const before = files('old', 4);
      const previous = entry('mine', 'mine@1', '2026-01-01T00:00:00.000Z');
      await saveImportedCorpus(previous, { files: before });
      abortAfter('delete', 'shards', 1);
      await expect(deleteImportedCorpus('mine')).rejects.toThrow();
      vi.restoreAllMocks();
      expect(await getImportedCorpus('mine')).toEqual(previous);
      expect(await stored('mine@1', before)).toEqual(before.map(({ json }) => json));
    });

    it('a deletion leaves the other corpora and their shards alone', async () => {
      const kept = files('kept', 3);
      await saveImportedCorpus(entry('mine', 'mine@1', '2026-01-01T00:00:00.000Z'), {
        files: files('gone', 3),
      });
      // A storeKey that shares a prefix with the deleted one: the key range must not reach it.
      await saveImportedCorpus(entry('mine-2', 'mine@1x', '2026-01-02T00:00:00.000Z'), {
        files: kept,
      });
      await deleteImportedCorpus('mine');
      expect((await listImportedCorpora()).map((corpus) => corpus.id)).toEqual(['mine-2']);
      expect(await stored('mine@1x', kept)).toEqual(kept.map(({ json }) => json));
    });
  });
});
