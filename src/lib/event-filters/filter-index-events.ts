import type { CorpusIndex, SearchShard } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { eventSearchTexts, searchShardTexts } from './event-search-texts';
import {
  defaultEventSearchText,
  filterEvents,
  type EventFilters,
  type FilterResult,
} from './filter-events';
import { searchMatches } from './search-matches';

/**
 * The index's events through the list's filters, as the list and the timeline
 * show them. Search texts are prepared only once a reader searches (at 10,000
 * events that is most of a second the first paint need not wait for); the
 * search shard, once it arrives, replaces the titles-and-names fallback.
 */
export function filterIndexEvents(
  index: CorpusIndex,
  lookups: CorpusLookups,
  filters: EventFilters,
  searchShard: SearchShard | undefined,
): FilterResult {
  const { q } = filters;
  // The index's own arrays: the roll-up's caches are keyed on them.
  const relations = { actors: index.actors, places: index.places };
  if (q === undefined) return filterEvents(index.events, filters, { relations });
  const texts = searchShard ? searchShardTexts(searchShard) : eventSearchTexts(index, lookups);
  const matches = searchMatches(texts, index.events, q, defaultEventSearchText);
  return filterEvents(index.events, filters, { searchMatches: matches, relations });
}
