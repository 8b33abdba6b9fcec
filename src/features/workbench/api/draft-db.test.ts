import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyDraftFiles, type DraftFiles } from '../utils/draft-files';
import type { DraftRecord } from './draft-db-schema';
import { closeDraftDatabase, deleteDraft, listDrafts, loadDraft, saveDraft } from './draft-db';

const record = (revision: number, updatedAt = '2026-01-01T00:00:00.000Z'): DraftRecord => ({
  id: 'draft-1',
  title: 'Idlib',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt,
  revision,
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDraftDatabase();
});

describe('draft database', () => {
  it('saves a draft and reads it back after a reload', async () => {
    const files = {
      ...emptyDraftFiles('idlib', { ar: 'إدلب', en: 'Idlib' }),
      'sources/a.txt': 'نص\r\n',
    };
    await saveDraft(record(1), files);
    await closeDraftDatabase();
    const stored = await loadDraft('draft-1');
    expect(stored?.record).toEqual(record(1));
    expect(stored?.files).toEqual(files);
  });

  it('writes only what changed, and deletes what the draft no longer has', async () => {
    await saveDraft(record(1), { 'a.json': '1', 'b.json': '2' });
    await saveDraft(record(2), { 'a.json': '1', 'c.json': '3' }, { 'a.json': '1', 'b.json': '2' });
    await closeDraftDatabase();
    expect((await loadDraft('draft-1'))?.files).toEqual({ 'a.json': '1', 'c.json': '3' });
  });

  it('leaves the old draft whole when a save is interrupted', async () => {
    const old: DraftFiles = { 'a.json': 'old a', 'b.json': 'old b' };
    await saveDraft(record(1), old);
    // A value IndexedDB cannot store fails the second put, after the first was queued.
    const broken = { 'a.json': 'new a', 'b.json': (() => 'x') as unknown as string };
    await expect(saveDraft(record(2), broken, old)).rejects.toThrow();
    await closeDraftDatabase();
    const stored = await loadDraft('draft-1');
    expect(stored?.record.revision).toBe(1);
    expect(stored?.files).toEqual(old);
  });

  it('lists drafts newest first and deletes one with all its files', async () => {
    await saveDraft(record(1, '2026-01-01T00:00:00.000Z'), { 'a.json': '1' });
    await saveDraft(
      { ...record(1, '2026-02-01T00:00:00.000Z'), id: 'draft-2', title: 'Later' },
      { 'a.json': '2' },
    );
    expect((await listDrafts()).map((draft) => draft.id)).toEqual(['draft-2', 'draft-1']);
    await deleteDraft('draft-2');
    expect((await listDrafts()).map((draft) => draft.id)).toEqual(['draft-1']);
    expect(await loadDraft('draft-2')).toBeUndefined();
    expect((await loadDraft('draft-1'))?.files).toEqual({ 'a.json': '1' });
  });
});
