import type { LanguageCode } from '@/config/languages';

/**
 * The one table every formatted date is told from, in both languages.
 *
 * Our own, not Intl's: the pages are rendered in Node at build time and
 * hydrated in Chromium, and the two carry different ICU data (Node says
 * "Sept" where an older ICU says "Sep"; "ar-SY" gives Egyptian month names in
 * some versions and Levantine in others). A table gives the same text in
 * both, whatever the machine's time zone or today's date.
 *
 * Arabic uses the Levantine month names a Syrian reader expects (كانون الثاني،
 * شباط…), never the Egyptian ones (يناير، فبراير…), which the corpus's own
 * titles and summaries do not use either. Digits stay Latin in both languages,
 * as the sources and figures print them.
 */
export interface DateLocale {
  /** The months January to December, in the form a date in running text uses. */
  months: readonly [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  /** Between the two days of a range ("1–30 Jun"): no spaces, since only digits meet. */
  dayRangeDash: string;
  /** Between two dates that differ in more than the day ("30 Jun – 2 Jul"). */
  dateRangeDash: string;
  /** Between a date and a time of day ("3 Dec 2026, 07:30"). */
  timeSeparator: string;
}

export const dateLocale: Record<LanguageCode, DateLocale> = {
  // British order and abbreviations, as the rest of the English UI (en-GB).
  en: {
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    dayRangeDash: '–',
    dateRangeDash: ' – ',
    timeSeparator: ', ',
  },
  ar: {
    months: [
      'كانون الثاني',
      'شباط',
      'آذار',
      'نيسان',
      'أيار',
      'حزيران',
      'تموز',
      'آب',
      'أيلول',
      'تشرين الأول',
      'تشرين الثاني',
      'كانون الأول',
    ],
    dayRangeDash: '–',
    dateRangeDash: ' – ',
    timeSeparator: '، ',
  },
};

/** A month's name, 1 for January; an impossible month gives an empty string, never another month. */
export function monthName(language: LanguageCode, month: number): string {
  return dateLocale[language].months[month - 1] ?? '';
}
