import { useLocation, useSearch } from '@tanstack/react-router';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { NotFoundPage } from '@/components/not-found-page';
import { paths } from '@/config/paths';
import { parseCorpusParam } from '@/lib/corpus-source/corpus-param';
import { bundledCorpusSource } from '@/lib/corpus-source/corpus-source';
import { CorpusSourceContext } from '@/lib/corpus-source/corpus-source-context';
import { importedCorpusSource } from '@/lib/corpus-source/imported-source';
import { snapshotCorpusSource } from '@/lib/corpus-source/snapshot-source';
import { formatNumber } from '@/lib/intl-format';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { useImportedCorpus } from '../api/get-imported-corpora';
import { useSnapshotFragment } from '../hooks/use-snapshot-fragment';
import { ImportedCorpusNotice, SnapshotNotice } from './corpus-notice';
import { MissingCorpusPage } from './missing-corpus-page';

interface CorpusGateProps {
  children: ReactNode;
}

/**
 * Decides which corpus the pages below read, and provides it: a snapshot
 * carried by the link's fragment, else the imported corpus `?corpus=` names,
 * else the bundled one. A link to a corpus this browser lacks, or a damaged
 * snapshot, gets a page that says so instead of the view.
 */
export function CorpusGate({ children }: CorpusGateProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The router hands back raw values its validator dropped: parse again.
  const corpusId = useSearch({
    strict: false,
    select: (search) => parseCorpusParam(search.corpus),
  });
  const onCorporaPage = useLocation({
    select: (location) => location.pathname.endsWith(paths.corpora.path),
  });
  const snapshot = useSnapshotFragment();
  const imported = useImportedCorpus(snapshot ? undefined : corpusId);
  const entry = imported.data ?? undefined;

  const decoded = snapshot?.data;

  const source = useMemo(() => {
    if (decoded?.result.ok) return snapshotCorpusSource(decoded.result.snapshot, decoded.key);
    return entry ? importedCorpusSource(entry) : bundledCorpusSource;
  }, [decoded, entry]);
  const provided = <CorpusSourceContext value={source}>{children}</CorpusSourceContext>;

  if (snapshot) {
    if (snapshot.isPending) return <LoadingState />;
    if (snapshot.isError) {
      return <ErrorState detail={snapshot.error.message} onRetry={() => void snapshot.refetch()} />;
    }
    const { result } = snapshot.data;
    if (!result.ok) {
      return (
        <NotFoundPage
          title={t('corpora.gate.snapshotBrokenTitle')}
          body={
            result.reason === 'too-much'
              ? t('corpora.gate.snapshotTooMuchBody', {
                  what: t(`corpora.gate.bound.${result.bound}`),
                  found: formatNumber(result.found, language),
                  limit: formatNumber(result.limit, language),
                })
              : t('corpora.gate.snapshotBrokenBody', { detail: result.detail })
          }
        />
      );
    }
    return (
      <>
        <SnapshotNotice title={localized(result.snapshot.index.corpus.title, language)} />
        {provided}
      </>
    );
  }
  if (corpusId === undefined || onCorporaPage) {
    return <CorpusSourceContext value={bundledCorpusSource}>{children}</CorpusSourceContext>;
  }
  if (imported.isPending) return <LoadingState />;
  if (imported.isError) {
    return <ErrorState detail={imported.error.message} onRetry={() => void imported.refetch()} />;
  }
  if (!entry) return <MissingCorpusPage id={corpusId} />;
  // Inside the provider: the notice's copy button reads this corpus too.
  return (
    <CorpusSourceContext value={source}>
      <ImportedCorpusNotice title={localized(entry.title, language)} />
      {children}
    </CorpusSourceContext>
  );
}
