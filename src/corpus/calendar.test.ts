import { describe, expect, it } from 'vitest';
import {
  firstDayOf,
  fitsPrecision,
  isRealCalendarDate,
  lastDayOf,
  lastDayOfMonth,
} from './calendar';
import type { DatePrecision } from './primitives';

const at = (value: string, precision: DatePrecision) => ({ value, precision });

describe('lastDayOfMonth', () => {
  it('gives February 29 days in a leap year and 28 otherwise', () => {
    expect(lastDayOfMonth(2020, 2)).toBe(29);
    expect(lastDayOfMonth(2021, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2100, 2)).toBe(28);
  });

  it('knows the 30- and 31-day months', () => {
    expect([1, 3, 4, 6, 9, 11, 12].map((month) => lastDayOfMonth(2019, month))).toEqual([
      31, 31, 30, 30, 30, 30, 31,
    ]);
  });
});

describe('firstDayOf and lastDayOf', () => {
  it('keep a day as itself', () => {
    expect([firstDayOf(at('2020-01-23', 'day')), lastDayOf(at('2020-01-23', 'day'))]).toEqual([
      '2020-01-23',
      '2020-01-23',
    ]);
  });

  it('spread a month over its days', () => {
    expect([firstDayOf(at('2020-02', 'month')), lastDayOf(at('2020-02', 'month'))]).toEqual([
      '2020-02-01',
      '2020-02-29',
    ]);
    expect(lastDayOf(at('2019-02', 'month'))).toBe('2019-02-28');
    expect(lastDayOf(at('2019-04', 'month'))).toBe('2019-04-30');
    expect(lastDayOf(at('2019-12', 'month'))).toBe('2019-12-31');
  });

  it('spread a year over its days', () => {
    expect([firstDayOf(at('2019', 'year')), lastDayOf(at('2019', 'year'))]).toEqual([
      '2019-01-01',
      '2019-12-31',
    ]);
  });
});

describe('isRealCalendarDate', () => {
  it('accepts days that exist, leap days included', () => {
    for (const value of ['2020-02-29', '2000-02-29', '2019-12-31', '2021-01-01']) {
      expect(isRealCalendarDate(value, 'day')).toBe(true);
    }
  });

  it('rejects days that do not exist', () => {
    for (const value of ['2021-02-29', '1900-02-29', '2019-04-31', '2019-13-01', '2019-00-10']) {
      expect(isRealCalendarDate(value, 'day')).toBe(false);
    }
    expect(isRealCalendarDate('2019-06-00', 'day')).toBe(false);
  });

  it('rejects a value whose shape is not its precision', () => {
    expect(isRealCalendarDate('2019-06', 'day')).toBe(false);
    expect(isRealCalendarDate('2019-6-1', 'day')).toBe(false);
    expect(isRealCalendarDate('2019-06-01', 'month')).toBe(false);
    expect(isRealCalendarDate('19', 'year')).toBe(false);
    expect(isRealCalendarDate('٢٠١٩', 'year')).toBe(false);
  });

  it('checks the month of a month and takes any four-digit year', () => {
    expect(isRealCalendarDate('2019-12', 'month')).toBe(true);
    expect(isRealCalendarDate('2019-13', 'month')).toBe(false);
    expect(isRealCalendarDate('2019', 'year')).toBe(true);
  });
});

describe('fitsPrecision', () => {
  it('checks only the shape, so the schema can tell a wrong shape from a day that never was', () => {
    expect(fitsPrecision('2019-13', 'month')).toBe(true);
    expect(fitsPrecision('2021-02-29', 'day')).toBe(true);
    expect(fitsPrecision('2019-06', 'year')).toBe(false);
    expect(fitsPrecision('2019', 'day')).toBe(false);
  });
});
