import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import { EventHeading } from '@/components/event-heading';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import type { EventShard, EventSummary } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import type { EventRow } from '../utils/timeline-rows';
import { TimelineListItem } from './timeline-list-item';

interface TimelineListProps {
  events: readonly EventSummary[];
  rows: readonly (EventRow | undefined)[];
  shards: readonly UseQueryResult<EventShard>[];
  lookups: CorpusLookups;
}

/** The chart's content for everyone who does not read the drawing: events and claims in date order. */
export function TimelineList({ events, rows, shards, lookups }: TimelineListProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="timeline-list-title" className="pt-2">
      <h2 id="timeline-list-title" className="text-xl font-bold">
        {t('timeline.list.title')}
      </h2>
      <p className="text-stone-700">{t('timeline.list.intro')}</p>
      <ol className="mt-3 space-y-4">
        {events.map((event, position) => {
          const row = rows[position];
          const shard = shards[position];
          const headingId = `timeline-event-${event.id}`;
          return (
            <li key={event.id}>
              <section
                aria-labelledby={headingId}
                className="rounded-lg border border-stone-200 bg-white p-3"
              >
                <EventHeading event={event} id={headingId} />
                {shard?.isError ? (
                  <ErrorState
                    message={t('timeline.list.eventError')}
                    detail={shard.error.message}
                    onRetry={() => void shard.refetch()}
                  />
                ) : row === undefined ? (
                  <LoadingState />
                ) : row.marks.length === 0 ? (
                  <p className="mt-2 text-sm text-stone-700">{t('timeline.list.noClaims')}</p>
                ) : (
                  <ol className="mt-2 divide-y divide-stone-100">
                    {row.marks.map((mark) => (
                      <TimelineListItem key={mark.claim.id} mark={mark} lookups={lookups} />
                    ))}
                  </ol>
                )}
              </section>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
