import { lastDayOfMonth, type IsoDay } from '@/corpus/calendar';
import type { FuzzyDate } from '@/corpus/primitives';
import { isoDay, type DaySpan } from './day-range';
import type { EventRow } from './timeline-rows';

export interface VisibleCounts {
  events: number;
  /** Undefined while some event's claims are still loading (or failed): no half counts. */
  claims: number | undefined;
  /** When only the earliest events in range are drawn (see drawnEvents), how many. */
  drawn?: number;
}

/** What the reader sees in the range: every filtered event, and the claims drawn for them. */
export function visibleCounts(
  eventCount: number,
  rows: readonly (EventRow | undefined)[],
): VisibleCounts {
  // Claims are counted only when every event in range is drawn: a count of some would mislead.
  if (rows.length < eventCount)
    return { events: eventCount, claims: undefined, drawn: rows.length };
  if (rows.some((row) => row === undefined)) return { events: eventCount, claims: undefined };
  const claims = rows.reduce((sum, row) => sum + (row?.marks.length ?? 0), 0);
  return { events: eventCount, claims };
}

function isLastDayOfMonth(day: IsoDay): boolean {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return lastDayOfMonth(year, month) === date;
}

/**
 * The visible span in words, as coarse as its ends allow: 1 Jun–31 Aug 2019
 * reads "Jun 2019 – Aug 2019", a whole year reads "2019".
 */
export function spanDates(span: DaySpan): { from: FuzzyDate; to: FuzzyDate } {
  const first = isoDay(span.first);
  const last = isoDay(span.last);
  const date = (value: string, precision: FuzzyDate['precision']): FuzzyDate => ({
    value,
    precision,
    basis: 'stated',
  });
  if (first.endsWith('-01-01') && last.endsWith('-12-31')) {
    return { from: date(first.slice(0, 4), 'year'), to: date(last.slice(0, 4), 'year') };
  }
  if (first.endsWith('-01') && isLastDayOfMonth(last)) {
    return { from: date(first.slice(0, 7), 'month'), to: date(last.slice(0, 7), 'month') };
  }
  return { from: date(first, 'day'), to: date(last, 'day') };
}
