import type { IsoDay } from '@/corpus/calendar';
import { dayNumber, type DaySpan } from './day-range';

/**
 * The days the timeline shows: the list's `from`/`to` filters where set, the
 * corpus's own first or last day where not, and never beyond the corpus's
 * dates (`?to=9999-12-31` would otherwise draw eight thousand years). Reversed
 * ends are read the way the event filter reads them (swapped), so the axis
 * and the count agree.
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
  const asked = { first: dayNumber(start), last: dayNumber(end) };
  const first = corpus ? Math.max(asked.first, dayNumber(corpus.min)) : asked.first;
  const last = corpus ? Math.min(asked.last, dayNumber(corpus.max)) : asked.last;
  // Nothing of the corpus in the range: show its first day alone rather than nothing.
  return last < first ? { first: asked.first, last: asked.first } : { first, last };
}
