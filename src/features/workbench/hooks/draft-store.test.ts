import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftRecord } from '../api/draft-db-schema';
import { closeDraftDatabase, loadDraft, saveDraft } from '../api/draft-db';
import { startAutosave } from './autosave';
import { createDraftStore, UNDO_LIMIT } from './draft-store';

const record: DraftRecord = {
  id: 'd',
  title: 'Draft',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  revision: 0,
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeDraftDatabase();
});

describe('draft store', () => {
  it('undoes and redoes edits, and a new edit clears redo', () => {
    const store = createDraftStore();
    store.getState().open(record, { 'a.json': '0' });
    store.getState().edit((files) => ({ ...files, 'a.json': '1' }));
    store.getState().edit((files) => ({ ...files, 'b.json': '2' }));
    store.getState().undo();
    expect(store.getState().files).toEqual({ 'a.json': '1' });
    store.getState().undo();
    expect(store.getState().files).toEqual({ 'a.json': '0' });
    store.getState().undo();
    expect(store.getState().files).toEqual({ 'a.json': '0' });
    store.getState().redo();
    expect(store.getState().files).toEqual({ 'a.json': '1' });
    store.getState().edit((files) => ({ ...files, 'c.json': '3' }));
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(store.getState().files).toEqual({ 'a.json': '1', 'c.json': '3' });
  });

  it('keeps a bounded history and ignores edits that change nothing', () => {
    const store = createDraftStore();
    store.getState().open(record, { n: '0' });
    for (let i = 1; i <= UNDO_LIMIT + 50; i += 1) {
      store.getState().edit(() => ({ n: String(i) }));
    }
    store.getState().edit((files) => ({ ...files }));
    expect(store.getState().past).toHaveLength(UNDO_LIMIT);
    expect(store.getState().past[0]).toEqual({ n: '50' });
  });
});

describe('autosave', () => {
  it('stores every edit, so a reload finds the last one, and undo is saved too', async () => {
    const store = createDraftStore();
    await saveDraft(record, { 'a.json': '0' });
    store.getState().open(record, { 'a.json': '0' });
    const autosave = startAutosave(store, saveDraft);
    store.getState().edit(() => ({ 'a.json': '1' }));
    store.getState().edit((files) => ({ ...files, 'b.json': '2' }));
    await autosave.flush();
    await closeDraftDatabase();
    expect((await loadDraft('d'))?.files).toEqual({ 'a.json': '1', 'b.json': '2' });

    store.getState().undo();
    store.getState().rename('Renamed');
    await autosave.flush();
    autosave.stop();
    await closeDraftDatabase();
    const stored = await loadDraft('d');
    expect(stored?.files).toEqual({ 'a.json': '1' });
    expect(stored?.record.title).toBe('Renamed');
    expect(stored?.record.revision).toBeGreaterThan(1);
  });

  it('reports a failed save and keeps the edit on screen, saving it with the next change', async () => {
    const store = createDraftStore();
    store.getState().open(record, { 'a.json': '0' });
    const errors: unknown[] = [];
    let fail = true;
    const saved: string[] = [];
    const autosave = startAutosave(
      store,
      (_record, files) => {
        if (fail) return Promise.reject(new Error('QuotaExceededError'));
        saved.push(files['a.json'] ?? '');
        return Promise.resolve();
      },
      { onError: (error) => errors.push(error) },
    );
    store.getState().edit(() => ({ 'a.json': '1' }));
    await autosave.flush();
    expect(errors).toHaveLength(1);
    expect(store.getState().files).toEqual({ 'a.json': '1' });
    fail = false;
    store.getState().edit(() => ({ 'a.json': '2' }));
    await autosave.flush();
    expect(saved).toEqual(['2']);
  });
});

describe('autosave when the draft is closed', () => {
  it('still writes the last edit, deleting the files it removed', async () => {
    const store = createDraftStore();
    await saveDraft(record, { 'a.json': '0', 'b.json': '1' });
    store.getState().open(record, { 'a.json': '0', 'b.json': '1' });
    const autosave = startAutosave(store, saveDraft);
    store.getState().edit(() => ({ 'a.json': 'last' }));
    store.getState().close();
    await autosave.flush();
    autosave.stop();
    await closeDraftDatabase();
    expect((await loadDraft('d'))?.files).toEqual({ 'a.json': 'last' });
  });
});
