import { useNavigate, useSearch } from '@tanstack/react-router';
import { SourcesIndex } from '@/features/sources/components/sources-index';
import { parseSourcesSearch } from '@/features/sources/utils/sources-search';

export function SourcesRoute() {
  const search = useSearch({
    from: '/sources',
    select: (values) => parseSourcesSearch({ ...values }),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/sources' });
  return (
    <SourcesIndex
      search={search}
      onChange={(patch, { replace }) => {
        void navigate({
          search: (previous) => parseSourcesSearch({ ...previous, ...patch }),
          replace,
          resetScroll: false,
        });
      }}
    />
  );
}
