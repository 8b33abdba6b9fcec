import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { NotFoundPage } from '@/components/not-found-page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import type { LanguageCode } from '@/config/languages';
import type { EventShard } from '@/corpus/shards';
import { isolate } from '@/lib/bidi-isolate';
import { corpusLookups, type CorpusLookups } from '@/lib/corpus-lookups';
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
  /** Actions on the event as a whole (e.g. a self-contained link); Copy link is in the site header. */
  headerActions?: ReactNode;
  /** Actions on exactly the claims on screen (the exports); composed in by the route. */
  renderAccountActions?: (shown: {
    shard: EventShard;
    parties: readonly string[];
    lookups: CorpusLookups;
  }) => ReactNode;
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
        body={t('notFound.eventBody', { id: isolate(props.eventId) })}
      />
    );
  }
  return <EventComparison {...props} summary={summary} lookups={lookups} />;
}
