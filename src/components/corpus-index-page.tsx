import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useCorpusIndex } from '@/api/get-corpus-index';
import type { CorpusIndex } from '@/corpus/shards';
import { useDocumentTitle } from '@/lib/use-document-title';
import { EmptyState } from './ui/empty-state';
import { ErrorState } from './ui/error-state';
import { LoadingState } from './ui/loading-state';

interface CorpusIndexPageProps {
  /** Prefix for the heading's id, which labels the section. */
  id: string;
  title: string;
  intro: string;
  /** The page once the index is there and has events. */
  children: (index: CorpusIndex) => ReactNode;
}

/**
 * A page over the whole corpus (the list, the timeline): its heading, then the
 * index's loading, error and empty states, then the page itself.
 */
export function CorpusIndexPage({ id, title, intro, children }: CorpusIndexPageProps) {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  useDocumentTitle(title);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} className="text-2xl font-bold">
        {title}
      </h1>
      <p className="mt-1 max-w-3xl text-stone-700">{intro}</p>
      {index.isPending ? <LoadingState /> : null}
      {index.isError ? (
        <ErrorState detail={index.error.message} onRetry={() => void index.refetch()} />
      ) : null}
      {index.isSuccess ? (
        index.data.events.length === 0 ? (
          <EmptyState>{t('events.empty')}</EmptyState>
        ) : (
          children(index.data)
        )
      ) : null}
    </section>
  );
}
