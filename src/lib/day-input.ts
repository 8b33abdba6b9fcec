import { isRealCalendarDate, type IsoDay } from '@/corpus/calendar';

/** What a typed day field holds: nothing, a day, or text that is not (yet) a day. */
export type TypedDay = { kind: 'empty' } | { kind: 'day'; day: IsoDay } | { kind: 'invalid' };

// Arabic-Indic and Eastern Arabic-Indic digits, as a Syrian keyboard may type them.
const foreignDigits = /[\u0660-\u0669\u06F0-\u06F9]/g;
const latinDigit = (digit: string) => {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
};

const isoShape = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// Day first, as British and Arabic writers put it; any of / . - or a space between.
const dayFirstShape = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/;

const pad = (value: string) => value.padStart(2, '0');

/**
 * A day as a reader types it: day/month/year ("1/6/2019", "01.06.2019",
 * "١/٦/٢٠١٩") or the URL's own year-month-day ("2019-06-01"). Years before
 * 1000 are refused: they are a year half typed, not a date in this archive.
 */
export function parseTypedDay(text: string): TypedDay {
  const typed = text
    .replace(foreignDigits, latinDigit)
    // Bidi marks an RTL field or a copied date may carry.
    .replace(/[\u200e\u200f\u061c]/g, '')
    .trim();
  if (typed === '') return { kind: 'empty' };
  const iso = isoShape.exec(typed);
  const dayFirst = iso ? undefined : dayFirstShape.exec(typed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dayFirst
      ? [dayFirst[3], dayFirst[2], dayFirst[1]]
      : [];
  if (year === undefined || month === undefined || day === undefined || year < '1000') {
    return { kind: 'invalid' };
  }
  const value = `${year}-${pad(month)}-${pad(day)}`;
  return isRealCalendarDate(value, 'day') ? { kind: 'day', day: value } : { kind: 'invalid' };
}

/** A day as the field shows it: day/month/year with two-digit day and month, "01/06/2019". */
export function formatTypedDay(day: IsoDay): string {
  const [year, month, date] = day.split('-');
  return year === undefined || month === undefined || date === undefined
    ? day
    : `${date}/${month}/${year}`;
}
