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
import type { ImportedCorpus } from './imported-corpus';
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

afterEach(async () => {
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

  it('a re-import replaces the entry and drops the old shards only after the swap', async () => {
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
});
