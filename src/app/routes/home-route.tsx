import { useNavigate, useRouterState, useSearch } from '@tanstack/react-router';
import { EventList } from '@/features/events/components/event-list';
import { ListExport } from '@/features/exports/components/list-export';
import { parseListSearch } from '@/lib/event-filters/list-search';

export function HomeRoute() {
  // Re-parsed on read: the router lets raw keys that validation dropped through.
  const search = useSearch({
    from: '/',
    select: (values) => parseListSearch({ ...values }),
    structuralSharing: true,
  });
  // The query the list was last shown for, not the live location: that one changes the
  // moment a reader opens an event, and re-rendered the whole list on its way out.
  const rawSearch = useRouterState({
    select: (state) => (state.resolvedLocation ?? state.location).search,
  });
  const navigate = useNavigate({ from: '/' });

  return (
    <EventList
      search={search}
      rawSearch={rawSearch}
      onChange={(patch, { replace }) => {
        void navigate({
          search: (previous) => parseListSearch({ ...previous, ...patch }),
          replace,
          resetScroll: false,
        });
      }}
      renderListActions={(shown) => <ListExport {...shown} />}
    />
  );
}
