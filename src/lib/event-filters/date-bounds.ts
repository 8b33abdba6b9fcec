import { firstDayOf, lastDayOf, type IsoDay } from '@/corpus/calendar';
import type { DateRange } from '@/corpus/primitives';

const boundsCache = new WeakMap<DateRange, { first: IsoDay; last: IsoDay }>();

/** Every day an event's date range may cover, given the precision of each end; computed once per range. */
export function eventDayBounds(range: DateRange): { first: IsoDay; last: IsoDay } {
  let bounds = boundsCache.get(range);
  if (!bounds) {
    bounds = { first: firstDayOf(range.from), last: lastDayOf(range.to ?? range.from) };
    boundsCache.set(range, bounds);
  }
  return bounds;
}
