import { useTranslation } from 'react-i18next';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useDocumentTitle } from '@/lib/use-document-title';
import { EventBrowser, type EventBrowserProps } from './event-browser';

export function EventList(props: Omit<EventBrowserProps, 'index'>) {
  const { t } = useTranslation();
  const index = useCorpusIndex();
  useDocumentTitle(t('events.title'));

  return (
    <section aria-labelledby="events-title">
      <h1 id="events-title" className="text-2xl font-bold">
        {t('events.title')}
      </h1>
      <p className="mt-1 text-stone-700">{t('events.intro')}</p>
      {index.isPending ? <LoadingState /> : null}
      {index.isError ? (
        <ErrorState detail={index.error.message} onRetry={() => void index.refetch()} />
      ) : null}
      {index.isSuccess ? (
        index.data.events.length === 0 ? (
          <EmptyState>{t('events.empty')}</EmptyState>
        ) : (
          <EventBrowser index={index.data} {...props} />
        )
      ) : null}
    </section>
  );
}
