import { describe, expect, it } from 'vitest';
import { extractNumbers, sameNumber } from './extract-numbers';

describe('extractNumbers: digits', () => {
  it.each([
    ['خسر أكثر من 100 من قواته', [100]],
    ['قتل ١٢ مدنياً و٣٤ جريحاً', [12, 34]],
    ['نحو ۲۵ شخصاً', [25]],
    ['1,500 people and 2,000,000 more', [1500, 2000000]],
    ['١٬٥٠٠ نازح', [1500]],
    ['3.5% and ٢٫٥', [3.5, 2.5]],
    ['between 50,90', [50, 90]],
    ['الـ 100 عنصر', [100]],
  ])('%s', (text, numbers) => {
    expect(extractNumbers(text)).toEqual(numbers);
  });

  it.each([
    ['نزوح 3 آلاف شخص', [3000]],
    ['200 ألف نازح', [200000]],
    ['1.5 مليون نازح', [1500000]],
    ['٢ مليار دولار', [2000000000]],
    ['3 ملايين', [3000000]],
    ['2 thousand troops and 1.2 million people', [2000, 1200000]],
  ])('applies the scale word after digits: %s', (text, numbers) => {
    expect(extractNumbers(text)).toEqual(numbers);
  });
});

describe('extractNumbers: Arabic words', () => {
  it.each([
    ['قتل خمسة مدنيين', [5]],
    ['قتل ثلاث نساء', [3]],
    ['إحدى عشرة امرأة', [11]],
    ['خمسة عشر مقاتلاً', [15]],
    ['ثلاثة وعشرين عنصراً', [23]],
    ['ثلاثون', [30]],
    ['بين ثلاثين وأربعين', [30, 40]],
    ['مئة وخمسين', [150]],
    ['مائة', [100]],
    ['مئتي جندي', [200]],
    ['مائتي جندي', [200]],
    ['ثلاث مئة', [300]],
    ['ثلاثمائة ألف نازح', [300000]],
    ['ألف شخص', [1000]],
    ['ألفين وخمسمئة', [2500]],
    ['ألفي نازح', [2000]],
    ['خمسة آلاف', [5000]],
    ['عشرة آلاف', [10000]],
    ['بخمسة آلاف', [5000]],
    ['والعشرين', [20]],
    ['مئة وثلاثة وعشرون', [123]],
    ['ثلاثة ملايين وخمسمئة ألف', [3500000]],
    ['قتل ثلاثة وجرح عشرة', [3, 10]],
    ['خمسة و عشرين', [25]],
    ['ثَلَاثَة', [3]],
  ])('%s', (text, numbers) => {
    expect(extractNumbers(text)).toEqual(numbers);
  });

  it.each([
    'عشرات القتلى',
    'مئات الجرحى',
    'آلاف النازحين',
    'عشرات الآلاف',
    'مئات الآلاف',
    'ملايين',
  ])('never reads the vague "%s" as a number', (text) => {
    expect(extractNumbers(text)).toEqual([]);
  });
});

describe('extractNumbers: English words', () => {
  it.each([
    ['seven civilians', [7]],
    ['twenty-five soldiers', [25]],
    ['one hundred and fifty', [150]],
    ['a hundred people', [100]],
    ['three thousand', [3000]],
    ['Twelve', [12]],
    ['ten', [10]],
  ])('%s', (text, numbers) => {
    expect(extractNumbers(text)).toEqual(numbers);
  });

  it.each(['dozens of', 'hundreds of', 'thousands of', 'millions'])(
    'never reads "%s" as a number',
    (text) => {
      expect(extractNumbers(text)).toEqual([]);
    },
  );
});

describe('sameNumber', () => {
  it('tolerates floating-point noise only', () => {
    expect(sameNumber(1.1 * 1e6, 1100000)).toBe(true);
    expect(sameNumber(100, 101)).toBe(false);
  });

  it('compares whole numbers exactly, however large', () => {
    expect(sameNumber(1_000_000_001, 1_000_000_000)).toBe(false);
    expect(sameNumber(1_000_000_000, 1_000_000_000)).toBe(true);
  });

  it('never matches a number above 2^53, where different numbers share one double', () => {
    const [read] = extractNumbers('9007199254740993');
    expect(read).toBeDefined();
    expect(sameNumber(read ?? 0, 2 ** 53)).toBe(false);
  });
});
