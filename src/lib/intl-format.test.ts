import {
  describeDateRange,
  describeFuzzyDate,
  formatDateRange,
  formatDayRange,
  formatFuzzyDate,
  formatNumber,
  formatShortDate,
  formatTimestamp,
} from './intl-format';

describe('formatFuzzyDate', () => {
  it('shows a day-precision date with its day', () => {
    expect(formatFuzzyDate({ value: '2020-01-16', precision: 'day', basis: 'stated' }, 'en')).toBe(
      '16 Jan 2020',
    );
  });

  it('never invents a day for a month-precision date', () => {
    const text = formatFuzzyDate(
      { value: '2020-01', precision: 'month', basis: 'inferred', note: 'n' },
      'en',
    );
    expect(text).toBe('Jan 2020');
  });

  it('tells an Arabic date with the Levantine month name and Latin digits, at every precision', () => {
    expect(formatFuzzyDate({ value: '2019-06-20', precision: 'day', basis: 'stated' }, 'ar')).toBe(
      '20 حزيران 2019',
    );
    expect(formatFuzzyDate({ value: '2020-01', precision: 'month', basis: 'stated' }, 'ar')).toBe(
      'كانون الثاني 2020',
    );
    expect(formatFuzzyDate({ value: '2019', precision: 'year', basis: 'stated' }, 'ar')).toBe(
      '2019',
    );
  });

  it('names all twelve months, in order, in both languages', () => {
    const month = (n: number, language: 'en' | 'ar') =>
      formatFuzzyDate(
        { value: `2019-${String(n).padStart(2, '0')}`, precision: 'month', basis: 'stated' },
        language,
      );
    const twelve = Array.from({ length: 12 }, (_, i) => i + 1);
    expect(twelve.map((n) => month(n, 'ar'))).toEqual(
      [
        'كانون الثاني',
        'شباط',
        'آذار',
        'نيسان',
        'أيار',
        'حزيران',
        'تموز',
        'آب',
        'أيلول',
        'تشرين الأول',
        'تشرين الثاني',
        'كانون الأول',
      ].map((name) => `${name} 2019`),
    );
    expect(twelve.map((n) => month(n, 'en'))).toEqual(
      ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'].map(
        (name) => `${name} 2019`,
      ),
    );
  });

  it('never uses an Egyptian month name in Arabic', () => {
    const egyptian =
      /يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر/;
    for (let n = 1; n <= 12; n += 1) {
      const value = `2020-${String(n).padStart(2, '0')}-15`;
      expect(formatFuzzyDate({ value, precision: 'day', basis: 'stated' }, 'ar')).not.toMatch(
        egyptian,
      );
    }
  });

  it('gives the same text whatever the time zone, and for years Date would misread', () => {
    // Dates are calendar dates: no Date object, so no zone shifts the day and year 2 stays 2.
    expect(formatFuzzyDate({ value: '2020-01-01', precision: 'day', basis: 'stated' }, 'en')).toBe(
      '1 Jan 2020',
    );
    expect(formatFuzzyDate({ value: '0002-12-31', precision: 'day', basis: 'stated' }, 'ar')).toBe(
      '31 كانون الأول 2',
    );
  });

  it('collapses a range whose ends are the same date', () => {
    const day = { value: '2019-06-20', precision: 'day', basis: 'stated' } as const;
    expect(formatDateRange({ from: day, to: day }, 'en', (a, b) => `${a}–${b}`)).toBe(
      '20 Jun 2019',
    );
  });

  it('tells two days as one range, sharing their month and year', () => {
    const day = (value: string) => ({ value, precision: 'day', basis: 'stated' }) as const;
    const join = (a: string, b: string) => `${a} – ${b}`;
    expect(formatDateRange({ from: day('2019-05-18'), to: day('2019-05-19') }, 'ar', join)).toBe(
      '18–19 أيار 2019',
    );
    expect(formatDateRange({ from: day('2019-12-19'), to: day('2020-01-28') }, 'en', join)).toBe(
      '19 Dec 2019 – 28 Jan 2020',
    );
  });

  it('joins a real range', () => {
    const from = { value: '2019-04', precision: 'month', basis: 'stated' } as const;
    const to = { value: '2019-08-02', precision: 'day', basis: 'stated' } as const;
    expect(formatDateRange({ from, to }, 'en', (a, b) => `${a}–${b}`)).toBe('Apr 2019–2 Aug 2019');
  });
});

describe('formatNumber', () => {
  it('groups thousands', () => {
    expect(formatNumber(2000, 'en')).toBe('2,000');
  });
});

describe('formatDayRange', () => {
  it('shares the month and year two days have in common', () => {
    expect(formatDayRange('2019-06-01', '2019-06-30', 'en')).toBe('1–30 Jun 2019');
    expect(formatDayRange('2019-06-30', '2019-07-02', 'en')).toBe('30 Jun – 2 Jul 2019');
    expect(formatDayRange('2019-12-30', '2020-01-02', 'en')).toBe('30 Dec 2019 – 2 Jan 2020');
    expect(formatDayRange('2019-06-01', '2019-06-30', 'ar')).toBe('1–30 حزيران 2019');
    expect(formatDayRange('2019-06-30', '2019-07-02', 'ar')).toBe('30 حزيران – 2 تموز 2019');
    expect(formatDayRange('2019-12-30', '2020-01-02', 'ar')).toBe(
      '30 كانون الأول 2019 – 2 كانون الثاني 2020',
    );
  });

  it('tells one day once', () => {
    expect(formatDayRange('2019-05-06', '2019-05-06', 'ar')).toBe('6 أيار 2019');
  });
});

describe('formatDateRange in Arabic', () => {
  it('joins month and day ends with the catalogue’s words and Levantine months', () => {
    const from = { value: '2019-04', precision: 'month', basis: 'stated' } as const;
    const to = { value: '2020-01-23', precision: 'day', basis: 'stated' } as const;
    expect(formatDateRange({ from, to }, 'ar', (a, b) => `${a} – ${b}`)).toBe(
      'نيسان 2019 – 23 كانون الثاني 2020',
    );
  });
});

describe('formatShortDate', () => {
  it('drops the year unless asked, at each precision', () => {
    const day = { value: '2019-09-08', precision: 'day', basis: 'stated' } as const;
    const month = { value: '2019-11', precision: 'month', basis: 'stated' } as const;
    const year = { value: '2019', precision: 'year', basis: 'stated' } as const;
    expect(formatShortDate(day, 'ar', false)).toBe('8 أيلول');
    expect(formatShortDate(day, 'ar', true)).toBe('8 أيلول 2019');
    expect(formatShortDate(month, 'ar', false)).toBe('تشرين الثاني');
    expect(formatShortDate(month, 'en', true)).toBe('Nov 2019');
    expect(formatShortDate(year, 'ar', false)).toBe('2019');
  });
});

describe('formatTimestamp', () => {
  it('tells a moment on the reader’s clock, with a 24-hour time', () => {
    const moment = new Date(2026, 11, 3, 7, 5);
    expect(formatTimestamp(moment, 'en')).toBe('3 Dec 2026, 07:05');
    expect(formatTimestamp(moment, 'ar')).toBe('3 كانون الأول 2026، 07:05');
  });
});

describe('describeDateRange and describeFuzzyDate', () => {
  const words = {
    range: (from: string, to: string) => `${from} – ${to}`,
    inferred: (date: string) => `${date} (inferred)`,
  };

  it('mark a range inferred when either end was guessed, and only then', () => {
    const stated = { value: '2019-06-01', precision: 'day', basis: 'stated' } as const;
    const guessed = { value: '2019-07', precision: 'month', basis: 'inferred' } as const;
    expect(describeDateRange({ from: stated, to: guessed }, 'en', words)).toBe(
      '1 Jun 2019 – Jul 2019 (inferred)',
    );
    expect(describeDateRange({ from: stated }, 'en', words)).toBe('1 Jun 2019');
    expect(describeFuzzyDate(guessed, 'en', words)).toBe('Jul 2019 (inferred)');
    expect(describeFuzzyDate({ ...guessed, basis: 'computed' }, 'en', words)).toBe('Jul 2019');
  });
});
