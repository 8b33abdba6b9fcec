import { useTranslation } from 'react-i18next';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { NotFoundPage } from '@/components/not-found-page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import type { LanguageCode } from '@/config/languages';
import { corpusLookups } from '@/lib/corpus-lookups';
import type { TextMode } from '../utils/compare-search';
import { EventComparison } from './event-comparison';

export interface ComparisonViewProps {
  eventId: string;
  language: LanguageCode;
  requestedActors: readonly string[] | undefined;
  textMode: TextMode;
  onTextModeChange: (mode: TextMode) => void;
  /** The visible parties in order; undefined for every party in the default order. */
  onPartiesChange: (actors: string[] | undefined) => void;
}

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
        body={t('notFound.eventBody', { id: props.eventId })}
      />
    );
  }
  return <EventComparison {...props} summary={summary} lookups={lookups} />;
}
