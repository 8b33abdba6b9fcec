import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** What the list of drafts shows, without reading a draft's files. */
export interface DraftRecord {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every save: the files stored are those of this revision, never a mix. */
  revision: number;
}

/**
 * The workbench's own database, apart from `riwaya` (imported corpora): drafts are edited on
 * every keystroke, imports are written once. As in corpus-db-schema.ts, the catalog and the files
 * live in two stores written in one transaction per save, so an interrupted save (a crash, a
 * closed tab, a full disk) leaves the old draft or the new one, never half of each.
 */
export interface DraftDbSchema extends DBSchema {
  drafts: { key: string; value: DraftRecord };
  /** Keyed by [draftId, path]; the value is the file's exact text. */
  files: { key: [string, string]; value: string };
}

export type DraftDb = IDBPDatabase<DraftDbSchema>;

export const DRAFT_DB_NAME = 'riwaya-workbench';

export function openDraftDatabase(): Promise<DraftDb> {
  return openDB<DraftDbSchema>(DRAFT_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('drafts');
      db.createObjectStore('files');
    },
  });
}

/** Every file of one draft: arrays compare element by element, and an array sorts after any string. */
export function filesOf(draftId: string): IDBKeyRange {
  return IDBKeyRange.bound([draftId], [draftId, []]);
}
