import { useMemo } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { DateRangeFields } from '@/components/date-range-fields';
import { useEventShards } from '@/api/get-event-shard';
import { useSearchShard } from '@/api/get-search-shard';
import { EmptyState } from '@/components/ui/empty-state';
import type { CorpusIndex } from '@/corpus/shards';
import { corpusLookups } from '@/lib/corpus-lookups';
import { corpusDayRange, datePresets } from '@/lib/event-filters/date-presets';
import { chosenSpeakers } from '@/lib/event-filters/chosen-speakers';
import { filterIndexEvents } from '@/lib/event-filters/filter-index-events';
import { filterableIds } from '@/lib/event-filters/filterable-ids';
import { drawnEvents } from '../utils/drawn-events';
import {
  withKnownIds,
  type ListSearch,
  type ListSearchChange,
} from '@/lib/event-filters/list-search';
import { byEventDate, eventRow } from '../utils/timeline-rows';
import { visibleSpan } from '../utils/timeline-span';
import { visibleCounts } from '../utils/visible-counts';
import { FilterNote } from './filter-note';
import { TimelineChart } from './timeline-chart';
import { TimelineList } from './timeline-list';
import { VisibleCount } from './visible-count';

export interface TimelineViewProps {
  index: CorpusIndex;
  /** The event list's filters, as the route parsed them. */
  search: ListSearch;
  onChange: ListSearchChange;
}

/** The filtered events on a time axis, and the same content as a list; all state is in the URL. */
export function TimelineView({ index, search, onChange }: TimelineViewProps) {
  const { t } = useTranslation();
  const lookups = corpusLookups(index);
  // Known ids as the list knows them: parties that made a claim and those they belong to,
  // places, topics. The timeline keeps the list's order of events by date whatever `sort` says.
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
    () => byEventDate(filterIndexEvents(index, lookups, filters, searchShard.data).events),
    [index, lookups, filters, searchShard.data],
  );
  const presets = useMemo(() => datePresets(index.events), [index]);
  const bounds = useMemo(() => corpusDayRange(index.events), [index]);
  const span = visibleSpan(filters, bounds);

  // At newsroom scale a range can hold thousands of events: draw (and fetch) the earliest only.
  const { drawn } = drawnEvents(events);
  const shards = useEventShards(drawn.map((event) => event.shard));
  // The lanes of the chosen parties and, unless "these parties only", of their members.
  const speakers = useMemo(() => chosenSpeakers(filters, index.actors), [filters, index]);
  const rows = drawn.map((event, position) => {
    const data = shards[position]?.data;
    return data && span ? eventRow(event, data.claims, span, speakers) : undefined;
  });
  const counts = visibleCounts(events.length, rows);

  return (
    <div className="mt-4 space-y-4">
      {/* The visible range is the list's own from/to filter. */}
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
      <FilterNote filters={filters} lookups={lookups} />
      {span ? <VisibleCount counts={counts} span={span} /> : null}
      {events.length === 0 || !span ? (
        <EmptyState>{t('timeline.empty')}</EmptyState>
      ) : (
        <>
          <TimelineChart events={drawn} rows={rows} span={span} lookups={lookups} />
          <TimelineList events={drawn} rows={rows} shards={shards} lookups={lookups} />
        </>
      )}
    </div>
  );
}
