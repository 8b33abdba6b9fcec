import type { CorpusIndex } from '@/corpus/shards';
import { ancestorsOf, memberOf, placeWithin, type ParentOf } from './facet-hierarchy';

export interface FilterableIds {
  /** Parties that spoke somewhere, and those they belong to (choosing them rolls members up). */
  actors: ReadonlySet<string>;
  /** Places some event names, and those they lie within. */
  places: ReadonlySet<string>;
  /** Topics some event is on. */
  topics: ReadonlySet<string>;
}

function withAncestors(ids: Iterable<string>, parentOf: ParentOf): Set<string> {
  const all = new Set<string>();
  for (const id of ids) {
    all.add(id);
    for (const up of ancestorsOf(id, parentOf)) all.add(up);
  }
  return all;
}

const cache = new WeakMap<CorpusIndex, FilterableIds>();

/**
 * The values a filter can usefully offer: one that no event could match is left out of the
 * panel (and reported when a link names it). Built once per index.
 */
export function filterableIds(index: CorpusIndex): FilterableIds {
  let ids = cache.get(index);
  if (!ids) {
    const known = {
      actors: new Set(index.actors.map((actor) => actor.id)),
      places: new Set(index.places.map((place) => place.id)),
    };
    const keepKnown = (set: Set<string>, of: ReadonlySet<string>) =>
      new Set([...set].filter((id) => of.has(id)));
    ids = {
      actors: keepKnown(
        withAncestors(
          index.events.flatMap((event) => event.parties),
          memberOf(index.actors),
        ),
        known.actors,
      ),
      places: keepKnown(
        withAncestors(
          index.events.flatMap((event) => event.places),
          placeWithin(index.places),
        ),
        known.places,
      ),
      topics: new Set(index.events.flatMap((event) => event.topics)),
    };
    cache.set(index, ids);
  }
  return ids;
}
