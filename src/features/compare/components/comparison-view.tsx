import { useTranslation } from 'react-i18next';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { NotFoundPage } from '@/components/not-found-page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import type { LanguageCode } from '@/config/languages';
import type { EventSummary } from '@/corpus/shards';
import { corpusLookups, type CorpusLookups } from '@/lib/corpus-lookups';
import { formatDateRange } from '@/lib/format-date';
import { formatList } from '@/lib/format-list';
import { localized } from '@/lib/localized';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useScrollToHash } from '@/lib/use-scroll-to-hash';
import { useEventShard } from '../api/get-event-shard';
import type { TextMode } from '../utils/compare-search';
import { orderParties } from '../utils/order-parties';
import { statusByQuestion } from '../utils/status-by-question';
import { ComparisonGrid } from './comparison-grid';
import { TextModeToggle } from './text-mode-toggle';

export interface ComparisonViewProps {
  eventId: string;
  language: LanguageCode;
  requestedActors: readonly string[] | undefined;
  textMode: TextMode;
  onTextModeChange: (mode: TextMode) => void;
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

function EventComparison({
  summary,
  lookups,
  language,
  requestedActors,
  textMode,
  onTextModeChange,
}: ComparisonViewProps & { summary: EventSummary; lookups: CorpusLookups }) {
  const { t } = useTranslation();
  const shard = useEventShard(summary.shard);
  useDocumentTitle(localized(summary.title, language));
  useScrollToHash(shard.isSuccess);
  const dateText = formatDateRange(summary.date, language, (from, to) =>
    t('date.range', { from, to }),
  );
  const places = summary.places
    .map((placeId) => lookups.places.get(placeId))
    .filter((place) => place !== undefined)
    .map((place) => localized(place.name, language));

  return (
    <article aria-labelledby="event-title">
      <header className="mb-4">
        <h1 id="event-title" className="text-2xl font-bold text-stone-950">
          {localized(summary.title, language)}
        </h1>
        <p className="mt-1 text-sm text-stone-700">
          <time dateTime={summary.date.from.value}>{dateText}</time>
          {places.length > 0 ? <span> · {formatList(places, language)}</span> : null}
        </p>
        <p className="mt-2 max-w-3xl text-stone-800">{localized(summary.summary, language)}</p>
      </header>
      <div className="mb-4">
        <TextModeToggle value={textMode} onChange={onTextModeChange} />
      </div>
      {shard.isPending ? <LoadingState /> : null}
      {shard.isError ? (
        <ErrorState detail={shard.error.message} onRetry={() => void shard.refetch()} />
      ) : null}
      {shard.isSuccess ? (
        shard.data.claims.length === 0 ? (
          <p className="text-stone-700">{t('compare.noParties')}</p>
        ) : (
          <ComparisonGrid
            shard={shard.data}
            parties={orderParties(shard.data.claims, lookups, requestedActors).shown}
            statusByQuestion={statusByQuestion(shard.data)}
            lookups={lookups}
            language={language}
            textMode={textMode}
          />
        )
      ) : null}
    </article>
  );
}
