import { Button } from '@/components/ui/button';
import { LoadingState } from '@/components/ui/loading-state';
import type { ImportedCorpus } from '@/lib/corpus-source/imported-corpus';
import { useTranslation } from '@/lib/use-translation';
import { useCorpusImport } from '../hooks/use-corpus-import';
import { ImportErrors } from './import-errors';
import { ReplacePrompt } from './replace-prompt';

export interface ImportFileButtonProps {
  /** The button's words, from the page that offers it. */
  label: string;
  /** The corpus file to import (a bundle or a zipped folder), made on click. */
  file: () => File;
  onImported: (corpus: ImportedCorpus) => void;
}

/**
 * One click imports a file made elsewhere in the app (the workbench's zip) through the very
 * pipeline of the Corpora page: checked by the compiler in a worker, asked before it would
 * replace a stored corpus of the same id, stored in one transaction. Progress and every problem
 * show beside the button; `onImported` then takes the reader to it.
 */
export function ImportFileButton({ label, file, onImported }: ImportFileButtonProps) {
  const { t } = useTranslation();
  const { state, start, cancel, resolve } = useCorpusImport(onImported);
  const busy = state.status === 'working';

  return (
    <div>
      <Button variant="primary" size="md" disabled={busy} onClick={() => void start(file())}>
        {label}
      </Button>
      {state.status === 'working' ? (
        <div className="flex flex-wrap items-center gap-3">
          <LoadingState
            label={t(`corpora.import.stage.${state.stage}`, { file: state.fileName })}
          />
          {state.stage === 'storing' ? null : (
            <Button onClick={cancel}>{t('corpora.import.cancel')}</Button>
          )}
        </div>
      ) : null}
      {state.status === 'invalid' ? (
        <ImportErrors fileName={state.fileName} errors={state.errors} unlisted={state.unlisted} />
      ) : null}
      {state.status === 'conflict' ? (
        <ReplacePrompt
          fileName={state.fileName}
          incoming={state.incoming}
          existing={state.existing}
          onChoose={(choice) => void resolve(choice)}
        />
      ) : null}
      {state.status === 'failed' ? (
        <p
          role="alert"
          className="mt-2 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950"
        >
          {t(`corpora.import.failure.${state.reason}`, { file: state.fileName })}
        </p>
      ) : null}
    </div>
  );
}
