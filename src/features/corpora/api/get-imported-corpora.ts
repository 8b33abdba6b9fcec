import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import { getImportedCorpus, listImportedCorpora } from '@/lib/corpus-source/corpus-db';

/** Everything under this key changes when a corpus is imported or deleted; invalidate it then. */
export const importedCorporaKey = ['corpora', 'imported'] as const;

export function importedCorporaQueryOptions() {
  return queryOptions({ queryKey: importedCorporaKey, queryFn: listImportedCorpora });
}

export function useImportedCorpora() {
  return useQuery(importedCorporaQueryOptions());
}

/** One catalog entry; null when this browser has no corpus of that id. No id: nothing to read. */
export function importedCorpusQueryOptions(id: string | undefined) {
  return queryOptions({
    queryKey: [...importedCorporaKey, id],
    queryFn: id === undefined ? skipToken : () => getImportedCorpus(id),
  });
}

export function useImportedCorpus(id: string | undefined) {
  return useQuery(importedCorpusQueryOptions(id));
}
