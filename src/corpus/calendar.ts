import type { DatePrecision, FuzzyDate } from './primitives';

// Without zod (types above are erased): the URL parsers run on first load and
// share these rules with the corpus schema.

/** Days as 'YYYY-MM-DD' strings: they compare correctly as plain strings. */
export type IsoDay = string;

const datePatternByPrecision: Record<DatePrecision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  year: /^(\d{4})$/,
};

/** The day of the month that ends `month` (1-12) of `year`: 29 for February 2020. */
export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `value` has the shape its precision asks for: "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
export function fitsPrecision(value: string, precision: DatePrecision): boolean {
  return datePatternByPrecision[precision].test(value);
}

/** Whether `value` has its precision's shape and names a day, month or year that exists (no 2021-02-29). */
export function isRealCalendarDate(value: string, precision: DatePrecision): boolean {
  const match = datePatternByPrecision[precision].exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= lastDayOfMonth(year, month);
}

/** The first day a fuzzy date can mean: "2020-01" starts on 2020-01-01. */
export function firstDayOf(date: Pick<FuzzyDate, 'value' | 'precision'>): IsoDay {
  if (date.precision === 'day') return date.value;
  if (date.precision === 'month') return `${date.value}-01`;
  return `${date.value}-01-01`;
}

/** The last day a fuzzy date can mean: "2020-02" ends on 2020-02-29, "2019" on 2019-12-31. */
export function lastDayOf(date: Pick<FuzzyDate, 'value' | 'precision'>): IsoDay {
  if (date.precision === 'day') return date.value;
  if (date.precision === 'year') return `${date.value}-12-31`;
  const [year = '1970', month = '01'] = date.value.split('-');
  const day = lastDayOfMonth(Number(year), Number(month));
  return `${date.value}-${String(day).padStart(2, '0')}`;
}
