import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { DraftRecord } from '../api/draft-db-schema';
import type { DraftFiles } from '../utils/draft-files';

/** How many edits undo reaches back: enough for a session, bounded so memory stays small. */
export const UNDO_LIMIT = 200;

export interface DraftState {
  /** The draft open in the workbench; null on the list of drafts. */
  record: DraftRecord | null;
  files: DraftFiles;
  /** Earlier versions of `files`, oldest first; unchanged files are shared, not copied. */
  past: DraftFiles[];
  future: DraftFiles[];
  open: (record: DraftRecord, files: DraftFiles) => void;
  close: () => void;
  /** Applies one edit; an edit that changes nothing is not a step of undo. */
  edit: (change: (files: DraftFiles) => DraftFiles) => void;
  rename: (title: string) => void;
  undo: () => void;
  redo: () => void;
}

export type DraftStore = UseBoundStore<StoreApi<DraftState>>;

function sameFiles(a: DraftFiles, b: DraftFiles): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/** A store per call, so tests start clean; the app uses `useDraftStore`. */
export function createDraftStore(): DraftStore {
  return create<DraftState>()((set, get) => ({
    record: null,
    files: {},
    past: [],
    future: [],
    open: (record, files) => {
      set({ record, files, past: [], future: [] });
    },
    close: () => {
      set({ record: null, files: {}, past: [], future: [] });
    },
    edit: (change) => {
      const { files, past, record } = get();
      if (!record) return;
      const next = change(files);
      if (sameFiles(next, files)) return;
      set({ files: next, past: [...past, files].slice(-UNDO_LIMIT), future: [] });
    },
    rename: (title) => {
      const { record } = get();
      if (record && record.title !== title) set({ record: { ...record, title } });
    },
    undo: () => {
      const { files, past, future } = get();
      const previous = past.at(-1);
      if (previous === undefined) return;
      set({ files: previous, past: past.slice(0, -1), future: [files, ...future] });
    },
    redo: () => {
      const { files, past, future } = get();
      const [next, ...rest] = future;
      if (next === undefined) return;
      set({ files: next, past: [...past, files], future: rest });
    },
  }));
}

export const useDraftStore = createDraftStore();
