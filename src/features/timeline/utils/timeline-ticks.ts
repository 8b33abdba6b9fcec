import type { FuzzyDate } from '@/corpus/primitives';
import { isoDay, type DayNumber, type DaySpan } from './day-range';

export interface Tick {
  day: DayNumber;
  /** What the tick's label names, only as precise as the tick spacing. */
  date: FuzzyDate;
}

const weeklyUpTo = 62;
const monthlyUpTo = 3 * 366;
const weekStarts = new Set(['01', '08', '15', '22', '29']);

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
  const ticks: Tick[] = [];
  for (let day = span.first; day <= span.last; day += 1) {
    const iso = isoDay(day);
    const date = iso.slice(8, 10);
    if (length <= weeklyUpTo) {
      if (weekStarts.has(date)) ticks.push(tick(day, 'day'));
    } else if (length <= monthlyUpTo) {
      if (date === '01') ticks.push(tick(day, 'month'));
    } else if (iso.endsWith('-01-01')) {
      ticks.push(tick(day, 'year'));
    }
  }
  return ticks;
}
