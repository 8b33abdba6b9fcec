import { useNavigate, useSearch } from '@tanstack/react-router';
import { WorkbenchPage } from '@/features/workbench/components/workbench-page';

export function WorkbenchRoute() {
  const draftId = useSearch({ from: '/workbench', select: (search) => search.draft });
  const navigate = useNavigate({ from: '/workbench' });
  return (
    <WorkbenchPage
      draftId={draftId}
      onOpen={(draft) => {
        void navigate({ search: ({ draft: _dropped, ...previous }) => ({ ...previous, draft }) });
      }}
    />
  );
}
