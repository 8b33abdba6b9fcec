import { firstDayOf } from '../corpus/calendar.ts';
import type { EventSummary } from '../corpus/shards.ts';

// Relative imports: the build's page list (scripts/build/page-reads.ts) loads this file as is.
type DatedEvent = Pick<EventSummary, 'parties' | 'date'>;

/**
 * The events where one of `speakers` (a party, with its members or alone) made a claim, oldest
 * first: what a party's page lists, and so the shards the prerender reads for it.
 */
export function eventsSpokenIn<E extends DatedEvent>(
  events: readonly E[],
  speakers: ReadonlySet<string>,
): E[] {
  return events
    .filter((event) => event.parties.some((party) => speakers.has(party)))
    .sort((a, b) => firstDayOf(a.date.from).localeCompare(firstDayOf(b.date.from)));
}
