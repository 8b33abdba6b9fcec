import { useNavigate, useSearch } from '@tanstack/react-router';
import { CorporaPage } from '@/features/corpora/components/corpora-page';
import { parseCorpusParam } from '@/lib/corpus-source/corpus-param';

export function CorporaRoute() {
  // Re-parsed: the router can hand back a raw value its validator dropped.
  const activeId = parseCorpusParam(
    useSearch({ from: '/corpora', select: (search) => search.corpus }),
  );
  const navigate = useNavigate({ from: '/corpora' });
  return (
    <CorporaPage
      activeId={activeId}
      onActivate={(corpus) => {
        void navigate({ search: (previous) => ({ ...previous, corpus }), replace: true });
      }}
    />
  );
}
