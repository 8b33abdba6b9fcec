import { useLocation } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { NotFoundPage } from '@/components/not-found-page';
import { AppAnchor } from '@/components/ui/app-anchor';
import { DateRangeText } from '@/components/ui/date-text';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { directionOfTag } from '@/config/languages';
import { paths } from '@/config/paths';
import type { SourceShard, SourceSummary } from '@/corpus/shards';
import { sourceLocatorBucket } from '@/corpus/source-locator';
import { isolate } from '@/lib/bidi-isolate';
import { corpusLookups, type CorpusLookups } from '@/lib/corpus-lookups';
import { useAppHref } from '@/lib/app-links/use-app-href';
import { localized } from '@/lib/localized';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useLanguage } from '@/lib/use-language';
import { useScrollToHash } from '@/lib/use-scroll-to-hash';
import { useSourceLocator } from '../api/get-source-locator';
import { useSourceShard } from '../api/get-source-shard';
import { languageName } from '../utils/language-name';
import { quotesByEvent } from '../utils/quotes-by-event';
import { SourceCitations } from './source-citations';
import { SourceProvenance } from './source-provenance';
import { SourceText } from './source-text';
import { StanceLegend } from './stance-legend';

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
  const hrefOf = useAppHref();
  const shard = useSourceShard(summary.shard);
  const [showBoilerplate, setShowBoilerplate] = useState(false);
  useDocumentTitle(
    summary.titleTranslation?.en && language === 'en' ? summary.titleTranslation.en : summary.title,
  );

  // `/sources/<id>#<claimId>` marks that claim's quote and lands on it once the text is there.
  useScrollToHash(shard.isSuccess);
  const activeClaim = useLocation({ select: (location) => claimOfHash(location.hash) });
  const eventTitle = (eventId: string) => {
    const event = lookups.events.get(eventId);
    return event ? localized(event.title, language) : eventId;
  };
  const activeContext = (data: SourceShard) => {
    const quote = data.quotes.find((candidate) => candidate.claim === activeClaim);
    return quote && lookups.events.has(quote.event)
      ? t('sources.activeQuote', { event: eventTitle(quote.event) })
      : undefined;
  };
  const labelOf = (quote: SourceShard['quotes'][number]) => {
    const party = quote.saidBy ? lookups.actors.get(quote.saidBy) : undefined;
    // A source shard compiled before quotes named their party: name the event instead.
    if (!quote.saidBy || !quote.stance) {
      return t('sources.quoteLabelUnknown', { event: eventTitle(quote.event) });
    }
    return t('sources.quoteLabel', {
      party: party ? localized(party.name, language) : quote.saidBy,
      stance: t(`stance.${quote.stance}`),
    });
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
          {outlet && summary.outlet ? (
            <AppAnchor
              href={hrefOf(paths.actor.getHref(summary.outlet))}
              className="font-medium text-teal-800 underline hover:text-teal-950"
            >
              <bdi>{outletName}</bdi>
            </AppAnchor>
          ) : (
            <bdi>{outletName}</bdi>
          )}{' '}
          · <DateRangeText range={{ from: summary.published }} /> ·{' '}
          {languageName(summary.language, language)}
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
      {shard.isPending ? <LoadingState /> : null}
      {shard.isError ? (
        <ErrorState detail={shard.error.message} onRetry={() => void shard.refetch()} />
      ) : null}
      {shard.isSuccess ? (
        <>
          <SourceProvenance source={shard.data.source} />
          <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
            <div className="min-w-0">
              <h2 className="sr-only">{t('sources.textHeading')}</h2>
              <StanceLegend
                stances={
                  new Set(
                    shard.data.quotes.flatMap((quote) => (quote.stance ? [quote.stance] : [])),
                  )
                }
              />
              {shard.data.quotes.length > 0 ? (
                <p className="mb-2 text-sm lg:hidden">
                  <AppAnchor
                    href={hrefOf(paths.source.getHref(summary.id), 'source-citations')}
                    className="font-medium text-teal-800 underline hover:text-teal-950"
                  >
                    {t('sources.citations.jump')}
                  </AppAnchor>
                </p>
              ) : null}
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
              <SourceText
                shard={shard.data}
                showBoilerplate={showBoilerplate}
                activeClaim={activeClaim}
                activeContext={activeContext(shard.data)}
                uiLanguage={language}
                labelOf={labelOf}
                hrefOf={(quote) => hrefOf(paths.event.getHref(quote.event), `claim-${quote.claim}`)}
              />
            </div>
            <div className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-y-auto">
              <SourceCitations
                shard={shard.data}
                groups={quotesByEvent(shard.data.quotes, lookups.eventOrder)}
                lookups={lookups}
                language={language}
                hrefOf={hrefOf}
              />
            </div>
          </div>
        </>
      ) : null}
    </article>
  );
}
