import type { Figure, Qualifier } from '@/corpus/figure-schema';
import { foldWord } from '@/corpus/compiler/number-words';

/**
 * The words around a number that say how a party put it, in Arabic and English, folded the
 * way the compiler folds number words (no harakat, one alef, ى as ي, ة as ه).
 */

export type VagueMeaning = NonNullable<Figure['vague']>['meaning'];

const fold = (phrase: string): readonly string[] => phrase.split(' ').map(foldWord);

/** Longest phrases first, so "ما لا يقل عن" wins over "لا يقل عن". */
function phrases<T>(table: readonly (readonly [T, string])[]) {
  return table
    .map(([meaning, phrase]) => ({ meaning, words: fold(phrase) }))
    .sort((a, b) => b.words.length - a.words.length);
}

/** Read just before the number: "نحو 400", "بأكثر من 200", "تجاوزت الـ 100". */
export const qualifierPhrases = phrases<Qualifier>([
  ['about', 'نحو'],
  ['about', 'حوالي'],
  ['about', 'قرابة'],
  ['about', 'زهاء'],
  ['about', 'ما يقارب'],
  ['about', 'يقارب'],
  ['about', 'ما يقرب من'],
  ['about', 'about'],
  ['about', 'around'],
  ['about', 'approximately'],
  ['about', 'roughly'],
  ['up-to', 'ما يصل إلى'],
  ['up-to', 'يصل إلى'],
  ['up-to', 'حتى'],
  ['up-to', 'up to'],
  ['more-than', 'أكثر من'],
  ['more-than', 'ما يزيد عن'],
  ['more-than', 'ما يزيد على'],
  ['more-than', 'يزيد عن'],
  ['more-than', 'يزيد على'],
  // "exceeded": the corpus reads «تجاوزت الـ 100 عنصر» as more than 100.
  ['more-than', 'تجاوز'],
  ['more-than', 'تجاوزت'],
  ['more-than', 'يتجاوز'],
  ['more-than', 'تتجاوز'],
  ['more-than', 'more than'],
  ['more-than', 'over'],
  ['at-least', 'على الأقل'],
  ['at-least', 'ما لا يقل عن'],
  ['at-least', 'لا يقل عن'],
  ['at-least', 'at least'],
  ['fewer-than', 'أقل من'],
  ['fewer-than', 'fewer than'],
  ['fewer-than', 'less than'],
]);

/** Read just after the number (and its noun): "40 جندياً على الأقل". */
export const atLeastAfter = fold('على الأقل');

/** Clitics a qualifier's first word may carry: «بأكثر من», «لنحو», «وحوالي». */
export const cliticPrefixes = ['و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];

/** The article written alone before a number: «الـ 100». */
export const articleAlone = foldWord('ال');

/**
 * Vague quantities, kept as words. «عشرات الآلاف» (tens of thousands) has no meaning of its
 * own in the schema: it is offered as "many" rather than as dozens or thousands.
 */
export const vaguePhrases = phrases<VagueMeaning>([
  ['hundreds-of-thousands', 'مئات الآلاف'],
  ['hundreds-of-thousands', 'مئات الألوف'],
  ['many', 'عشرات الآلاف'],
  ['many', 'عشرات الألوف'],
  ['dozens', 'عشرات'],
  ['hundreds', 'مئات'],
  ['thousands', 'آلاف'],
  ['thousands', 'ألوف'],
  ['a-few', 'بضعة'],
  ['a-few', 'بضع'],
  ['several', 'عدة'],
  ['hundreds-of-thousands', 'hundreds of thousands'],
  ['many', 'tens of thousands'],
  ['dozens', 'dozens'],
  ['hundreds', 'hundreds'],
  ['thousands', 'thousands'],
  ['several', 'several'],
  ['a-few', 'a few'],
]);

const months = [
  'كانون تشرين شباط آذار نيسان أيار حزيران تموز آب أيلول',
  'يناير فبراير مارس أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
  // "May" is read apart, capitalised only: "40 may have died" is no date.
  'january february march april june july august september october november december',
  'jan feb mar apr jun jul aug sep sept oct nov dec',
].flatMap((line) => line.split(' '));

/** Month names: a number beside one is a day or a year ("22 كانون الثاني", "أبريل 2019"). */
export const monthWords = new Set(months.map(foldWord));

/** Words that make the 4-digit number after them a year: «عام 2016», "in 2020". */
export const yearWords = new Set(
  'عام العام لعام سنة السنة لسنة منذ في خلال حتى year in since during until'
    .split(' ')
    .map(foldWord),
);
