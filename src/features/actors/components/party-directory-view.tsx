import { useMemo } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { UrlSearchField } from '@/components/ui/url-search-field';
import { useDirectoryShard } from '@/api/get-directory-shard';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import type { CorpusIndex } from '@/corpus/shards';
import { searchTokens } from '@/corpus/search/search-text';
import { useAppHref } from '@/lib/app-links/use-app-href';
import { corpusLookups } from '@/lib/corpus-lookups';
import { partyMatches } from '@/lib/party-search';
import { partySideWords } from '@/lib/party-side';
import { useLanguage } from '@/lib/use-language';
import { partyCounts, partyDirectory, partyRollups } from '../utils/party-directory';
import { PartySideSection } from './party-side-section';

interface PartyDirectoryViewProps {
  index: CorpusIndex;
  query: string;
  onQueryChange: (query: string, options: { replace: boolean }) => void;
}

/**
 * Every party of the corpus, by side and kind, with its counts: from the directory shard, or,
 * for a corpus compiled before it existed (or when it fails to load), the events alone.
 */
export function PartyDirectoryView({ index, query, onQueryChange }: PartyDirectoryViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hrefOf = useAppHref();
  const directory = useDirectoryShard(index.directory);
  const lookups = corpusLookups(index);
  const sideWords = useMemo(() => partySideWords(t, language), [t, language]);
  const counts = useMemo(() => partyCounts(index, directory.data), [index, directory.data]);
  const rollups = useMemo(() => partyRollups(index), [index]);
  const tokens = searchTokens(query);
  const found = index.actors.filter((actor) => partyMatches(actor, tokens));
  const groups = partyDirectory(index, found, language);

  // The counts wait for the directory: numbers that change under the reader would mislead.
  const waiting = index.directory !== undefined && directory.isPending;

  return (
    <div className="mt-6 space-y-6">
      <UrlSearchField
        label={t('actors.index.searchLabel')}
        hint={t('actors.index.searchHint')}
        value={query}
        onChange={onQueryChange}
        className="max-w-md"
      />
      {index.directory === undefined ? (
        <p
          data-counts-note=""
          className="max-w-3xl rounded-md bg-amber-50 p-3 text-sm text-amber-950"
        >
          {t('actors.index.countsUnavailable')}
        </p>
      ) : null}
      {directory.isError ? (
        <ErrorState
          message={t('actors.index.countsError')}
          detail={directory.error.message}
          onRetry={() => void directory.refetch()}
        />
      ) : null}
      {waiting ? (
        <LoadingState />
      ) : (
        <>
          <p role="status" className="text-sm text-stone-700">
            {t('actors.index.shown', { shown: found.length, count: index.actors.length })}
          </p>
          {index.actors.length === 0 ? (
            <EmptyState>{t('actors.index.noParties')}</EmptyState>
          ) : found.length === 0 ? (
            <EmptyState>
              <p>{t('actors.index.noMatch', { q: query })}</p>
              <Button
                variant="secondary"
                className="mt-3"
                onClick={() => {
                  onQueryChange('', { replace: false });
                }}
              >
                {t('actors.index.clear')}
              </Button>
            </EmptyState>
          ) : (
            groups.map((group) => (
              <PartySideSection
                key={group.side?.id ?? ''}
                group={group}
                counts={counts}
                rollups={rollups}
                lookups={lookups}
                language={language}
                sideWords={sideWords}
                hrefOf={hrefOf}
              />
            ))
          )}
        </>
      )}
    </div>
  );
}
