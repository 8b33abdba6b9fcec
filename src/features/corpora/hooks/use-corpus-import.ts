import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CorpusError } from '@/corpus/rules/corpus-error';
import { saveImportedCorpus } from '@/lib/corpus-source/corpus-db';
import type { ImportedCorpus } from '@/lib/corpus-source/imported-corpus';
import { importedCorporaKey } from '../api/get-imported-corpora';
import { validateCorpusFile, type Validation } from '../api/validate-corpus-file';
import type { ValidationStage } from '../utils/validation-result';

export type ImportState =
  | { status: 'idle' }
  | { status: 'working'; fileName: string; stage: ValidationStage | 'storing' }
  | { status: 'invalid'; fileName: string; errors: CorpusError[] }
  | { status: 'failed'; fileName: string; message: string }
  | { status: 'imported'; corpus: ImportedCorpus };

/**
 * Check, then store, then report. Nothing is written until the compiler has
 * accepted every file, and the entry and its shards commit in one transaction,
 * so a failure at any step leaves the stored corpora and the active one as they were.
 */
export function useCorpusImport(onImported: (corpus: ImportedCorpus) => void) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const queryClient = useQueryClient();
  const running = useRef<Validation | undefined>(undefined);

  useEffect(
    () => () => {
      running.current?.cancel();
    },
    [],
  );

  const start = useCallback(
    async (file: File) => {
      running.current?.cancel();
      const fileName = file.name;
      setState({ status: 'working', fileName, stage: 'reading' });
      const validation = validateCorpusFile(file, (stage) => {
        setState({ status: 'working', fileName, stage });
      });
      running.current = validation;
      try {
        const result = await validation.result;
        if (!result.ok) {
          setState({ status: 'invalid', fileName, errors: result.errors });
          return;
        }
        setState({ status: 'working', fileName, stage: 'storing' });
        const importedAt = new Date().toISOString();
        const corpus: ImportedCorpus = {
          ...result.corpus,
          storeKey: `${result.corpus.id}@${importedAt}`,
          fileName,
          importedAt,
          byteSize: file.size,
        };
        await saveImportedCorpus(corpus, { files: result.files });
        await queryClient.invalidateQueries({ queryKey: importedCorporaKey });
        setState({ status: 'imported', corpus });
        onImported(corpus);
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        const message = error instanceof Error ? error.message : String(error);
        setState({ status: 'failed', fileName, message });
      }
    },
    [queryClient, onImported],
  );

  const cancel = useCallback(() => {
    running.current?.cancel();
    setState({ status: 'idle' });
  }, []);

  return { state, start, cancel };
}
