import type { DateRange, FuzzyDate } from '@/corpus/primitives';

/** Days as 'YYYY-MM-DD' strings: they compare correctly as plain strings. */
export type IsoDay = string;

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a fuzzy date can mean: "2020-01" starts on 2020-01-01. */
export function firstDayOf(date: FuzzyDate): IsoDay {
  if (date.precision === 'day') return date.value;
  if (date.precision === 'month') return `${date.value}-01`;
  return `${date.value}-01-01`;
}

/** The last day a fuzzy date can mean: "2020-02" ends on 2020-02-29, "2019" on 2019-12-31. */
export function lastDayOf(date: FuzzyDate): IsoDay {
  if (date.precision === 'day') return date.value;
  if (date.precision === 'year') return `${date.value}-12-31`;
  const [year = '1970', month = '01'] = date.value.split('-');
  const day = lastDayOfMonth(Number(year), Number(month));
  return `${date.value}-${String(day).padStart(2, '0')}`;
}

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

/** Whether an event may fall between two days (inclusive); an open end is unbounded. */
export function overlapsDays(range: DateRange, from?: IsoDay, to?: IsoDay): boolean {
  const [start, end] =
    from !== undefined && to !== undefined && from > to ? [to, from] : [from, to];
  const { first, last } = eventDayBounds(range);
  return (end === undefined || first <= end) && (start === undefined || last >= start);
}
