import type { SideOf } from '@/corpus/rules/question-status';
import type { CorpusLookups } from './corpus-lookups';

/** What the sides of parties are read from; `CorpusLookups` fits. */
export type SideLookups = Pick<CorpusLookups, 'actors' | 'sides'>;

/**
 * The side a party speaks for, when the corpus knows the party and its side.
 * An outlet speaks for the side it is aligned to (its `side` in actors.json).
 */
export function sideOfParty(lookups: SideLookups): SideOf {
  return (partyId) => {
    const side = lookups.actors.get(partyId)?.side;
    return side !== undefined && lookups.sides.has(side) ? side : undefined;
  };
}

/**
 * The side a party's answer can corroborate for: its side, unless that side
 * groups voices of unknown alignment (`unknownAlignment` in sides.json), which
 * confirm no one. The rule's `sideOf`; `sideOfParty` is the side shown.
 */
export function corroboratingSideOf(lookups: SideLookups): SideOf {
  const sideOf = sideOfParty(lookups);
  return (partyId) => {
    const side = sideOf(partyId);
    return side !== undefined && lookups.sides.get(side)?.unknownAlignment !== true
      ? side
      : undefined;
  };
}

/** One side and the parties that spoke for it. */
export interface SideVoices {
  side: string;
  parties: string[];
}

/** Which sides a set of parties speaks for. */
export interface PartySides {
  /** Each side with its parties, in the order `parties` met them. */
  spoke: SideVoices[];
  /**
   * Parties whose side the corpus does not know. Each is a side of its own
   * (see questionStatus), so they are listed apart, never pooled as one side.
   */
  unsided: string[];
}

/** The sides of `parties` (distinct ids), in the order the parties came. */
export function sidesOfParties(parties: readonly string[], sideOf: SideOf): PartySides {
  const bySide = new Map<string, string[]>();
  const unsided: string[] = [];
  for (const party of parties) {
    const side = sideOf(party);
    if (side === undefined) {
      unsided.push(party);
      continue;
    }
    const voices = bySide.get(side);
    if (voices) voices.push(party);
    else bySide.set(side, [party]);
  }
  return { spoke: [...bySide].map(([side, voices]) => ({ side, parties: voices })), unsided };
}

/** Which sides spoke in one event, and which of the corpus's sides did not. */
export interface EventSides extends PartySides {
  /**
   * The sides the corpus defines (data/sides.json) with no party in this
   * event. Only those: a corpus cannot say who is missing beyond the sides it knows.
   */
  absent: string[];
}

/**
 * The sides of an event's parties (the index's `parties`, or every speaker
 * of its shard: the same list), in the corpus's order of sides so that every
 * event card lists them alike; within a side, parties in first-claim order.
 */
export function eventSides(parties: readonly string[], lookups: SideLookups): EventSides {
  const { spoke, unsided } = sidesOfParties(parties, sideOfParty(lookups));
  const present = new Map(spoke.map((voices) => [voices.side, voices]));
  const corpusSides = [...lookups.sides.keys()];
  return {
    spoke: corpusSides.flatMap((side) => present.get(side) ?? []),
    unsided,
    absent: corpusSides.filter((side) => !present.has(side)),
  };
}
