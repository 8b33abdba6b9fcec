import type { IsoDay } from '@/corpus/calendar';
import type { EventSummary } from '@/corpus/shards';
import { eventDayBounds } from './date-bounds';

/** One facet's ids as small numbers, so counting is array arithmetic rather than map lookups. */
export interface FacetIds {
  /** Position → id. */
  ids: string[];
  /** Id → position. */
  positions: Map<string, number>;
  /** Per event, the positions of its ids, each once. */
  byEvent: number[][];
}

/** What filtering needs of each event, computed once per list of events. */
export interface EventFacetIndex {
  actors: FacetIds;
  places: FacetIds;
  topics: FacetIds;
  /** Per event, the first and last day it may cover. */
  first: IsoDay[];
  last: IsoDay[];
}

function facetIds(
  events: readonly EventSummary[],
  pick: (event: EventSummary) => readonly string[],
) {
  const ids: string[] = [];
  const positions = new Map<string, number>();
  const byEvent = events.map((event) => {
    const own: number[] = [];
    for (const id of pick(event)) {
      let position = positions.get(id);
      if (position === undefined) {
        position = ids.length;
        ids.push(id);
        positions.set(id, position);
      }
      if (!own.includes(position)) own.push(position);
    }
    return own;
  });
  return { ids, positions, byEvent };
}

const cache = new WeakMap<readonly EventSummary[], EventFacetIndex>();

/** The facet index of a list of events, built on first use and kept while the list lives. */
export function eventFacetIndex(events: readonly EventSummary[]): EventFacetIndex {
  let index = cache.get(events);
  if (!index) {
    const bounds = events.map((event) => eventDayBounds(event.date));
    index = {
      actors: facetIds(events, (event) => event.parties),
      places: facetIds(events, (event) => event.places),
      topics: facetIds(events, (event) => event.topics),
      first: bounds.map((bound) => bound.first),
      last: bounds.map((bound) => bound.last),
    };
    cache.set(events, index);
  }
  return index;
}
