import type { IsoDay } from '@/corpus/calendar';

/** Days of the week from Sunday (0), as Date.getUTCDay counts them. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const weekdayNames = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function toDate(day: IsoDay): Date {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

const iso = (date: Date): IsoDay => date.toISOString().slice(0, 10);

export function addDays(day: IsoDay, days: number): IsoDay {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return iso(date);
}

export function weekdayOf(day: IsoDay): Weekday {
  return toDate(day).getUTCDay() as Weekday;
}

/** "Friday 2 August 2019", as the corpus's notes write a day. */
export function spellDay(day: IsoDay): string {
  const date = toDate(day);
  const month = monthNames[date.getUTCMonth()] ?? '';
  return `${weekdayNames[date.getUTCDay()] ?? ''} ${String(date.getUTCDate())} ${month} ${String(date.getUTCFullYear())}`;
}

/** "January 2020" for "2020-01". */
export function spellMonth(month: string): string {
  const [year = '', number = '1'] = month.split('-');
  return `${monthNames[Number(number) - 1] ?? ''} ${year}`;
}

/** The month `months` after "YYYY-MM" (negative: before). */
export function addMonths(month: string, months: number): string {
  const [year = 1970, number = 1] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year, number - 1 + months, 1));
  return iso(date).slice(0, 7);
}
