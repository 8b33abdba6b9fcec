import { describe, expect, it } from 'vitest';
import seedText from '../../../../data/sources/unnamed-2020-01-russian-mod-40-soldiers.txt?raw';
import { locateQuote } from '@/corpus/compiler/locate-quote';
import { normalizeText } from '@/corpus/compiler/text-normalize';
import { quoteFromSelection } from './quote-from-selection';

const seed = seedText;

describe('quoteFromSelection', () => {
  it('takes the selected Arabic words without the spaces around them', () => {
    const words = 'مقتل ما يصل إلى 40 جنديا سوريا';
    const at = seed.indexOf(words);
    const selected = quoteFromSelection(seed, at - 1, at + words.length + 1);
    expect(selected).toEqual({ ok: true, quote: words, start: at, end: at + words.length });
  });

  it('reads a selection made backwards (right to left) the same', () => {
    const words = 'كذبوا هذه الرواية';
    const at = seed.indexOf(words);
    expect(quoteFromSelection(seed, at + words.length, at)).toMatchObject({ quote: words });
  });

  it('names which occurrence a repeated phrase is, as the compiler counts it', () => {
    const phrase = 'وزارة الدفاع الروسية';
    const second = seed.indexOf(phrase, seed.indexOf(phrase) + 1);
    expect(second).toBeGreaterThan(0);
    const selected = quoteFromSelection(seed, second, second + phrase.length);
    expect(selected).toMatchObject({ ok: true, quote: phrase, occurrence: 2 });
    const found = locateQuote(normalizeText(seed), phrase, 2);
    expect(found).toMatchObject({ ok: true, start: second });
  });

  it('refuses a selection of nothing but spaces', () => {
    expect(quoteFromSelection('a   b', 1, 4)).toEqual({ ok: false, reason: 'empty' });
    expect(quoteFromSelection('abc', 2, 2)).toEqual({ ok: false, reason: 'empty' });
  });
});
