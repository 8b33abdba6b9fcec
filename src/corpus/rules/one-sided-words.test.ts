import { describe, expect, it } from 'vitest';
import { ONE_SIDED_WORDS, oneSidedWordsIn } from './one-sided-words';

const words = (text: string, language: 'ar' | 'en') =>
  oneSidedWordsIn(text, language).map((entry) => entry.word);

describe('ONE_SIDED_WORDS', () => {
  it('gives every word a reason and forms in both languages', () => {
    for (const entry of ONE_SIDED_WORDS) {
      expect(entry.reason.length, entry.word).toBeGreaterThan(20);
      expect(entry.forms.ar.length, entry.word).toBeGreaterThan(0);
      expect(entry.forms.en.length, entry.word).toBeGreaterThan(0);
    }
  });
});

describe('oneSidedWordsIn', () => {
  it("finds the outlets' word for the government, however it is spelled or prefixed", () => {
    expect(words('النظام السوري', 'ar')).toEqual(['النظام / regime']);
    expect(words('قوات نظام الأسد', 'ar')).toEqual(['النظام / regime']);
    expect(words('الموالون للنظام', 'ar')).toEqual(['النظام / regime']);
    expect(words('والنظامُ', 'ar')).toEqual(['النظام / regime']);
    expect(words('The Assad Regime', 'en')).toEqual(['النظام / regime']);
  });

  it('finds the words for the opposition, hamza seats and ta marbuta folded', () => {
    expect(words('الارهابيين', 'ar')).toEqual(['الإرهابيين / terrorists']);
    expect(words('المسلحين في إدلب', 'ar')).toEqual(['المسلحين / militants']);
    expect(words('مرتزقه', 'ar')).toEqual(['المرتزقة / mercenaries']);
    expect(words('Idlib militants', 'en')).toEqual(['المسلحين / militants']);
  });

  it('names every word a text carries, once each', () => {
    expect(words('ميليشيات النظام وميليشيات الاحتلال', 'ar')).toEqual([
      'النظام / regime',
      'ميليشيات / militias',
      'الاحتلال / occupation',
    ]);
  });

  it('leaves neutral names alone, and never matches inside a word', () => {
    for (const name of [
      'الحكومة السورية',
      'القوات المسلحة الروسية',
      'قوات النمر',
      'الجيش السوري الحر',
    ]) {
      expect(words(name, 'ar'), name).toEqual([]);
    }
    for (const name of ['Syrian government', 'Russian armed forces', 'Regimental staff']) {
      expect(words(name, 'en'), name).toEqual([]);
    }
    // Arabic words are not searched in the English name, nor English ones in the Arabic.
    expect(words('regime', 'ar')).toEqual([]);
    expect(words('النظام', 'en')).toEqual([]);
  });
});
