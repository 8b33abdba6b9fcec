import {
  describeDateRange,
  describeFuzzyDate,
  formatDateRange,
  formatDayRange,
  formatFuzzyDate,
  formatNumber,
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

  it('formats Arabic month names with Latin digits', () => {
    const text = formatFuzzyDate({ value: '2019-06-20', precision: 'day', basis: 'stated' }, 'ar');
    expect(text).toContain('2019');
    expect(text).toMatch(/يونيو|حزيران/);
  });

  it('collapses a range whose ends are the same date', () => {
    const day = { value: '2019-06-20', precision: 'day', basis: 'stated' } as const;
    expect(formatDateRange({ from: day, to: day }, 'en', (a, b) => `${a}–${b}`)).toBe(
      '20 Jun 2019',
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
    // The spacing round the dash is ICU's choice and varies between versions.
    expect(formatDayRange('2019-06-01', '2019-06-30', 'en')).toMatch(/^1\s*–\s*30 Jun 2019$/);
    expect(formatDayRange('2019-06-30', '2019-07-02', 'en')).toMatch(/^30 Jun\s*–\s*2 Jul 2019$/);
    expect(formatDayRange('2019-06-01', '2019-06-30', 'ar')).toMatch(/^1\s*–\s*30 .+ 2019$/);
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
