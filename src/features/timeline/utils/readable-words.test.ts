import { describe, expect, it } from 'vitest';
import { readableWords } from './readable-words';

const arabicClaim = {
  quote: 'خرجت الطائرة عن الخدمة',
  language: 'ar',
  translation: 'The aircraft was put out of service',
};

describe('readableWords', () => {
  it('gives an Arabic reader the Arabic original, not the English translation', () => {
    expect(readableWords(arabicClaim, 'ar')).toBe('خرجت الطائرة عن الخدمة');
  });

  it('gives an English reader the translation of an Arabic quote', () => {
    expect(readableWords(arabicClaim, 'en')).toBe('The aircraft was put out of service');
  });

  it('gives an English quote as it is to both', () => {
    const english = { quote: 'We repelled the attack', language: 'en' };
    expect(readableWords(english, 'en')).toBe('We repelled the attack');
    expect(readableWords(english, 'ar')).toBe('We repelled the attack');
  });

  it('falls back to the quote when an Arabic quote has no translation', () => {
    expect(readableWords({ quote: 'نص', language: 'ar' }, 'en')).toBe('نص');
  });
});
