import type { LanguageCode } from '@/config/languages';
import type { Actor, ActorKind, Side } from '@/corpus/schema';
import type { CorpusIndex, DirectoryShard } from '@/corpus/shards';
import { actorWithMembers } from '@/lib/actor-members';
import { intlLocale } from '@/lib/intl-locale';
import { localized } from '@/lib/localized';

/** A party's weight in the corpus. Without a directory shard only events can be counted. */
export interface PartyCounts {
  events: number;
  claims?: number;
  contestedQuestions?: number;
}

export interface KindGroup {
  kind: ActorKind;
  parties: Actor[];
}

export interface SideGroup {
  /** Undefined for parties whose side the corpus does not list. */
  side: Side | undefined;
  kinds: KindGroup[];
}

/** Kinds in a fixed order, from states down to people; a Record so a new kind cannot be missed. */
const kindOrder: Record<ActorKind, number> = {
  'state-body': 0,
  'armed-forces': 1,
  'armed-group': 2,
  'intergovernmental-body': 3,
  monitor: 4,
  'media-outlet': 5,
  person: 6,
};

const collators = new Map<LanguageCode, Intl.Collator>();

function collatorFor(language: LanguageCode): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(intlLocale[language]);
    collators.set(language, collator);
  }
  return collator;
}

/**
 * The parties, grouped by side in the corpus's order (a party of an unknown side last), then by
 * kind, each kind's parties by name in the reader's language.
 */
export function partyDirectory(
  index: CorpusIndex,
  parties: readonly Actor[],
  language: LanguageCode,
): SideGroup[] {
  const collator = collatorFor(language);
  const sideOrder = new Map(index.sides.map((side, position) => [side.id, position]));
  const bySide = new Map<string | undefined, Actor[]>();
  for (const actor of parties) {
    const sideId = sideOrder.has(actor.side) ? actor.side : undefined;
    bySide.set(sideId, [...(bySide.get(sideId) ?? []), actor]);
  }
  return [...bySide]
    .sort(
      ([a], [b]) =>
        (a === undefined ? Infinity : (sideOrder.get(a) ?? Infinity)) -
        (b === undefined ? Infinity : (sideOrder.get(b) ?? Infinity)),
    )
    .map(([sideId, members]) => {
      const byKind = new Map<ActorKind, Actor[]>();
      for (const actor of members)
        byKind.set(actor.kind, [...(byKind.get(actor.kind) ?? []), actor]);
      return {
        side: index.sides.find((side) => side.id === sideId),
        kinds: [...byKind]
          .sort(([a], [b]) => kindOrder[a] - kindOrder[b])
          .map(([kind, group]) => ({
            kind,
            parties: group.sort((a, b) =>
              collator.compare(localized(a.name, language), localized(b.name, language)),
            ),
          })),
      };
    });
}

/**
 * Every party's counts: from the directory shard when the corpus has one; otherwise the events
 * each party spoke in, which the index alone tells, and nothing else.
 */
export function partyCounts(
  index: CorpusIndex,
  directory: DirectoryShard | undefined,
): ReadonlyMap<string, PartyCounts> {
  const counts = new Map<string, PartyCounts>();
  for (const event of index.events) {
    for (const party of new Set(event.parties)) {
      counts.set(party, { events: (counts.get(party)?.events ?? 0) + 1 });
    }
  }
  for (const entry of directory?.actors ?? []) {
    counts.set(entry.id, {
      events: entry.events,
      claims: entry.claims,
      contestedQuestions: entry.contestedQuestions,
    });
  }
  return counts;
}

/** A party with members, taken whole: how many bodies belong to it, and the events they all spoke in. */
export interface PartyRollup {
  members: number;
  events: number;
}

/**
 * For each party that others belong to, its events counted with its members (the rule of its
 * page and of the list's filter), so the index does not show Russia as a party of one event.
 */
export function partyRollups(index: CorpusIndex): ReadonlyMap<string, PartyRollup> {
  const rollups = new Map<string, PartyRollup>();
  const parents = new Set(index.actors.flatMap((actor) => actor.memberOf ?? []));
  for (const parent of parents) {
    const bodies = new Set(actorWithMembers(parent, index.actors));
    const events = index.events.filter((event) =>
      event.parties.some((party) => bodies.has(party)),
    ).length;
    rollups.set(parent, { members: bodies.size - 1, events });
  }
  return rollups;
}
