import { useEffect, useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useStoredDraft } from '../api/get-drafts';
import { useAutosave } from '../hooks/use-autosave';
import { useDraftCheck } from '../hooks/use-draft-check';
import { useDraftStore } from '../hooks/draft-store';
import { useUndoKeys } from '../hooks/use-undo-keys';
import { draftCounts } from '../utils/draft-counts';
import { AddSourceForm } from './add-source-form';
import { ClaimFlow } from './claim-flow';
import { DraftFilesList } from './draft-files-list';
import { DraftProblems } from './draft-problems';
import { EditorWithPreview } from './editor-with-preview';
import { ExportDraftPanel } from './export-draft-panel';
import { ImportAnnotationsForm } from './import-annotations-form';
import { SaveStatusLine } from './save-status-line';

/** One draft, open for editing: autosaved on every change, with undo and redo. */
export function DraftEditor({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const stored = useStoredDraft(id);
  const open = useDraftStore((state) => state.open);
  const close = useDraftStore((state) => state.close);
  const isOpen = useDraftStore((state) => state.record?.id === id);

  useEffect(() => {
    if (stored.data) open(stored.data.record, stored.data.files);
  }, [stored.data, open]);
  useEffect(() => close, [close]);

  if (stored.isPending) return <LoadingState label={t('workbench.editor.loading')} />;
  if (stored.isError) {
    return (
      <ErrorState
        message={t('workbench.drafts.storageError')}
        detail={stored.error.message}
        onRetry={() => void stored.refetch()}
      />
    );
  }
  if (stored.data === null) {
    return (
      <div>
        <p role="alert" className="mt-6">
          {t('workbench.editor.notFound')}
        </p>
        <Button className="mt-4" onClick={onClose}>
          {t('workbench.editor.back')}
        </Button>
      </div>
    );
  }
  if (!isOpen) return <LoadingState label={t('workbench.editor.loading')} />;
  return <OpenDraft onClose={onClose} />;
}

function OpenDraft({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const status = useAutosave();
  useUndoKeys();
  const title = useDraftStore((state) => state.record?.title ?? '');
  const files = useDraftStore((state) => state.files);
  const canUndo = useDraftStore((state) => state.past.length > 0);
  const canRedo = useDraftStore((state) => state.future.length > 0);
  const { rename, undo, redo } = useDraftStore.getState();
  const counts = draftCounts(files);
  const check = useDraftCheck(files);

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Button variant="quiet" size="inline" onClick={onClose}>
          {t('workbench.editor.back')}
        </Button>
        <SaveStatusLine status={status} />
      </div>
      <div className="mt-4 max-w-2xl">
        <label htmlFor={titleId} className="font-medium">
          {t('workbench.editor.titleLabel')}
        </label>
        <input
          id={titleId}
          value={title}
          className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-xl font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700"
          onChange={(event) => {
            rename(event.target.value);
          }}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        <Button disabled={!canUndo} onClick={undo} aria-keyshortcuts="Control+Z">
          {t('workbench.editor.undo')}
        </Button>
        <Button disabled={!canRedo} onClick={redo} aria-keyshortcuts="Control+Shift+Z">
          {t('workbench.editor.redo')}
        </Button>
        <p className="text-stone-700">
          {[
            t('workbench.editor.sources', { count: counts.sources }),
            t('workbench.editor.events', { count: counts.events }),
            t('workbench.editor.claims', { count: counts.claims }),
          ].join(' · ')}
        </p>
      </div>
      <EditorWithPreview check={check} files={files}>
        <DraftProblems check={check} />
        <AddSourceForm />
        <ClaimFlow />
        <ImportAnnotationsForm />
        <DraftFilesList files={files} check={check} />
        <ExportDraftPanel files={files} check={check} />
      </EditorWithPreview>
    </div>
  );
}
