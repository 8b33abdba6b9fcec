import { useTranslation } from '@/lib/use-translation';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useDocumentTitle } from '@/lib/use-document-title';
import { PartyDirectoryView } from './party-directory-view';

interface ActorsIndexProps {
  /** The search as the URL holds it. */
  query: string;
  onQueryChange: (query: string, options: { replace: boolean }) => void;
}

/** /actors: every party of the corpus, a way into each party page. */
export function ActorsIndex({ query, onQueryChange }: ActorsIndexProps) {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  const title = t('actors.index.title');
  useDocumentTitle(title);

  return (
    <section aria-labelledby="actors-index-title">
      <h1 id="actors-index-title" className="text-2xl font-bold">
        {title}
      </h1>
      <p className="mt-1 max-w-3xl text-stone-700">{t('actors.index.intro')}</p>
      {index.isPending ? <LoadingState /> : null}
      {index.isError ? (
        <ErrorState detail={index.error.message} onRetry={() => void index.refetch()} />
      ) : null}
      {index.isSuccess ? (
        <PartyDirectoryView index={index.data} query={query} onQueryChange={onQueryChange} />
      ) : null}
    </section>
  );
}
