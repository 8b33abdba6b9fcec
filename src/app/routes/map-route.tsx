import { useNavigate, useSearch } from '@tanstack/react-router';
import { MapPage } from '@/features/map/components/map-page';
import { FilterNote } from '@/features/timeline/components/filter-note';
import { parseListSearch } from '@/lib/event-filters/list-search';

/** The map reads the event list's filters, parsed by the list's own parser. */
export function MapRoute() {
  // Re-parsed on read: the router lets raw keys that validation dropped through.
  const search = useSearch({
    from: '/map',
    select: (values) => parseListSearch({ ...values }),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/map' });

  return (
    <MapPage
      search={search}
      onChange={(patch, { replace }) => {
        void navigate({
          search: (previous) => parseListSearch({ ...previous, ...patch }),
          replace,
          resetScroll: false,
        });
      }}
      renderFilterNote={(filters, lookups) => <FilterNote filters={filters} lookups={lookups} />}
    />
  );
}
