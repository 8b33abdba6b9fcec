/**
 * The most events the timeline draws at once. Each drawn event needs its
 * shard (its claims); at newsroom scale a whole corpus in range would be
 * thousands of downloads and a chart nobody can read. Past this, the
 * timeline draws the earliest and says how to see the rest.
 */
export const MAX_DRAWN_EVENTS = 100;

/** The events to draw, earliest first, and whether some in range were left out. */
export function drawnEvents<T>(
  events: readonly T[],
  max = MAX_DRAWN_EVENTS,
): { drawn: readonly T[]; capped: boolean } {
  return events.length > max
    ? { drawn: events.slice(0, max), capped: true }
    : { drawn: events, capped: false };
}
