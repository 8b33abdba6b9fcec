import { useTranslation } from '@/lib/use-translation';
import { CorpusIndexPage } from '@/components/corpus-index-page';
import { EventBrowser, type EventBrowserProps } from './event-browser';

export function EventList(props: Omit<EventBrowserProps, 'index'>) {
  const { t } = useTranslation();
  return (
    <CorpusIndexPage id="events" title={t('events.title')} intro={t('events.intro')}>
      {(index) => <EventBrowser index={index} {...props} />}
    </CorpusIndexPage>
  );
}
