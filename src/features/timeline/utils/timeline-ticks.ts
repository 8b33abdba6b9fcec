import type { FuzzyDate } from '@/corpus/primitives';
import { dayNumber, isoDay, type DayNumber, type DaySpan } from './day-range';

export interface Tick {
  day: DayNumber;
  /** What the tick's label names, only as precise as the tick spacing. */
  date: FuzzyDate;
}

const weeklyUpTo = 62;
const monthlyUpTo = 3 * 366;
const weekStarts = new Set(['01', '08', '15', '22', '29']);
/** Beyond this many years a tick marks every second, fifth, tenth… year: labels stay apart. */
const mostYearTicks = 20;
const yearSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

function tick(day: DayNumber, precision: FuzzyDate['precision']): Tick {
  const iso = isoDay(day);
  const value =
    precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
  return { day, date: { value, precision, basis: 'stated' } };
}

/**
 * Axis ticks that stay legible from one month to several years: roughly
 * weekly for two months or less, monthly up to three years, yearly beyond.
 */
export function axisTicks(span: DaySpan): Tick[] {
  const length = span.last - span.first + 1;
  if (length > monthlyUpTo) return yearTicks(span);
  const ticks: Tick[] = [];
  for (let day = span.first; day <= span.last; day += 1) {
    const iso = isoDay(day);
    const date = iso.slice(8, 10);
    if (length <= weeklyUpTo) {
      if (weekStarts.has(date)) ticks.push(tick(day, 'day'));
    } else if (date === '01') {
      ticks.push(tick(day, 'month'));
    }
  }
  return ticks;
}

/** Each 1 January in the span, or every n-th on round years when there would be too many. */
function yearTicks(span: DaySpan): Tick[] {
  const yearOf = (day: DayNumber) => Number(isoDay(day).slice(0, 4));
  const newYear = (year: number) => dayNumber(`${String(year).padStart(4, '0')}-01-01`);
  const firstYear =
    newYear(yearOf(span.first)) < span.first ? yearOf(span.first) + 1 : yearOf(span.first);
  const lastYear = yearOf(span.last);
  const years = lastYear - firstYear + 1;
  const step = yearSteps.find((candidate) => years / candidate <= mostYearTicks) ?? 1000;
  const ticks: Tick[] = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    ticks.push(tick(newYear(year), 'year'));
  }
  return ticks;
}
