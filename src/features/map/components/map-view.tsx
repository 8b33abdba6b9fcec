import { useRouter } from '@tanstack/react-router';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { baseMap } from 'virtual:riwaya-base-map';
import { DateRangeFields } from '@/components/date-range-fields';
import { useSearchShard } from '@/api/get-search-shard';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/config/paths';
import type { CorpusIndex } from '@/corpus/shards';
import { useAppHref } from '@/lib/app-links/use-app-href';
import { corpusLookups, type CorpusLookups } from '@/lib/corpus-lookups';
import { corpusDayRange, datePresets } from '@/lib/event-filters/date-presets';
import { filterIndexEvents } from '@/lib/event-filters/filter-index-events';
import { filterableIds } from '@/lib/event-filters/filterable-ids';
import {
  withKnownIds,
  type ListFilters,
  type ListSearch,
  type ListSearchChange,
} from '@/lib/event-filters/list-search';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { placeMarks } from '../utils/place-marks';
import { MapCanvas } from './map-canvas';
import { MapLegend } from './map-legend';
import { MapPlaceList } from './map-place-list';

export interface MapViewProps {
  index: CorpusIndex;
  /** The event list's filters, as the route parsed them. */
  search: ListSearch;
  onChange: ListSearchChange;
  /** The note naming the list filters in force, composed in by the route. */
  renderFilterNote?: (filters: ListFilters, lookups: CorpusLookups) => ReactNode;
}

/** The filtered events at their places, on a map and as a list; all state is in the URL. */
export function MapView({ index, search, onChange, renderFilterNote }: MapViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const router = useRouter();
  const eventHref = useAppHref();
  const lookups = corpusLookups(index);
  // Known ids as the list knows them, so a map link and a list link with the same
  // filters show the same events.
  const { filters } = useMemo(
    () =>
      withKnownIds(search, {
        actors: filterableIds(index).actors,
        places: new Set(lookups.places.keys()),
        topics: new Set(lookups.topics.keys()),
      }),
    [search, index, lookups],
  );
  const searchShard = useSearchShard(index.search, filters.q !== undefined);
  const events = useMemo(
    () => filterIndexEvents(index, lookups, filters, searchShard.data).events,
    [index, lookups, filters, searchShard.data],
  );
  const marks = useMemo(
    () => placeMarks(events, index.places, baseMap.bounds),
    [events, index.places],
  );
  const presets = useMemo(() => datePresets(index.events), [index]);
  const bounds = useMemo(() => corpusDayRange(index.events), [index]);
  const selected = useMemo(() => new Set(filters.place ?? []), [filters.place]);

  const onSelect = useCallback(
    (placeId: string) => {
      const only = filters.place?.length === 1 && filters.place[0] === placeId;
      onChange({ place: only ? undefined : [placeId] }, { replace: false });
    },
    [filters.place, onChange],
  );
  const withPlace = useCallback(
    (to: string, placeId: string) =>
      router.buildLocation({
        to,
        search: (previous: Record<string, unknown>) => ({ ...previous, place: [placeId] }),
      }).href,
    [router],
  );
  const placeHref = useCallback(
    (placeId: string) => withPlace(paths.map.path, placeId),
    [withPlace],
  );
  const listHref = useCallback(
    (placeId: string) => withPlace(paths.home.path, placeId),
    [withPlace],
  );

  const mapped = marks.filter((mark) => mark.kind === 'point' || mark.kind === 'area');
  const onlyPlace =
    filters.place?.length === 1 ? lookups.places.get(filters.place[0] ?? '') : undefined;
  const summary = t('map.summary', {
    events: t('map.events', { count: events.length }),
    places: t('map.places', { count: mapped.length }),
  });

  return (
    <div className="mt-4 space-y-4">
      <DateRangeFields
        className="rounded-lg border border-stone-200 bg-white p-3"
        from={filters.from}
        to={filters.to}
        presets={presets}
        bounds={bounds}
        labels={{
          legend: t('timeline.range.legend'),
          hint: t('timeline.range.hint'),
          from: t('timeline.range.from'),
          to: t('timeline.range.to'),
          presets: t('timeline.range.presets'),
          all: t('timeline.range.all'),
        }}
        onChange={onChange}
      />
      {renderFilterNote?.(filters, lookups)}
      <p
        className="text-sm font-medium text-stone-800"
        data-testid="map-summary"
        aria-live="polite"
      >
        {summary}
        {onlyPlace ? (
          <>
            {' '}
            {t('map.list.selected', { name: localized(onlyPlace.name, language) })}{' '}
            <button
              type="button"
              className="text-teal-800 underline hover:text-teal-950"
              onClick={() => {
                onChange({ place: undefined }, { replace: false });
              }}
            >
              {t('map.list.clear')}
            </button>
          </>
        ) : null}
      </p>
      {events.length === 0 ? (
        <EmptyState>{t('map.empty')}</EmptyState>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
          <figure className="space-y-3" aria-labelledby="map-figure-label">
            <MapCanvas
              places={index.places}
              marks={marks}
              language={language}
              selected={selected}
              placeHref={placeHref}
              onSelect={onSelect}
              label={`${t('map.figureLabel')}: ${summary}`}
            />
            <figcaption className="text-xs text-stone-600">{t('map.caption')}</figcaption>
            <MapLegend />
          </figure>
          <MapPlaceList
            marks={marks}
            language={language}
            selected={selected}
            onSelect={onSelect}
            eventHref={eventHref}
            listHref={listHref}
          />
        </div>
      )}
    </div>
  );
}
