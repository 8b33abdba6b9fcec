import { firstDayOf, lastDayOf } from '@/corpus/calendar';
import { eventDayBounds } from './date-bounds';

const day = (value: string) => ({ value, precision: 'day', basis: 'stated' }) as const;
const month = (value: string) => ({ value, precision: 'month', basis: 'stated' }) as const;
const year = (value: string) => ({ value, precision: 'year', basis: 'stated' }) as const;

describe('date bounds', () => {
  it('spreads a date over the days its precision allows', () => {
    expect([firstDayOf(day('2020-01-23')), lastDayOf(day('2020-01-23'))]).toEqual([
      '2020-01-23',
      '2020-01-23',
    ]);
    expect([firstDayOf(month('2020-02')), lastDayOf(month('2020-02'))]).toEqual([
      '2020-02-01',
      '2020-02-29',
    ]);
    expect(lastDayOf(month('2019-02'))).toBe('2019-02-28');
    expect([firstDayOf(year('2019')), lastDayOf(year('2019'))]).toEqual([
      '2019-01-01',
      '2019-12-31',
    ]);
  });

  it('uses the end of a range, or the start when there is no end', () => {
    expect(eventDayBounds({ from: month('2019-12'), to: day('2020-01-05') })).toEqual({
      first: '2019-12-01',
      last: '2020-01-05',
    });
    expect(eventDayBounds({ from: year('2020') })).toEqual({
      first: '2020-01-01',
      last: '2020-12-31',
    });
  });
});
