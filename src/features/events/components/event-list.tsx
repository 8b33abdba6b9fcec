import { useTranslation } from 'react-i18next';
import { useCorpusIndex } from '@/api/get-corpus-index';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import type { LanguageCode } from '@/config/languages';
import { corpusLookups } from '@/lib/corpus-lookups';
import { useDocumentTitle } from '@/lib/use-document-title';
import { EventCard } from './event-card';

export function EventList({ language }: { language: LanguageCode }) {
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
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {index.data.events.map((event) => (
              <EventCard
                key={event.id}
                event={event}
                lookups={corpusLookups(index.data)}
                language={language}
              />
            ))}
          </ul>
        )
      ) : null}
    </section>
  );
}
