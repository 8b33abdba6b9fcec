import { useMemo, useRef, type ReactNode } from 'react';
import type { CorpusIndex, EventSummary } from '@/corpus/shards';
import { corpusLookups } from '@/lib/corpus-lookups';
import { localized } from '@/lib/localized';
import { useLanguage } from '@/lib/use-language';
import { corpusDayRange, datePresets } from '@/lib/event-filters/date-presets';
import { useSearchShard } from '@/api/get-search-shard';
import { activeFilterKeys, type FilterKey } from '@/lib/event-filters/filter-events';
import { filterIndexEvents } from '@/lib/event-filters/filter-index-events';
import { filterOptions } from '@/lib/event-filters/filter-options';
import { sortEvents } from '@/lib/event-filters/sort-events';
import {
  malformedListValues,
  withKnownIds,
  type ListFilters,
  type ListSearch,
  type ListSearchChange,
} from '@/lib/event-filters/list-search';
import { partyGroups } from '../utils/party-groups';
import { QuoteSearchStatus, type QuoteSearch } from './quote-search-status';
import { EventCardList } from './event-card-list';
import { FilterPanel } from './filter-panel';
import { FilteredEmptyState } from './filtered-empty-state';
import { IgnoredValuesNotice } from './ignored-values-notice';
import { ListOrder } from './list-order';
import { ResultCount } from './result-count';

export interface EventBrowserProps {
  index: CorpusIndex;
  /** The list's state as the route validated it. */
  search: ListSearch;
  /** The URL's search params before validation, to say what was ignored. */
  rawSearch: Record<string, unknown>;
  onChange: ListSearchChange;
  /** Controls acting on exactly the events shown (the export); composed in by the route. */
  renderListActions?: (shown: {
    index: CorpusIndex;
    events: readonly EventSummary[];
    filters: ListFilters;
  }) => ReactNode;
}

const clearedBy: Record<FilterKey, ListFilters> = {
  q: { q: undefined },
  actors: { actors: undefined, members: undefined, match: undefined },
  dates: { from: undefined, to: undefined },
  place: { place: undefined },
  topic: { topic: undefined },
  disputed: { disputed: undefined },
};
// The order is not a filter: clearing the filters keeps it.
const clearAll: ListFilters = {
  q: undefined,
  actors: undefined,
  members: undefined,
  match: undefined,
  from: undefined,
  to: undefined,
  place: undefined,
  topic: undefined,
  disputed: undefined,
};

/** The event list with its filters; everything it shows follows from the URL. */
export function EventBrowser({
  index,
  search,
  rawSearch,
  onChange,
  renderListActions,
}: EventBrowserProps) {
  const language = useLanguage();
  const lookups = corpusLookups(index);
  const groups = partyGroups(index, lookups);
  const countRef = useRef<HTMLParagraphElement>(null);

  const { filters, unknown } = useMemo(
    () =>
      withKnownIds(search, {
        actors: new Set(groups.flatMap((group) => group.parties.map((actor) => actor.id))),
        places: new Set(lookups.places.keys()),
        topics: new Set(lookups.topics.keys()),
      }),
    [search, groups, lookups],
  );
  const ignored = useMemo(
    () => [...malformedListValues(rawSearch), ...unknown],
    [rawSearch, unknown],
  );
  // Quotes and translations are searched too, once their shard arrives; until then titles,
  // summaries and names already answer.
  const searchShard = useSearchShard(index.search, filters.q !== undefined);
  const result = useMemo(
    () => filterIndexEvents(index, lookups, filters, searchShard.data),
    [index, lookups, filters, searchShard.data],
  );
  const shown = useMemo(
    () => sortEvents(result.events, filters.sort),
    [result.events, filters.sort],
  );
  const quoteSearch: QuoteSearch =
    filters.q === undefined
      ? 'idle'
      : searchShard.data !== undefined
        ? 'ready'
        : searchShard.isError
          ? 'failed'
          : 'pending';
  // An empty list is "no event matches" only once the quotes were searched too.
  const searchedEverything = quoteSearch === 'idle' || quoteSearch === 'ready';
  const presets = useMemo(() => datePresets(index.events), [index]);
  const bounds = useMemo(() => corpusDayRange(index.events), [index]);
  const options = useMemo(
    () => filterOptions(index, lookups, language),
    [index, lookups, language],
  );

  const active = activeFilterKeys(filters);
  // Unknown ids leave the URL with the reader's next change.
  const change: ListSearchChange = (patch, options) => {
    const { actors, match, place, topic } = filters;
    const dropUnknown: ListFilters = { actors, match, place, topic };
    onChange({ ...dropUnknown, ...patch }, options);
  };
  const clear = (patch: ListFilters) => {
    change(patch, { replace: false });
    countRef.current?.focus();
  };
  // Named from the index, not the panel's options: a known place no event names is still named.
  const placeNames = (filters.place ?? []).flatMap((id) => {
    const place = lookups.places.get(id);
    return place ? [localized(place.name, language)] : [];
  });
  const topicNames = (filters.topic ?? []).flatMap((id) => {
    const topic = lookups.topics.get(id);
    return topic ? [localized(topic.label, language)] : [];
  });
  // The chosen parties by name, in the URL's order, so the empty state can say whom it kept.
  const partyNames = (filters.actors ?? []).flatMap((id) => {
    const actor = lookups.actors.get(id);
    return actor ? [localized(actor.name, language)] : [];
  });

  return (
    <div className="mt-4 md:grid md:grid-cols-[18rem_minmax(0,1fr)] md:items-start md:gap-6">
      <FilterPanel
        filters={filters}
        activeCount={active.length}
        shown={shown.length}
        facets={result.facets}
        partyGroups={groups}
        places={options.places}
        topics={options.topics}
        datePresets={presets}
        dateBounds={bounds}
        onChange={change}
        onClearAll={() => {
          clear(clearAll);
        }}
        onShowResults={() => {
          countRef.current?.focus();
        }}
      />
      <div>
        <IgnoredValuesNotice ignored={ignored} />
        <ResultCount
          ref={countRef}
          shown={result.events.length}
          total={index.events.length}
          filtered={active.length > 0}
        />
        {shown.length > 0 ? (
          <ListOrder
            sort={filters.sort}
            onChange={(sort) => {
              change({ sort }, { replace: false });
            }}
          />
        ) : null}
        {shown.length > 0 ? renderListActions?.({ index, events: shown, filters }) : null}
        <QuoteSearchStatus
          state={quoteSearch}
          detail={searchShard.error?.message}
          onRetry={() => void searchShard.refetch()}
        />
        {result.events.length === 0 && !searchedEverything ? null : result.events.length === 0 ? (
          <FilteredEmptyState
            emptiedBy={result.emptiedBy}
            query={filters.q ?? ''}
            placeNames={placeNames}
            topicNames={topicNames}
            partyNames={partyNames}
            match={filters.match}
            members={filters.members}
            disputed={filters.disputed}
            from={filters.from}
            to={filters.to}
            onRemove={(key) => {
              clear(key === 'match' ? { match: undefined } : clearedBy[key]);
            }}
            onClearAll={() => {
              clear(clearAll);
            }}
          />
        ) : (
          <EventCardList
            pageKey={JSON.stringify(filters)}
            events={shown}
            lookups={lookups}
            query={filters.q}
            searchShard={searchShard.data}
          />
        )}
      </div>
    </div>
  );
}
