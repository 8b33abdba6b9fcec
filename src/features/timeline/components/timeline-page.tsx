import { useTranslation } from 'react-i18next';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useDocumentTitle } from '@/lib/use-document-title';
import { TimelineView, type TimelineViewProps } from './timeline-view';

/** The timeline page: the corpus index's states, then the view. */
export function TimelinePage(props: Omit<TimelineViewProps, 'index'>) {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  useDocumentTitle(t('timeline.title'));

  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title" className="text-2xl font-bold">
        {t('timeline.title')}
      </h1>
      <p className="mt-1 max-w-3xl text-stone-700">{t('timeline.intro')}</p>
      {index.isPending ? <LoadingState /> : null}
      {index.isError ? (
        <ErrorState detail={index.error.message} onRetry={() => void index.refetch()} />
      ) : null}
      {index.isSuccess ? (
        index.data.events.length === 0 ? (
          <EmptyState>{t('events.empty')}</EmptyState>
        ) : (
          <TimelineView index={index.data} {...props} />
        )
      ) : null}
    </section>
  );
}
