import type { DateRange, FuzzyDate } from '@/corpus/primitives';
import { firstDayOf, lastDayOf, type IsoDay } from '@/corpus/calendar';

/**
 * Days counted from 1970-01-01 (UTC). Positions on the axis are arithmetic on
 * these; the event filters keep ISO strings because those compare as text.
 */
export type DayNumber = number;

/** Every day a date may mean, both ends included. */
export interface DaySpan {
  first: DayNumber;
  last: DayNumber;
}

const msPerDay = 86_400_000;

export function dayNumber(day: IsoDay): DayNumber {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999 (0002 as 1902).
  const moment = new Date(0);
  moment.setUTCFullYear(year, month - 1, date);
  return Math.round(moment.getTime() / msPerDay);
}

export function isoDay(day: DayNumber): IsoDay {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** A fuzzy date as the days it may mean: one day, a whole month, or a whole year. */
export function fuzzyDaySpan(date: FuzzyDate): DaySpan {
  return { first: dayNumber(firstDayOf(date)), last: dayNumber(lastDayOf(date)) };
}

/** An event's dates from the first day its start may mean to the last day its end may mean. */
export function dateRangeDaySpan(range: DateRange): DaySpan {
  return {
    first: fuzzyDaySpan(range.from).first,
    last: fuzzyDaySpan(range.to ?? range.from).last,
  };
}

export function spansOverlap(a: DaySpan, b: DaySpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}
