import { useLocation } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { NotFoundPage } from '@/components/not-found-page';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { directionOfTag } from '@/config/languages';
import type { SourceShard, SourceSummary } from '@/corpus/shards';
import { sourceLocatorBucket } from '@/corpus/source-locator';
import { isolate } from '@/lib/bidi-isolate';
import { corpusLookups, type CorpusLookups } from '@/lib/corpus-lookups';
import { formatFuzzyDate } from '@/lib/intl-format';
import { localized } from '@/lib/localized';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useScrollToHash } from '@/lib/use-scroll-to-hash';
import { useSourceLocator } from '../api/get-source-locator';
import { useSourceShard } from '../api/get-source-shard';
import { SourceText } from './source-text';

/** The claim id a `#…` names; a malformed escape names none. */
function claimOfHash(hash: string): string | undefined {
  if (!hash) return undefined;
  try {
    return decodeURIComponent(hash);
  } catch {
    return undefined;
  }
}

export function SourceView({ sourceId }: { sourceId: string }) {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  const buckets = index.data?.sourceLocator;
  const locator = useSourceLocator(buckets?.[sourceLocatorBucket(sourceId, buckets.length)]);
  const failed = index.isError ? index : locator.isError ? locator : undefined;
  if (failed) {
    return <ErrorState detail={failed.error.message} onRetry={() => void failed.refetch()} />;
  }
  if (!index.isSuccess || !locator.isSuccess) return <LoadingState />;
  const summary = locator.data.sources.find((source) => source.id === sourceId);
  if (!summary) {
    return (
      <NotFoundPage
        title={t('notFound.sourceTitle')}
        body={t('notFound.sourceBody', { id: isolate(sourceId) })}
      />
    );
  }
  return <SourceDocument summary={summary} lookups={corpusLookups(index.data)} />;
}

function SourceDocument({ summary, lookups }: { summary: SourceSummary; lookups: CorpusLookups }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const shard = useSourceShard(summary.shard);
  const [showBoilerplate, setShowBoilerplate] = useState(false);
  useDocumentTitle(
    summary.titleTranslation?.en && language === 'en' ? summary.titleTranslation.en : summary.title,
  );

  // `/sources/<id>#<claimId>` marks that claim's quote and lands on it once the text is there.
  useScrollToHash(shard.isSuccess);
  const activeClaim = useLocation({ select: (location) => claimOfHash(location.hash) });
  const activeContext = (data: SourceShard) => {
    const quote = data.quotes.find((candidate) => candidate.claim === activeClaim);
    const event = quote ? lookups.events.get(quote.event) : undefined;
    return event
      ? t('sources.activeQuote', { event: localized(event.title, language) })
      : undefined;
  };

  const outlet = summary.outlet ? lookups.actors.get(summary.outlet) : undefined;
  const outletName = outlet
    ? localized(outlet.name, language)
    : summary.outletNote
      ? localized(summary.outletNote, language)
      : t('compare.unnamedOutlet');

  return (
    <article aria-labelledby="source-title">
      <header className="mb-4">
        <p className="text-sm text-stone-700">
          <bdi>{outletName}</bdi> ·{' '}
          <time dateTime={summary.published.value}>
            {formatFuzzyDate(summary.published, language)}
          </time>
        </p>
        <h1
          id="source-title"
          lang={summary.language}
          dir={directionOfTag(summary.language)}
          className="mt-1 text-2xl font-bold"
        >
          {summary.title}
        </h1>
        {summary.titleTranslation ? (
          <p lang="en" dir="ltr" className="mt-1 text-stone-700">
            {summary.titleTranslation.en}
          </p>
        ) : null}
      </header>
      <label className="mb-3 flex items-center gap-2 text-sm text-stone-800">
        <input
          type="checkbox"
          checked={showBoilerplate}
          onChange={(event) => {
            setShowBoilerplate(event.target.checked);
          }}
        />
        {t('sources.showBoilerplate')}
      </label>
      {shard.isPending ? <LoadingState /> : null}
      {shard.isError ? (
        <ErrorState detail={shard.error.message} onRetry={() => void shard.refetch()} />
      ) : null}
      {shard.isSuccess ? (
        <SourceText
          shard={shard.data}
          showBoilerplate={showBoilerplate}
          activeClaim={activeClaim}
          activeContext={activeContext(shard.data)}
        />
      ) : null}
    </article>
  );
}
