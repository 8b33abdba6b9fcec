import { useNavigate, useSearch } from '@tanstack/react-router';
import { TimelinePage } from '@/features/timeline/components/timeline-page';
import { parseListSearch } from '@/lib/event-filters/list-search';

/** The timeline reads the event list's filters, parsed by the list's own parser. */
export function TimelineRoute() {
  // Re-parsed on read: the router lets raw keys that validation dropped through.
  const search = useSearch({
    from: '/timeline',
    select: (values) => parseListSearch({ ...values }),
    structuralSharing: true,
  });
  const navigate = useNavigate({ from: '/timeline' });

  return (
    <TimelinePage
      search={search}
      onChange={(patch, { replace }) => {
        void navigate({
          search: (previous) => parseListSearch({ ...previous, ...patch }),
          replace,
          resetScroll: false,
        });
      }}
    />
  );
}
