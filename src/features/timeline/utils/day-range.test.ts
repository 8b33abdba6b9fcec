import { dateRangeDaySpan, dayNumber, fuzzyDaySpan, isoDay, spansOverlap } from './day-range';

const date = (value: string, precision: 'day' | 'month' | 'year') =>
  ({ value, precision, basis: 'stated' }) as const;

describe('fuzzyDaySpan', () => {
  it('draws a day as that one day', () => {
    const span = fuzzyDaySpan(date('2019-06-19', 'day'));
    expect(span.last - span.first).toBe(0);
    expect(isoDay(span.first)).toBe('2019-06-19');
  });

  it('draws a month as every day of the month, leap years included', () => {
    const june = fuzzyDaySpan(date('2019-06', 'month'));
    expect([isoDay(june.first), isoDay(june.last)]).toEqual(['2019-06-01', '2019-06-30']);
    const february = fuzzyDaySpan(date('2020-02', 'month'));
    expect(february.last - february.first + 1).toBe(29);
  });

  it('draws a year as every day of the year', () => {
    const span = fuzzyDaySpan(date('2019', 'year'));
    expect([isoDay(span.first), isoDay(span.last)]).toEqual(['2019-01-01', '2019-12-31']);
  });
});

describe('dateRangeDaySpan', () => {
  it('runs from the start of the first date to the end of the last', () => {
    const span = dateRangeDaySpan({
      from: date('2019-06-20', 'day'),
      to: date('2019-07', 'month'),
    });
    expect([isoDay(span.first), isoDay(span.last)]).toEqual(['2019-06-20', '2019-07-31']);
  });

  it('is the start date alone when there is no end', () => {
    const span = dateRangeDaySpan({ from: date('2019-04', 'month') });
    expect([isoDay(span.first), isoDay(span.last)]).toEqual(['2019-04-01', '2019-04-30']);
  });
});

describe('day numbers', () => {
  it('round-trips ISO days', () => {
    expect(isoDay(dayNumber('2020-01-23'))).toBe('2020-01-23');
    // Years below 100 are those years, not 1900 and after.
    expect(isoDay(dayNumber('0002-01-01'))).toBe('0002-01-01');
    expect(isoDay(dayNumber('0099-12-31'))).toBe('0099-12-31');
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('counts shared days as overlap, inclusive at both ends', () => {
    const june = fuzzyDaySpan(date('2019-06', 'month'));
    expect(spansOverlap(june, fuzzyDaySpan(date('2019-06-30', 'day')))).toBe(true);
    expect(spansOverlap(june, fuzzyDaySpan(date('2019-07-01', 'day')))).toBe(false);
  });
});
