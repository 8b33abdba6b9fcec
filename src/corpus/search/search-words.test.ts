import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSearch, prepareSearchText, searchTokens } from '@/corpus/search/search-text';
import { distinctWords, namesSearchText } from './search-words';

describe('distinctWords', () => {
  it('keeps each word once, in first-seen order', () => {
    expect(distinctWords(['a b a', 'c  b\nd'])).toBe('a b c d');
    expect(distinctWords(['', '   '])).toBe('');
  });

  it('finds exactly what the whole prepared text finds, for any text and query', () => {
    const word = fc.constantFrom(
      'إسقاط',
      'اسقاط',
      'طائرة',
      'لام',
      '39',
      'L-39',
      'Saraqib',
      'سراقب',
      'قوات',
      'الأسد',
      'jet',
      'downed',
      'مؤخراً',
      'Su',
      '24',
    );
    const text = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), text, (texts, query) => {
        const prepared = texts.map(prepareSearchText);
        const tokens = searchTokens(query);
        expect(matchesSearch(distinctWords(prepared), tokens)).toBe(
          matchesSearch(prepared.join('\n'), tokens),
        );
      }),
      { numRuns: 300 },
    );
  });
});

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
