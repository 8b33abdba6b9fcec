import type { EventSummary } from '@/corpus/shards';
import { eventFacetIndex, type FacetIds } from './event-facet-index';
import {
  ancestorsOf,
  memberOf,
  placeWithin,
  type FacetRelations,
  type ParentOf,
} from './facet-hierarchy';

/**
 * A facet whose values nest (parties in parties, places in places). Positions extend the
 * plain facet's: the values events list keep their positions, and the values above them
 * that no event lists (a governorate, a state) follow.
 */
export interface RolledFacet {
  ids: string[];
  positions: Map<string, number>;
  /** Per event, the positions it lists itself. */
  own: readonly number[][];
  /** Per event, what it lists and everything above that, each once. */
  rolled: readonly number[][];
}

export interface RolledFacets {
  actors: RolledFacet;
  places: RolledFacet;
}

function rolledFacet(plain: FacetIds, parentOf: ParentOf | undefined): RolledFacet {
  if (!parentOf) return { ...plain, own: plain.byEvent, rolled: plain.byEvent };
  const ids = [...plain.ids];
  const positions = new Map(plain.positions);
  const position = (id: string) => {
    let at = positions.get(id);
    if (at === undefined) {
      at = ids.length;
      ids.push(id);
      positions.set(id, at);
    }
    return at;
  };
  const above = plain.ids.map((id) => ancestorsOf(id, parentOf).map(position));
  const rolled = plain.byEvent.map((own) => {
    const all = [...own];
    for (const at of own) {
      for (const up of above[at] ?? []) if (!all.includes(up)) all.push(up);
    }
    return all;
  });
  return { ids, positions, own: plain.byEvent, rolled };
}

const cache = new WeakMap<
  readonly EventSummary[],
  { relations: FacetRelations | undefined; facets: RolledFacets }
>();

/**
 * Parties and places with their hierarchies rolled up, built once per list of events (and
 * relations). Without relations nothing nests: rolled is own.
 */
export function rolledFacets(
  events: readonly EventSummary[],
  relations: FacetRelations | undefined,
): RolledFacets {
  const cached = cache.get(events);
  if (
    cached &&
    cached.relations?.actors === relations?.actors &&
    cached.relations?.places === relations?.places
  ) {
    return cached.facets;
  }
  const plain = eventFacetIndex(events);
  const facets = {
    actors: rolledFacet(plain.actors, relations && memberOf(relations.actors)),
    places: rolledFacet(plain.places, relations && placeWithin(relations.places)),
  };
  cache.set(events, { relations, facets });
  return facets;
}
