import type { Actor, Side } from '@/corpus/schema';
import type { CorpusIndex } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { filterableIds } from '@/lib/event-filters/filterable-ids';

export interface PartyGroup {
  side: Side;
  parties: Actor[];
}

const cache = new WeakMap<CorpusIndex, PartyGroup[]>();

/**
 * The actors who made claims in some event, and those they belong to, grouped by side in the
 * corpus's own order.
 */
export function partyGroups(index: CorpusIndex, lookups: CorpusLookups): PartyGroup[] {
  const cached = cache.get(index);
  if (cached) return cached;
  // Those who spoke and those they belong to: choosing Russia brings its ministry's events.
  const partyIds = filterableIds(index).actors;
  const bySide = new Map<string, Actor[]>();
  for (const actor of index.actors) {
    if (!partyIds.has(actor.id)) continue;
    bySide.set(actor.side, [...(bySide.get(actor.side) ?? []), actor]);
  }
  const groups = [...bySide]
    .flatMap(([sideId, parties]) => {
      const side = lookups.sides.get(sideId);
      return side ? [{ side, parties }] : [];
    })
    .sort(
      (a, b) =>
        (lookups.sideOrder.get(a.side.id) ?? Infinity) -
        (lookups.sideOrder.get(b.side.id) ?? Infinity),
    );
  cache.set(index, groups);
  return groups;
}
