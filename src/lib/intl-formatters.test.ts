import { listFormat, numberFormat } from './intl-formatters';

describe('cached Intl formatters', () => {
  for (const locale of ['en-GB', 'ar-u-nu-latn', 'en', 'ar']) {
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
    const options = { style: 'long', type: 'conjunction' } as const;
    expect(numberFormat('en-GB')).toBe(numberFormat('en-GB', {}));
    expect(numberFormat('en-GB')).not.toBe(numberFormat('ar-u-nu-latn'));
    expect(listFormat('en-GB', { ...options })).toBe(listFormat('en-GB', options));
    expect(listFormat('en-GB', options)).not.toBe(
      listFormat('en-GB', { ...options, type: 'unit' }),
    );
    expect(numberFormat('en-GB').format(2000)).toBe('2,000');
  });
});
