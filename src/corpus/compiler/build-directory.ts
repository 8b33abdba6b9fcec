import type { Actor } from '../schema';
import {
  SHARD_FORMAT_VERSION,
  type ActorCounts,
  type CompiledClaim,
  type DirectoryShard,
  type SourceSummary,
} from '../shards';
import type { EventDispute } from '../rules/event-disputes';

/** One event's claims, as the build has compiled them, and its disputed questions. */
interface CompiledEvent {
  claims: readonly CompiledClaim[];
  /** From eventDisputes: the shared dispute rule, run once per event by the build. */
  disputes: readonly Pick<EventDispute, 'parties'>[];
}

/** Adds one to `id`'s count, starting from 0. */
function bump(counts: Map<string, number>, id: string): void {
  counts.set(id, (counts.get(id) ?? 0) + 1);
}

/**
 * Every party's and source's weight in the corpus, for the /actors and /sources indexes. A
 * question counts as contested for a party when the shared dispute rule finds a reason with that
 * party on either end: the one contradicted and the one contradicting both have a rival account.
 */
export function buildDirectory(
  actors: readonly Pick<Actor, 'id'>[],
  events: readonly CompiledEvent[],
  sources: readonly SourceSummary[],
): DirectoryShard {
  const claims = new Map<string, number>();
  const eventsOf = new Map<string, number>();
  const contested = new Map<string, number>();
  const claimsCiting = new Map<string, number>();
  const eventsCiting = new Map<string, number>();

  for (const { claims: eventClaims, disputes } of events) {
    for (const claim of eventClaims) {
      bump(claims, claim.saidBy);
      bump(claimsCiting, claim.source);
    }
    for (const party of new Set(eventClaims.map((claim) => claim.saidBy))) bump(eventsOf, party);
    for (const source of new Set(eventClaims.map((claim) => claim.source))) {
      bump(eventsCiting, source);
    }
    for (const dispute of disputes) {
      for (const party of new Set(dispute.parties)) bump(contested, party);
    }
  }

  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    formatVersion: SHARD_FORMAT_VERSION,
    actors: [...actors].sort(byId).map(({ id }): ActorCounts => ({
      id,
      claims: claims.get(id) ?? 0,
      events: eventsOf.get(id) ?? 0,
      contestedQuestions: contested.get(id) ?? 0,
    })),
    sources: [...sources].sort(byId).map((summary) => ({
      ...summary,
      claims: claimsCiting.get(summary.id) ?? 0,
      events: eventsCiting.get(summary.id) ?? 0,
    })),
  };
}
