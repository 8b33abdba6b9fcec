import type { EventSummary } from '@/corpus/shards';

/**
 * The list's order. By date is the corpus's own order (earliest first, as the compiler
 * sorts events); `disputes` puts the events with the most disputed questions first, and keeps
 * the date order among events with as many (the sort is stable).
 */
export function sortEvents(
  events: readonly EventSummary[],
  sort: 'disputes' | undefined,
): readonly EventSummary[] {
  if (sort !== 'disputes') return events;
  return [...events].sort((a, b) => b.disputedQuestionCount - a.disputedQuestionCount);
}
