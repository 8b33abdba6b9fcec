import type { CompiledClaim, EventSummary } from '@/corpus/shards';
import { orderByTime } from './claim-order';
import { dateRangeDaySpan, fuzzyDaySpan, spansOverlap, type DaySpan } from './day-range';
import { extentOf, type Extent } from './timeline-extent';

export interface ClaimMark {
  claim: CompiledClaim;
  extent: Extent;
  /** The claim this one is known to have followed (saidAfter), found in the same event. */
  after?: CompiledClaim;
}

export interface PartyLane {
  party: string;
  marks: ClaimMark[];
}

export interface EventRow {
  event: EventSummary;
  /** The event's own dates; undefined only if they fall outside (the filter keeps overlaps). */
  extent: Extent | undefined;
  /** One lane per party with a visible claim, in the event's first-claim order. */
  lanes: PartyLane[];
  /** Every visible claim in time order: what the accessible list reads out. */
  marks: ClaimMark[];
}

/**
 * One event on the axis: its date bar, and its claims that fall in the
 * visible span, one lane per party. With a party filter only those parties'
 * claims are drawn: the reader asked when THEY said what.
 */
export function eventRow(
  event: EventSummary,
  claims: readonly CompiledClaim[],
  visible: DaySpan,
  parties: readonly string[] = [],
): EventRow {
  const chosen = new Set(parties);
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const shown = claims.filter(
    (claim) =>
      (chosen.size === 0 || chosen.has(claim.saidBy)) &&
      spansOverlap(fuzzyDaySpan(claim.saidOn), visible),
  );
  const marks = orderByTime(shown, claims).flatMap((claim): ClaimMark[] => {
    const extent = extentOf(fuzzyDaySpan(claim.saidOn), visible);
    if (!extent) return [];
    const after = claim.saidAfter === undefined ? undefined : byId.get(claim.saidAfter);
    return [after ? { claim, extent, after } : { claim, extent }];
  });
  const speakers = [...event.parties, ...marks.map((mark) => mark.claim.saidBy)];
  const lanes = [...new Set(speakers)]
    .map((party) => ({ party, marks: marks.filter((mark) => mark.claim.saidBy === party) }))
    .filter((lane) => lane.marks.length > 0);
  return { event, extent: extentOf(dateRangeDaySpan(event.date), visible), lanes, marks };
}

/** Events in the order they happened, by the first day their dates may mean. */
export function byEventDate(events: readonly EventSummary[]): EventSummary[] {
  return [...events].sort(
    (a, b) =>
      dateRangeDaySpan(a.date).first - dateRangeDaySpan(b.date).first ||
      dateRangeDaySpan(a.date).last - dateRangeDaySpan(b.date).last,
  );
}
