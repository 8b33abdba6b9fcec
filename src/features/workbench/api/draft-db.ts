import type { DraftFiles } from '../utils/draft-files';
import { filesOf, openDraftDatabase, type DraftDb, type DraftRecord } from './draft-db-schema';

export interface StoredDraft {
  record: DraftRecord;
  files: DraftFiles;
}

let opened: Promise<DraftDb> | undefined;

/** Opened on first use, so a reader who never opens the workbench gets no database. */
function database(): Promise<DraftDb> {
  opened ??= openDraftDatabase().catch((error: unknown) => {
    opened = undefined;
    throw error;
  });
  return opened;
}

/**
 * For tests: forget the connection, as a reload does.
 * @internal
 */
export async function closeDraftDatabase(): Promise<void> {
  const db = await opened;
  opened = undefined;
  db?.close();
}

/** Every draft, most recently edited first. */
export async function listDrafts(): Promise<DraftRecord[]> {
  const records = await (await database()).getAll('drafts');
  return records.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

export async function loadDraft(id: string): Promise<StoredDraft | undefined> {
  const db = await database();
  const tx = db.transaction(['drafts', 'files'], 'readonly');
  const record = await tx.objectStore('drafts').get(id);
  if (!record) return undefined;
  const files: Record<string, string> = {};
  let cursor = await tx.objectStore('files').openCursor(filesOf(id));
  while (cursor) {
    files[cursor.key[1]] = cursor.value;
    cursor = await cursor.continue();
  }
  await tx.done;
  return { record, files };
}

/**
 * Saves a draft in one transaction: its record, the files that changed since `previous` (what
 * was last saved) and the deletion of those it no longer has. Either all of it commits or none.
 * A failed put (a value that cannot be stored) aborts explicitly: IndexedDB would otherwise
 * commit the puts queued before it.
 */
export async function saveDraft(
  record: DraftRecord,
  files: DraftFiles,
  previous: DraftFiles = {},
): Promise<void> {
  const db = await database();
  const tx = db.transaction(['drafts', 'files'], 'readwrite');
  const queued: Promise<unknown>[] = [];
  try {
    const store = tx.objectStore('files');
    for (const path of Object.keys(previous)) {
      if (!(path in files)) queued.push(store.delete([record.id, path]));
    }
    for (const [path, text] of Object.entries(files)) {
      if (previous[path] !== text) queued.push(store.put(text, [record.id, path]));
    }
    queued.push(tx.objectStore('drafts').put(record, record.id));
    await Promise.all([...queued, tx.done]);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished: the browser aborted it first.
    }
    await Promise.allSettled([...queued, tx.done]);
    throw tx.error ?? error;
  }
}

/** Removes a draft and all its files, in one transaction. */
export async function deleteDraft(id: string): Promise<void> {
  const db = await database();
  const tx = db.transaction(['drafts', 'files'], 'readwrite');
  await Promise.all([
    tx.objectStore('drafts').delete(id),
    tx.objectStore('files').delete(filesOf(id)),
    tx.done,
  ]);
}
