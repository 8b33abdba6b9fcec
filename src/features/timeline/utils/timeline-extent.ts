import type { DaySpan } from './day-range';

/** Where a mark sits along the axis, as fractions of the visible span (0 = its first day). */
export interface Extent {
  start: number;
  size: number;
  /** The mark goes on before or after what is visible, so its cut end is drawn open. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * A date's place on the axis. A day occupies its whole width, so a day is a
 * narrow band and a month a band across the month; undefined when the date
 * falls entirely outside the visible span.
 */
export function extentOf(days: DaySpan, visible: DaySpan): Extent | undefined {
  if (days.last < visible.first || days.first > visible.last) return undefined;
  const total = visible.last - visible.first + 1;
  const first = Math.max(days.first, visible.first);
  const last = Math.min(days.last, visible.last);
  return {
    start: (first - visible.first) / total,
    size: (last - first + 1) / total,
    cutBefore: days.first < visible.first,
    cutAfter: days.last > visible.last,
  };
}
