import { eventDayBounds, firstDayOf, lastDayOf, overlapsDays } from './date-bounds';

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

describe('overlapsDays', () => {
  const june = { from: month('2019-06') };

  it('includes both ends', () => {
    expect(overlapsDays(june, '2019-06-30', '2019-07-10')).toBe(true);
    expect(overlapsDays(june, '2019-05-01', '2019-06-01')).toBe(true);
    expect(overlapsDays(june, '2019-07-01', '2019-07-10')).toBe(false);
    expect(overlapsDays(june, '2019-05-01', '2019-05-31')).toBe(false);
  });

  it('treats a missing end as open', () => {
    expect(overlapsDays(june, undefined, '2019-06-15')).toBe(true);
    expect(overlapsDays(june, '2019-06-15', undefined)).toBe(true);
    expect(overlapsDays(june, '2019-07-01', undefined)).toBe(false);
    expect(overlapsDays(june, undefined, undefined)).toBe(true);
  });

  it('reads a reversed range the way it was meant', () => {
    expect(overlapsDays(june, '2019-06-30', '2019-06-01')).toBe(true);
  });
});
