import type { EventSummary } from '@/corpus/shards';
import { firstDayOf, lastDayOf, type IsoDay } from '@/corpus/calendar';

export interface MonthPreset {
  /** 'YYYY-MM' */
  month: string;
  from: IsoDay;
  to: IsoDay;
}

export interface YearPreset {
  /** 'YYYY' */
  year: string;
  from: IsoDay;
  to: IsoDay;
  /** Months in this year where an event starts or ends, known to the month at least. */
  months: MonthPreset[];
}

function monthPreset(month: string): MonthPreset {
  const date = { value: month, precision: 'month', basis: 'stated' } as const;
  return { month, from: firstDayOf(date), to: lastDayOf(date) };
}

/**
 * Quick date ranges from the corpus itself: every year its events touch and,
 * within each, the months events start or end in. Oldest first.
 */
export function datePresets(events: readonly EventSummary[]): YearPreset[] {
  const years = new Set<number>();
  const months = new Set<string>();
  for (const event of events) {
    const ends = [event.date.from, event.date.to ?? event.date.from];
    const [firstYear, lastYear] = ends.map((date) => Number(date.value.slice(0, 4)));
    for (let year = firstYear ?? 0; year <= (lastYear ?? 0); year += 1) years.add(year);
    for (const date of ends) {
      if (date.precision !== 'year') months.add(date.value.slice(0, 7));
    }
  }
  return [...years]
    .sort((a, b) => a - b)
    .map((number) => {
      const year = String(number).padStart(4, '0');
      return {
        year,
        from: `${year}-01-01`,
        to: `${year}-12-31`,
        months: [...months]
          .filter((month) => month.startsWith(`${year}-`))
          .sort()
          .map(monthPreset),
      };
    });
}

/** The earliest and latest day any event may cover, to bound the date inputs. */
export function corpusDayRange(
  events: readonly EventSummary[],
): { min: IsoDay; max: IsoDay } | undefined {
  let min: IsoDay | undefined;
  let max: IsoDay | undefined;
  for (const event of events) {
    const first = firstDayOf(event.date.from);
    const last = lastDayOf(event.date.to ?? event.date.from);
    if (min === undefined || first < min) min = first;
    if (max === undefined || last > max) max = last;
  }
  return min !== undefined && max !== undefined ? { min, max } : undefined;
}
