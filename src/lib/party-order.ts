import type { CompiledClaim } from '@/corpus/shards';
import type { CorpusLookups } from '@/lib/corpus-lookups';

export interface PartyOrder {
  /** Parties shown, in column order. */
  shown: string[];
  /** Parties of this event the reader has hidden. */
  hidden: string[];
  /** Ids in the URL that made no claim in this event: ignored, and reported. */
  unknown: string[];
}

/**
 * Every party that made a claim, grouped by side in the corpus's order, then by
 * first claim. Shared by the comparison (its columns) and the exports (their
 * row order), so an export lists claims in the order a comparison shows them.
 */
export function defaultPartyOrder(
  claims: readonly Pick<CompiledClaim, 'saidBy'>[],
  lookups: CorpusLookups,
): string[] {
  const firstSeen = new Map<string, number>();
  claims.forEach((claim, position) => {
    if (!firstSeen.has(claim.saidBy)) firstSeen.set(claim.saidBy, position);
  });
  const sideRank = (actorId: string) => {
    const side = lookups.actors.get(actorId)?.side;
    return side === undefined ? Number.MAX_SAFE_INTEGER : (lookups.sideOrder.get(side) ?? 0);
  };
  return [...firstSeen.keys()].sort(
    (a, b) => sideRank(a) - sideRank(b) || (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0),
  );
}

/**
 * The columns on screen, from the event's default order (defaultPartyOrder): the URL's list
 * when it has one (its order wins), else the default.
 */
export function orderParties(
  all: readonly string[],
  requested: readonly string[] | undefined,
): PartyOrder {
  if (!requested) return { shown: [...all], hidden: [], unknown: [] };
  const present = new Set(all);
  const shown = requested.filter((id) => present.has(id));
  const unknown = requested.filter((id) => !present.has(id));
  // A link whose parties all vanished would show an empty grid: fall back to everyone.
  if (shown.length === 0) return { shown: [...all], hidden: [], unknown };
  const shownSet = new Set(shown);
  return { shown, hidden: all.filter((id) => !shownSet.has(id)), unknown };
}
