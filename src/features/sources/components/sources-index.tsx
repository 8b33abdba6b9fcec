import { useMemo } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { UrlSearchField } from '@/components/ui/url-search-field';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { focusRingTight } from '@/components/ui/focus-ring';
import type { CorpusIndex, SourceSummary } from '@/corpus/shards';
import { corpusLookups } from '@/lib/corpus-lookups';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useShownCount } from '@/lib/use-shown-count';
import { Button } from '@/components/ui/button';
import { useLanguage } from '@/lib/use-language';
import { useSourceRows } from '../hooks/use-source-rows';
import { outletName } from '../utils/outlet-name';
import { filterSourceRows, sortSourceRows } from '../utils/source-rows';
import type { SourceSort, SourcesSearch } from '../utils/sources-search';
import { SourcesTable } from './sources-table';

interface SourcesIndexProps {
  search: SourcesSearch;
  onChange: (patch: Partial<SourcesSearch>, options: { replace: boolean }) => void;
}

/** Rows drawn at first and per "Show more": 40,000 sources at once made a 47 MB page. */
export const sourcePageSize = 100;

/** `/sources`: every source of the corpus, with who published it and how often it is cited. */
export function SourcesIndex({ search, onChange }: SourcesIndexProps) {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  useDocumentTitle(t('sources.index.title'));
  return (
    <section aria-labelledby="sources-title">
      <h1 id="sources-title" className="text-2xl font-bold">
        {t('sources.index.title')}
      </h1>
      <p className="mt-1 max-w-3xl text-stone-700">{t('sources.index.intro')}</p>
      {index.isError ? (
        <ErrorState detail={index.error.message} onRetry={() => void index.refetch()} />
      ) : index.isSuccess ? (
        <SourcesList index={index.data} search={search} onChange={onChange} />
      ) : (
        <LoadingState />
      )}
    </section>
  );
}

function SourcesList({ index, search, onChange }: SourcesIndexProps & { index: CorpusIndex }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useSourceRows(index);
  const { actors } = corpusLookups(index);
  const unnamed = t('compare.unnamedOutlet');
  const sort: SourceSort = search.sort ?? 'date';
  const query = search.q ?? '';
  const rows = state.status === 'success' ? state.rows : undefined;
  const {
    shown: limit,
    showMore,
    firstNewRef,
  } = useShownCount(sourcePageSize, `${sort}\n${query}`);
  const shown = useMemo(
    () =>
      rows
        ? sortSourceRows(
            filterSourceRows(rows, query, (summary, lang) =>
              outletName(summary, actors, lang, unnamed),
            ),
            sort,
          )
        : [],
    [rows, query, sort, actors, unnamed],
  );

  if (state.status === 'error') {
    return <ErrorState detail={state.detail} onRetry={state.retry} />;
  }
  if (state.status === 'pending') return <LoadingState />;
  if (state.rows.length === 0) return <EmptyState>{t('sources.index.empty')}</EmptyState>;

  const outletOf = (summary: SourceSummary) => ({
    name: outletName(summary, actors, language, unnamed),
    actorId: summary.outlet && actors.has(summary.outlet) ? summary.outlet : undefined,
  });
  return (
    <>
      {state.counted ? null : (
        <p
          data-state="no-counts"
          className="mt-4 max-w-3xl rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        >
          {t('sources.index.noCounts')}
        </p>
      )}
      <div className="mt-4 flex flex-col gap-x-6 gap-y-3 sm:flex-row sm:items-start">
        <UrlSearchField
          label={t('sources.index.search.label')}
          hint={t('sources.index.search.hint')}
          className="min-w-0 flex-1"
          value={query}
          onChange={(q, options) => {
            onChange({ q }, options);
          }}
        />
        {state.counted ? (
          <label className="block font-semibold">
            {t('sources.index.sort.label')}
            <select
              value={sort}
              onChange={(event) => {
                onChange(
                  { sort: event.target.value === 'cited' ? 'cited' : undefined },
                  {
                    replace: true,
                  },
                );
              }}
              className={`mt-1 block rounded-md border border-stone-500 bg-white px-2 py-1.5 font-normal ${focusRingTight}`}
            >
              <option value="date">{t('sources.index.sort.date')}</option>
              <option value="cited">{t('sources.index.sort.cited')}</option>
            </select>
          </label>
        ) : null}
      </div>
      <p role="status" className="mt-4 mb-2 text-sm text-stone-700">
        {query
          ? t('sources.index.matching', { count: shown.length, total: state.rows.length, q: query })
          : t('sources.index.total', { count: state.rows.length })}
      </p>
      {shown.length === 0 ? (
        <EmptyState>{t('sources.index.noMatch', { q: query })}</EmptyState>
      ) : (
        <>
          <SourcesTable
            rows={shown.length > limit ? shown.slice(0, limit) : shown}
            caption={t(
              sort === 'cited' ? 'sources.index.caption.cited' : 'sources.index.caption.date',
            )}
            counted={state.counted}
            language={language}
            outletOf={outletOf}
            titleRef={firstNewRef}
          />
          {shown.length > limit ? (
            <Button size="md" onClick={showMore} className="mt-4 text-sm">
              {t('sources.index.showMore', {
                count: Math.min(shown.length - limit, sourcePageSize),
              })}
            </Button>
          ) : null}
        </>
      )}
    </>
  );
}
