import { formatAlternatives, formatList } from './format-list';
import { formatFuzzyDate } from './intl-format';

describe('formatList', () => {
  it('joins English the British way, as the dates are written: no serial comma', () => {
    expect(formatList(['Idlib', 'Hama', 'Latakia'], 'en')).toBe('Idlib, Hama and Latakia');
    expect(formatList(['Idlib', 'Hama'], 'en')).toBe('Idlib and Hama');
    // The same locale as the dates beside the lists: day before month.
    expect(formatFuzzyDate({ value: '2020-01-23', precision: 'day', basis: 'stated' }, 'en')).toBe(
      '23 Jan 2020',
    );
  });

  it('joins Arabic with و', () => {
    expect(formatList(['إدلب', 'حماة', 'اللاذقية'], 'ar')).toBe('إدلب وحماة واللاذقية');
  });

  it('keeps one item as it is', () => {
    expect(formatList(['Idlib'], 'en')).toBe('Idlib');
  });
});

describe('formatAlternatives', () => {
  it('offers any one of them, in each language', () => {
    expect(formatAlternatives(['Idlib', 'Hama', 'Latakia'], 'en')).toBe('Idlib, Hama or Latakia');
    expect(formatAlternatives(['إدلب', 'حماة'], 'ar')).toBe('إدلب أو حماة');
  });
});
