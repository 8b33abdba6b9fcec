import type { DraftRecord } from '../api/draft-db-schema';
import type { DraftFiles } from '../utils/draft-files';
import type { DraftStore } from './draft-store';

export type SaveDraft = (
  record: DraftRecord,
  files: DraftFiles,
  previous: DraftFiles,
) => Promise<void>;

export interface Autosave {
  /** Resolves once everything edited so far is stored. */
  flush: () => Promise<void>;
  stop: () => void;
}

/**
 * Saves the open draft after every change, one save at a time: while one is being written, the
 * edits made meanwhile wait and go in the next, so the stored draft is never more than the save
 * in flight behind the screen. A failed save is reported and retried with the next change.
 */
export interface AutosaveEvents {
  onSaving?: () => void;
  onSaved?: () => void;
  onError?: (error: unknown) => void;
  now?: () => string;
}

export function startAutosave(
  store: DraftStore,
  save: SaveDraft,
  {
    onSaving = () => undefined,
    onSaved = () => undefined,
    onError = () => undefined,
    now = () => new Date().toISOString(),
  }: AutosaveEvents = {},
): Autosave {
  /** What is stored of each draft this autosave has seen: a save writes only the difference. */
  const saved = new Map<string, { files: DraftFiles; title: string }>();
  let running: Promise<void> = Promise.resolve();
  let pending = false;

  async function saveSnapshot(record: DraftRecord | null, files: DraftFiles): Promise<void> {
    if (!record) return;
    const previous = saved.get(record.id);
    if (previous?.files === files && previous.title === record.title) return;
    const stored: DraftRecord = { ...record, updatedAt: now(), revision: record.revision + 1 };
    try {
      onSaving();
      await save(stored, files, previous?.files ?? {});
      saved.set(record.id, { files, title: record.title });
      onSaved();
      // Keep the revision in the store without making it an edit.
      if (store.getState().record?.id === record.id) {
        store.setState((state) =>
          state.record ? { record: { ...state.record, revision: stored.revision } } : state,
        );
      }
    } catch (error) {
      onError(error);
    }
  }

  function schedule(): Promise<void> {
    if (pending) return running;
    pending = true;
    running = running.then(() => {
      pending = false;
      const { record, files } = store.getState();
      return saveSnapshot(record, files);
    });
    return running;
  }

  /** Marks what was opened as stored, so opening a draft does not rewrite it. */
  function remember(): void {
    const { record, files } = store.getState();
    if (record) saved.set(record.id, { files, title: record.title });
  }

  remember();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.record?.id !== previous.record?.id) {
      // The draft left (closed, or another opened): its last edit is still written.
      const { record, files } = previous;
      running = running.then(() => saveSnapshot(record, files));
      remember();
      return;
    }
    if (state.files !== previous.files || state.record?.title !== previous.record?.title) {
      void schedule();
    }
  });
  return {
    flush: () => schedule(),
    stop: unsubscribe,
  };
}
