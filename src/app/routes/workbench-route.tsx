import { useNavigate, useSearch } from '@tanstack/react-router';
import { WorkbenchPage } from '@/features/workbench/components/workbench-page';
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
    <PreviewRendererContext value={renderDraftPreview}>
      <WorkbenchPage draftId={draftId} onOpen={openDraft} />
    </PreviewRendererContext>
  );
}
