import { foldWord } from '@/corpus/compiler/number-words';
import type { Weekday } from './day-arithmetic';

/**
 * The words that place a statement in time relative to the day a text was published, in
 * Arabic and English, folded as the compiler folds words (no harakat, one alef, ة as ه).
 */

const fold = (phrase: string): readonly string[] => phrase.split(' ').map(foldWord);

const longestFirst = <T extends { words: readonly string[] }>(list: T[]): T[] =>
  list.sort((a, b) => b.words.length - a.words.length);

/** Days before publication: today 0, yesterday 1, «أمس الأول» 2. */
export const dayPhrases = longestFirst(
  (
    [
      [2, 'the day before yesterday', 'أول أمس'],
      [2, 'the day before yesterday', 'أول من أمس'],
      [2, 'the day before yesterday', 'أمس الأول'],
      [2, 'the day before yesterday', 'the day before yesterday'],
      [2, 'two days ago', 'قبل يومين'],
      [2, 'two days ago', 'two days ago'],
      [1, 'yesterday', 'يوم أمس'],
      [1, 'yesterday', 'أمس'],
      [1, 'yesterday', 'البارحة'],
      [1, 'yesterday', 'yesterday'],
      [0, 'today', 'اليوم'],
      [0, 'today', 'today'],
    ] as const
  ).map(([days, gloss, phrase]) => ({ days, gloss, words: fold(phrase) })),
);

/** «بالأمس», «وأمس», «واليوم». */
export const dayPrefixes = ['و', 'ف', 'ب', 'بال', 'وبال', 'وال'];

/** «اليوم» is not today in «اليوم التالي» (the next day) or «اليوم نفسه» (that same day). */
export const notToday = new Set(
  'الأول التالي الثاني الثالث الأخير نفسه ذاته السابق الموافق الذي'.split(' ').map(foldWord),
);

const weekdayWords: readonly string[] = [
  'الأحد sunday',
  'الاثنين الإثنين monday',
  'الثلاثاء tuesday',
  'الأربعاء wednesday',
  'الخميس thursday',
  'الجمعة friday',
  'السبت saturday',
];

export const weekdays = new Map<string, Weekday>(
  weekdayWords.flatMap((words, day) =>
    words.split(' ').map((word) => [foldWord(word), day as Weekday] as const),
  ),
);

export const weekdayPrefixes = ['و', 'ف', 'ب'];

/** Words before a weekday that belong to the phrase read: «يوم الخميس», «منذ الأربعاء». */
export const beforeWeekday = new Set('يوم ليل ليلة صباح مساء فجر on'.split(' ').map(foldWord));
export const sinceWords = new Set(['منذ', 'since'].map(foldWord));

/** «الجمعة الماضية», "last Friday": strictly before the day of publication. */
export const lastAfter = new Set('الماضي الماضية الفائت الفائتة المنصرم'.split(' ').map(foldWord));
/** «الجمعة المقبلة», "next Friday": a day to come, never a day something was said. */
export const nextAfter = new Set('المقبل المقبلة القادم القادمة'.split(' ').map(foldWord));

export type Period = 'week' | 'month' | 'year';

/** A week, a month or a year: this one (0) or the last (-1). */
export const periodPhrases = longestFirst(
  (
    [
      ['week', -1, 'last week', 'الأسبوع الماضي'],
      ['week', -1, 'last week', 'الأسبوع الفائت'],
      ['week', -1, 'last week', 'الأسبوع المنصرم'],
      ['week', -1, 'last week', 'last week'],
      ['week', 0, 'this week', 'هذا الأسبوع'],
      ['week', 0, 'this week', 'الأسبوع الجاري'],
      ['week', 0, 'this week', 'الأسبوع الحالي'],
      ['week', 0, 'this week', 'this week'],
      ['month', -1, 'last month', 'الشهر الماضي'],
      ['month', -1, 'last month', 'الشهر الفائت'],
      ['month', -1, 'last month', 'الشهر المنصرم'],
      ['month', -1, 'last month', 'last month'],
      ['month', 0, 'this month', 'هذا الشهر'],
      ['month', 0, 'this month', 'الشهر الجاري'],
      ['month', 0, 'this month', 'الشهر الحالي'],
      ['month', 0, 'this month', 'this month'],
      ['year', -1, 'last year', 'العام الماضي'],
      ['year', -1, 'last year', 'السنة الماضية'],
      ['year', -1, 'last year', 'العام الفائت'],
      ['year', -1, 'last year', 'last year'],
      ['year', 0, 'this year', 'هذا العام'],
      ['year', 0, 'this year', 'العام الجاري'],
      ['year', 0, 'this year', 'العام الحالي'],
      ['year', 0, 'this year', 'this year'],
    ] as const
  ).map(([period, offset, gloss, phrase]) => ({ period, offset, gloss, words: fold(phrase) })),
);

/** «قبل 3 أيام», «قبل ثلاثة أيام», "3 days ago". */
export const agoBefore = foldWord('قبل');
export const dayUnits = new Set('أيام يوما يوماً days'.split(' ').map(foldWord));
export const agoAfter = 'ago';
