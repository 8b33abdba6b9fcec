import { useTranslation } from '@/lib/use-translation';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { NotFoundPage } from '@/components/not-found-page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { isolate } from '@/lib/bidi-isolate';
import { corpusLookups } from '@/lib/corpus-lookups';
import { EventComparison, type EventComparisonProps } from './event-comparison';

export type ComparisonViewProps = Omit<EventComparisonProps, 'summary' | 'lookups'>;

/** The side-by-side view of one event; every state (loading, missing, failed, empty) is explicit. */
export function ComparisonView(props: ComparisonViewProps) {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  if (index.isPending) return <LoadingState />;
  if (index.isError) {
    return <ErrorState detail={index.error.message} onRetry={() => void index.refetch()} />;
  }
  const lookups = corpusLookups(index.data);
  const summary = lookups.events.get(props.eventId);
  if (!summary) {
    return (
      <NotFoundPage
        title={t('notFound.eventTitle')}
        body={t('notFound.eventBody', { id: isolate(props.eventId) })}
      />
    );
  }
  return <EventComparison {...props} summary={summary} lookups={lookups} />;
}
