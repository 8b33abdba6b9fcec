import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { saveDraft } from '../api/draft-db';
import { draftsKey } from '../api/get-drafts';
import { startAutosave } from './autosave';
import { useDraftStore } from './draft-store';

export type SaveStatus =
  { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; reason: string };

/** Saves the open draft on every change while the workbench is on screen; says how it went. */
export function useAutosave(): SaveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  useEffect(() => {
    const autosave = startAutosave(useDraftStore, saveDraft, {
      onSaving: () => {
        setStatus({ kind: 'saving' });
      },
      onSaved: () => {
        setStatus({ kind: 'saved' });
        void queryClient.invalidateQueries({ queryKey: draftsKey, exact: true });
      },
      onError: (error) => {
        setStatus({
          kind: 'failed',
          reason: error instanceof Error ? error.message : String(error),
        });
      },
    });
    return () => {
      // What was edited last is still written: leaving the page must not drop it.
      void autosave.flush().finally(autosave.stop);
    };
  }, [queryClient]);
  return status;
}
