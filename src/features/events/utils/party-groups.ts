import type { Actor, Side } from '@/corpus/schema';
import type { CorpusIndex } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';
import { matchesSearch, prepareSearchText, type SearchToken } from '@/corpus/search/search-text';

export interface PartyGroup {
  side: Side;
  parties: Actor[];
}

const cache = new WeakMap<CorpusIndex, PartyGroup[]>();

/** The actors who made claims in some event, grouped by side in the corpus's own order. */
export function partyGroups(index: CorpusIndex, lookups: CorpusLookups): PartyGroup[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const partyIds = new Set(index.events.flatMap((event) => event.parties));
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

const actorTexts = new WeakMap<Actor, string>();

/** Whether a party's names or aliases, in either language, hold the query. */
export function partyMatches(actor: Actor, tokens: readonly SearchToken[]): boolean {
  if (tokens.length === 0) return true;
  let text = actorTexts.get(actor);
  if (text === undefined) {
    text = prepareSearchText(
      [actor.name.ar, actor.name.en, ...actor.aliases.ar, ...actor.aliases.en].join('\n'),
    );
    actorTexts.set(actor, text);
  }
  return matchesSearch(text, tokens);
}
