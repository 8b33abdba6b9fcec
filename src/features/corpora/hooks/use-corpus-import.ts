import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CorpusError } from '@/corpus/rules/corpus-error';
import { listImportedCorpora, saveImportedCorpus } from '@/lib/corpus-source/corpus-db';
import type { CompiledCorpusFiles, ImportedCorpus } from '@/lib/corpus-source/imported-corpus';
import { importedCorporaKey } from '../api/get-imported-corpora';
import { validateCorpusFile, type Validation } from '../api/validate-corpus-file';
import { freeCorpusId, withCorpusId } from '../utils/keep-both';
import { importFailure, type ImportFailure } from '../utils/storage-failure';
import type { ValidationStage } from '../utils/validation-result';

export type ImportState =
  | { status: 'idle' }
  | { status: 'working'; fileName: string; stage: ValidationStage | 'storing' }
  | { status: 'invalid'; fileName: string; errors: CorpusError[]; unlisted: number }
  /** The checked corpus has the id of one already stored: the reader decides. */
  | { status: 'conflict'; fileName: string; incoming: ImportedCorpus; existing: ImportedCorpus }
  | { status: 'failed'; fileName: string; reason: ImportFailure }
  | { status: 'imported'; corpus: ImportedCorpus };

export type ConflictChoice = 'replace' | 'keep-both' | 'cancel';

interface Checked {
  corpus: ImportedCorpus;
  compiled: CompiledCorpusFiles;
  taken: ReadonlySet<string>;
}

/**
 * Check, ask if it would replace a stored corpus, then store, then report.
 * Nothing is written until the compiler has accepted every file (and the reader
 * has chosen, when the id is taken), and the entry and its shards commit in one
 * transaction, so a failure at any step leaves the stored corpora and the
 * active one as they were.
 */
export function useCorpusImport(onImported: (corpus: ImportedCorpus) => void) {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const queryClient = useQueryClient();
  const running = useRef<Validation | undefined>(undefined);
  const pending = useRef<Checked | undefined>(undefined);

  useEffect(
    () => () => {
      running.current?.cancel();
    },
    [],
  );

  const store = useCallback(
    async (corpus: ImportedCorpus, compiled: CompiledCorpusFiles) => {
      const { fileName } = corpus;
      setState({ status: 'working', fileName, stage: 'storing' });
      try {
        await saveImportedCorpus(corpus, compiled);
        await queryClient.invalidateQueries({ queryKey: importedCorporaKey });
        setState({ status: 'imported', corpus });
        onImported(corpus);
      } catch (error) {
        setState({ status: 'failed', fileName, reason: importFailure(error) });
      }
    },
    [queryClient, onImported],
  );

  const start = useCallback(
    async (file: File) => {
      running.current?.cancel();
      pending.current = undefined;
      const fileName = file.name;
      setState({ status: 'working', fileName, stage: 'reading' });
      const validation = validateCorpusFile(file, (stage) => {
        setState({ status: 'working', fileName, stage });
      });
      running.current = validation;
      let stored: ImportedCorpus[];
      let result: Awaited<Validation['result']>;
      try {
        result = await validation.result;
        if (!result.ok) {
          setState({
            status: 'invalid',
            fileName,
            errors: result.errors,
            unlisted: result.unlisted ?? 0,
          });
          return;
        }
        stored = await listImportedCorpora();
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setState({ status: 'failed', fileName, reason: importFailure(error) });
        return;
      }
      const importedAt = new Date().toISOString();
      const corpus: ImportedCorpus = {
        ...result.corpus,
        storeKey: `${result.corpus.id}@${importedAt}`,
        fileName,
        importedAt,
        byteSize: file.size,
      };
      const compiled = { files: result.files };
      const existing = stored.find((entry) => entry.id === corpus.id);
      if (existing) {
        pending.current = { corpus, compiled, taken: new Set(stored.map((entry) => entry.id)) };
        setState({ status: 'conflict', fileName, incoming: corpus, existing });
        return;
      }
      await store(corpus, compiled);
    },
    [store],
  );

  const resolve = useCallback(
    async (choice: ConflictChoice) => {
      const checked = pending.current;
      pending.current = undefined;
      if (!checked || choice === 'cancel') {
        setState({ status: 'idle' });
        return;
      }
      if (choice === 'replace') {
        await store(checked.corpus, checked.compiled);
        return;
      }
      const id = freeCorpusId(checked.corpus.id, checked.taken);
      await store(
        { ...checked.corpus, id, storeKey: `${id}@${checked.corpus.importedAt}` },
        withCorpusId(checked.compiled, id),
      );
    },
    [store],
  );

  const cancel = useCallback(() => {
    running.current?.cancel();
    pending.current = undefined;
    setState({ status: 'idle' });
  }, []);

  return { state, start, cancel, resolve };
}
