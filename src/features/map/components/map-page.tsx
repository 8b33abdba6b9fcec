import { useTranslation } from '@/lib/use-translation';
import { CorpusIndexPage } from '@/components/corpus-index-page';
import { MapView, type MapViewProps } from './map-view';

/** The map page: the corpus index's states, then the view. */
export function MapPage(props: Omit<MapViewProps, 'index'>) {
  const { t } = useTranslation();
  return (
    <CorpusIndexPage id="map" title={t('map.title')} intro={t('map.intro')}>
      {(index) => <MapView index={index} {...props} />}
    </CorpusIndexPage>
  );
}
