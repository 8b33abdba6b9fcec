import { useNavigate, useSearch } from '@tanstack/react-router';
import { paths } from '@/config/paths';
import { ImportFileButton } from '@/features/corpora/components/import-file-button';
import { WorkbenchPage } from '@/features/workbench/components/workbench-page';
import { ExportActionsContext } from '@/features/workbench/hooks/export-actions';
import {
  PreviewRendererContext,
  type RenderPreview,
} from '@/features/workbench/hooks/preview-renderer';
import { DraftPreview } from '../draft-preview';

// The live preview is the reader's comparison view; a new event starts with its controls reset.
const renderDraftPreview: RenderPreview = (preview) => (
  <DraftPreview key={preview.eventId} {...preview} />
);

export function WorkbenchRoute() {
  const draftId = useSearch({ from: '/workbench', select: (search) => search.draft });
  const navigate = useNavigate({ from: '/workbench' });
  const openDraft = (draft: string | undefined) => {
    void navigate({ search: ({ draft: _dropped, ...previous }) => ({ ...previous, draft }) });
  };
  return (
    // The export panel's "Open in Riwaya" is the corpora page's import, composed here.
    <ExportActionsContext
      value={{
        openDraft,
        renderOpenInRiwaya: ({ label, zipFile }) => (
          <ImportFileButton
            label={label}
            file={zipFile}
            onImported={(corpus) => {
              void navigate({ to: paths.home.path, search: { corpus: corpus.id } });
            }}
          />
        ),
      }}
    >
      <PreviewRendererContext value={renderDraftPreview}>
        <WorkbenchPage draftId={draftId} onOpen={openDraft} />
      </PreviewRendererContext>
    </ExportActionsContext>
  );
}
