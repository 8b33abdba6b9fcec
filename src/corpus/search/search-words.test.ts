import { describe, expect, it } from 'vitest';
import { matchesSearch, searchTokens } from '@/corpus/search/search-text';
import { namesSearchText } from './search-words';

describe('namesSearchText', () => {
  it('makes a party findable by an alias in either language', () => {
    const text = namesSearchText({
      name: { ar: 'الجيش السوري', en: 'Syrian army' },
      aliases: { ar: ['قوات الأسد'], en: ['regime forces'] },
    });
    expect(matchesSearch(text, searchTokens('قوات الاسد'))).toBe(true);
    expect(matchesSearch(text, searchTokens('Regime'))).toBe(true);
  });
});
