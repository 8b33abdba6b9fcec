import { dateTimeFormat, listFormat, numberFormat } from './intl-formatters';

const day = new Date(Date.UTC(2015, 3, 22));
const precisions: Record<string, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

describe('cached Intl formatters', () => {
  for (const locale of ['en-GB', 'ar-u-nu-latn', 'en', 'ar']) {
    for (const [precision, options] of Object.entries(precisions)) {
      it(`formats a ${precision} date in ${locale} as a new formatter would`, () => {
        expect(dateTimeFormat(locale, options).format(day)).toBe(
          new Intl.DateTimeFormat(locale, options).format(day),
        );
      });
    }

    it(`formats numbers and lists in ${locale} as new formatters would`, () => {
      expect(numberFormat(locale).format(12345.5)).toBe(
        new Intl.NumberFormat(locale).format(12345.5),
      );
      const options = { style: 'long', type: 'conjunction' } as const;
      expect(listFormat(locale, options).format(['a', 'b', 'c'])).toBe(
        new Intl.ListFormat(locale, options).format(['a', 'b', 'c']),
      );
    });
  }

  it('builds one formatter per locale and options, and keeps them apart', () => {
    const options = precisions.day ?? {};
    expect(dateTimeFormat('en-GB', { ...options })).toBe(dateTimeFormat('en-GB', options));
    expect(dateTimeFormat('en-GB', options)).not.toBe(dateTimeFormat('ar-u-nu-latn', options));
    expect(dateTimeFormat('en-GB', options)).not.toBe(
      dateTimeFormat('en-GB', precisions.year ?? {}),
    );
    expect(numberFormat('en-GB')).toBe(numberFormat('en-GB', {}));
    expect(numberFormat('en-GB').format(2000)).toBe('2,000');
  });
});
