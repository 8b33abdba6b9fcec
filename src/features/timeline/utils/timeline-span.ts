import type { IsoDay } from '@/corpus/calendar';
import { dayNumber, type DaySpan } from './day-range';

/**
 * The days the timeline shows: the list's `from`/`to` filters where set, the
 * corpus's own first or last day where not. Reversed ends are read the way
 * the event filter reads them (swapped), so the axis and the count agree.
 */
export function visibleSpan(
  filters: { from?: IsoDay | undefined; to?: IsoDay | undefined },
  corpus: { min: IsoDay; max: IsoDay } | undefined,
): DaySpan | undefined {
  const [from, to] =
    filters.from !== undefined && filters.to !== undefined && filters.from > filters.to
      ? [filters.to, filters.from]
      : [filters.from, filters.to];
  const start = from ?? corpus?.min;
  const end = to ?? corpus?.max;
  if (start === undefined || end === undefined) return undefined;
  const first = dayNumber(start);
  const last = dayNumber(end);
  // One open end beyond the corpus's other end: show that single day rather than nothing.
  return last < first ? { first, last: first } : { first, last };
}
