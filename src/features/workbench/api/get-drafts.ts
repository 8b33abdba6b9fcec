import { queryOptions, useQuery } from '@tanstack/react-query';
import { listImportedCorpora } from '@/lib/corpus-source/corpus-db';
import { listDrafts, loadDraft } from './draft-db';

/** Everything under this key changes when a draft is started, saved or deleted. */
export const draftsKey = ['workbench', 'drafts'] as const;

export function useDrafts() {
  return useQuery(queryOptions({ queryKey: draftsKey, queryFn: listDrafts }));
}

/** One draft's record and files; null when this browser has no draft of that id. */
export function useStoredDraft(id: string) {
  return useQuery(
    queryOptions({
      queryKey: [...draftsKey, id],
      queryFn: async () => (await loadDraft(id)) ?? null,
      // Read once per opening: from then on the open draft lives in the store.
      staleTime: Infinity,
      gcTime: 0,
    }),
  );
}

/** The corpora imported into this browser, to copy one into a draft. */
export function useImportableCorpora() {
  return useQuery(
    queryOptions({ queryKey: ['workbench', 'imported-corpora'], queryFn: listImportedCorpora }),
  );
}
