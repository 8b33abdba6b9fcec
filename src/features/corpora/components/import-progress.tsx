import { Button } from '@/components/ui/button';
import { LoadingState } from '@/components/ui/loading-state';
import { useTranslation } from '@/lib/use-translation';
import type { ConflictChoice, ImportState } from '../hooks/use-corpus-import';
import { ImportErrors } from './import-errors';
import { ReplacePrompt } from './replace-prompt';

/**
 * An import under way and how it ended short of success: its stage (with a way to cancel),
 * every problem the check found, the question before replacing a stored corpus, or the failure.
 * Shared by the Corpora page's panel and the workbench's "Open in Riwaya".
 */
export function ImportProgress({
  state,
  cancel,
  resolve,
}: {
  state: ImportState;
  cancel: () => void;
  resolve: (choice: ConflictChoice) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {state.status === 'working' ? (
        <div className="mt-4 flex flex-wrap items-center gap-3">
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
          className="mt-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950"
        >
          {t(`corpora.import.failure.${state.reason}`, { file: state.fileName })}
        </p>
      ) : null}
    </>
  );
}
