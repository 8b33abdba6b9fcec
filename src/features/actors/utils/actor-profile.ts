import type { Actor, Side } from '@/corpus/schema';
import type { CorpusIndex, EventSummary } from '@/corpus/shards';
import { actorWithMembers } from '@/lib/actor-members';
import { eventsSpokenIn } from '@/lib/party-events';
import type { CorpusLookups } from '@/lib/corpus-lookups';

export interface ActorProfile {
  actor: Actor;
  /** The bodies it belongs to, nearest first: a base, its army, the ministry, the state. */
  affiliation: Actor[];
  /** Actors that name this one as their memberOf. */
  members: Actor[];
  /** How many bodies belong to it at any depth (Russia: its ministry, that ministry's army…). */
  memberCount: number;
  /** Whether the page speaks for the party with its members (the default) or alone. */
  withMembers: boolean;
  /** Whose claims the page shows: the party, and with its members every body of it. */
  speakers: ReadonlySet<string>;
  side: Side | undefined;
  /** Events where one of the speakers made a claim, oldest first. */
  events: EventSummary[];
}

function affiliationChain(actor: Actor, lookups: CorpusLookups): Actor[] {
  const chain: Actor[] = [];
  const seen = new Set([actor.id]);
  let parentId = actor.memberOf;
  // The compiler rejects memberOf cycles; the guard only protects the page from a bad shard.
  while (parentId !== undefined && !seen.has(parentId)) {
    const parent = lookups.actors.get(parentId);
    if (!parent) break;
    chain.push(parent);
    seen.add(parent.id);
    parentId = parent.memberOf;
  }
  return chain;
}

/**
 * Who a party is and where it spoke, from the index alone, with its members (every body that
 * belongs to it) or alone; undefined for an unknown id.
 */
export function actorProfile(
  index: CorpusIndex,
  lookups: CorpusLookups,
  actorId: string,
  { withMembers = true }: { withMembers?: boolean } = {},
): ActorProfile | undefined {
  const actor = lookups.actors.get(actorId);
  if (!actor) return undefined;
  const bodies = actorWithMembers(actorId, index.actors);
  const speakers: ReadonlySet<string> = new Set(withMembers ? bodies : [actorId]);
  const events = eventsSpokenIn(index.events, speakers);
  return {
    actor,
    affiliation: affiliationChain(actor, lookups),
    members: index.actors.filter((candidate) => candidate.memberOf === actorId),
    memberCount: bodies.length - 1,
    withMembers,
    speakers,
    side: lookups.sides.get(actor.side),
    events,
  };
}
