import { useTranslation } from '@/lib/use-translation';
import { CorpusIndexPage } from '@/components/corpus-index-page';
import { TimelineView, type TimelineViewProps } from './timeline-view';

/** The timeline page: the corpus index's states, then the view. */
export function TimelinePage(props: Omit<TimelineViewProps, 'index'>) {
  const { t } = useTranslation();
  return (
    <CorpusIndexPage id="timeline" title={t('timeline.title')} intro={t('timeline.intro')}>
      {(index) => <TimelineView index={index} {...props} />}
    </CorpusIndexPage>
  );
}
