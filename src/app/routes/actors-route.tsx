import { useNavigate, useSearch } from '@tanstack/react-router';
import { ActorsIndex } from '@/features/actors/components/actors-index';
import { parseActorsSearch } from '@/features/actors/utils/actors-search';

export function ActorsRoute() {
  const query = useSearch({ from: '/actors', select: (search) => search.q ?? '' });
  const navigate = useNavigate({ from: '/actors' });
  return (
    <ActorsIndex
      query={query}
      onQueryChange={(q, { replace }) => {
        void navigate({
          search: (previous) => parseActorsSearch({ ...previous, q }),
          replace,
          resetScroll: false,
        });
      }}
    />
  );
}
