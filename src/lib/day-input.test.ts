import { formatTypedDay, parseTypedDay } from './day-input';

describe('parseTypedDay', () => {
  it('reads day/month/year, with any usual separator and with or without zeros', () => {
    for (const text of [
      '1/6/2019',
      '01/06/2019',
      '1.6.2019',
      '1-6-2019',
      ' 1 / 6 / 2019 ',
      '1 6 2019',
    ]) {
      expect(parseTypedDay(text)).toEqual({ kind: 'day', day: '2019-06-01' });
    }
  });

  it("reads the URL's year-month-day too, so a pasted ISO date works", () => {
    expect(parseTypedDay('2019-06-30')).toEqual({ kind: 'day', day: '2019-06-30' });
  });

  it('reads Arabic-Indic digits, as a Syrian keyboard types them', () => {
    expect(parseTypedDay('٢٣/١/٢٠٢٠')).toEqual({ kind: 'day', day: '2020-01-23' });
    expect(parseTypedDay('۲۳/۱/۲۰۲۰')).toEqual({ kind: 'day', day: '2020-01-23' });
  });

  it('puts the day first, never the month (23/01 is the 23rd of January)', () => {
    expect(parseTypedDay('02/03/2020')).toEqual({ kind: 'day', day: '2020-03-02' });
    // There is no 13th month: an American order is refused, not silently swapped.
    expect(parseTypedDay('01/23/2020')).toEqual({ kind: 'invalid' });
  });

  it('refuses days that do not exist and years half typed', () => {
    expect(parseTypedDay('29/2/2021')).toEqual({ kind: 'invalid' });
    expect(parseTypedDay('29/2/2020')).toEqual({ kind: 'day', day: '2020-02-29' });
    expect(parseTypedDay('1/6/201')).toEqual({ kind: 'invalid' });
    expect(parseTypedDay('1/6/0201')).toEqual({ kind: 'invalid' });
    expect(parseTypedDay('banana')).toEqual({ kind: 'invalid' });
  });

  it('tells an empty field from a wrong one', () => {
    expect(parseTypedDay('  ')).toEqual({ kind: 'empty' });
  });
});

describe('formatTypedDay', () => {
  it('shows a day as day/month/year, which reads back as the same day', () => {
    expect(formatTypedDay('2019-06-01')).toBe('01/06/2019');
    expect(parseTypedDay(formatTypedDay('2019-12-31'))).toEqual({ kind: 'day', day: '2019-12-31' });
  });
});
