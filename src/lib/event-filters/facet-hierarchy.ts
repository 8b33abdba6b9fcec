import type { Actor, Place } from '@/corpus/schema';

/** What a facet value belongs to: a party's `memberOf`, a place's `within`. */
export type ParentOf = (id: string) => string | undefined;

/** The corpus's two hierarchies, as an index carries them. */
export interface FacetRelations {
  actors: readonly Actor[];
  places: readonly Place[];
}

const parentMaps = new WeakMap<readonly object[], ReadonlyMap<string, string>>();

function parentMap<T extends { id: string }>(
  items: readonly T[],
  parent: (item: T) => string | undefined,
): ReadonlyMap<string, string> {
  let map = parentMaps.get(items);
  if (!map) {
    const built = new Map<string, string>();
    for (const item of items) {
      const up = parent(item);
      if (up !== undefined) built.set(item.id, up);
    }
    map = built;
    parentMaps.set(items, map);
  }
  return map;
}

/** Whom each party belongs to, built once per actors array. */
export function memberOf(actors: readonly Actor[]): ParentOf {
  const map = parentMap(actors, (actor) => actor.memberOf);
  return (id) => map.get(id);
}

/** Which place each place lies within, built once per places array. */
export function placeWithin(places: readonly Place[]): ParentOf {
  const map = parentMap(places, (place) => place.within);
  return (id) => map.get(id);
}

/**
 * Everything above an id, nearest first (Hmeimim base → Russian armed forces → Ministry of
 * Defence → Russia). The compiler rejects cycles; the guard only stops a bad shard looping.
 */
export function ancestorsOf(id: string, parentOf: ParentOf): string[] {
  const found: string[] = [];
  const seen = new Set([id]);
  for (let up = parentOf(id); up !== undefined && !seen.has(up); up = parentOf(up)) {
    seen.add(up);
    found.push(up);
  }
  return found;
}
