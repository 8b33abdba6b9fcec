import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bundledCorpusSource } from '@/lib/corpus-source/corpus-source';
import { getImportedCorpus } from '@/lib/corpus-source/corpus-db';
import { importedCorpusSource } from '@/lib/corpus-source/imported-source';
import { saveDraft } from '../api/draft-db';
import { draftsKey } from '../api/get-drafts';
import { readCompiledCorpus } from '../api/read-compiled-corpus';
import { draftFilesFromCompiled } from '../utils/draft-from-compiled';
import { emptyDraftFiles, type DraftFiles } from '../utils/draft-files';
import { corpusIdFromTitle, newDraftId } from '../utils/new-draft-id';

/** What a new draft starts from: nothing, the bundled corpus, or an imported corpus (its id). */
export type DraftOrigin =
  { kind: 'empty' } | { kind: 'bundled' } | { kind: 'imported'; id: string };

async function startingFiles(title: string, origin: DraftOrigin): Promise<DraftFiles> {
  if (origin.kind === 'empty')
    return emptyDraftFiles(corpusIdFromTitle(title), { ar: title, en: title });
  if (origin.kind === 'bundled') {
    return draftFilesFromCompiled(await readCompiledCorpus(bundledCorpusSource));
  }
  const entry = await getImportedCorpus(origin.id);
  if (!entry) throw new Error(`no imported corpus "${origin.id}" in this browser`);
  return draftFilesFromCompiled(await readCompiledCorpus(importedCorpusSource(entry)));
}

/** Creates a draft and stores it before anything opens it; resolves with its id. */
export function useStartDraft() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ title, origin }: { title: string; origin: DraftOrigin }) => {
      const files = await startingFiles(title, origin);
      const now = new Date().toISOString();
      const id = newDraftId();
      await saveDraft({ id, title, createdAt: now, updatedAt: now, revision: 1 }, files);
      return id;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: draftsKey }),
  });
}
