import type { LanguageCode } from '@/config/languages';
import type { DateRange, FuzzyDate } from '@/corpus/primitives';
import { dateTimeFormat, numberFormat } from './intl-formatters';
import { intlLocale } from './intl-locale';

const formatOptions = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<FuzzyDate['precision'], Intl.DateTimeFormatOptions>;

function toUtcDate(date: FuzzyDate): Date {
  const [year = '1970', month = '01', day = '01'] = date.value.split('-');
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/**
 * Each date told once per language: a list re-renders the same few thousand
 * dates on every filter change, and Intl formatting is the slow part of a card.
 */
const toldDates = new Map<string, string>();

/** "23 Jan 2020", "Jan 2020", "2020": only as precise as the corpus knows. */
export function formatFuzzyDate(date: FuzzyDate, language: LanguageCode): string {
  const key = `${language}\u0000${date.precision}\u0000${date.value}`;
  let told = toldDates.get(key);
  if (told === undefined) {
    told = dateTimeFormat(intlLocale[language], formatOptions[date.precision]).format(
      toUtcDate(date),
    );
    toldDates.set(key, told);
  }
  return told;
}

export function isSameDate(a: FuzzyDate, b: FuzzyDate): boolean {
  return a.value === b.value && a.precision === b.precision;
}

export function formatDateRange(
  range: DateRange,
  language: LanguageCode,
  join: (from: string, to: string) => string,
): string {
  const from = formatFuzzyDate(range.from, language);
  if (!range.to || isSameDate(range.from, range.to)) return from;
  return join(from, formatFuzzyDate(range.to, language));
}

export function formatNumber(value: number, language: LanguageCode): string {
  return numberFormat(intlLocale[language]).format(value);
}

/** formatNumber for a language tag from outside the app's table (i18next's); unknown tags read as English. */
export function formatNumberFor(value: number, tag: string | undefined): string {
  return formatNumber(value, tag === 'ar' ? 'ar' : 'en');
}

/** Two days as one range, sharing what they share: "1–30 Jun 2019", "30 Jun – 2 Jul 2019". */
export function formatDayRange(from: string, to: string, language: LanguageCode): string {
  const day = (value: string) => toUtcDate({ value, precision: 'day', basis: 'stated' });
  return dateTimeFormat(intlLocale[language], formatOptions.day).formatRange(day(from), day(to));
}

/** The words a date is told in: a range's join and a guessed date's mark, from the catalogue. */
export interface DateWords {
  range: (from: string, to: string) => string;
  inferred: (date: string) => string;
}

/** A date as precise as the corpus knows it, marked when it was inferred. */
export function describeFuzzyDate(
  date: FuzzyDate,
  language: LanguageCode,
  words: DateWords,
): string {
  const text = formatFuzzyDate(date, language);
  return date.basis === 'inferred' ? words.inferred(text) : text;
}

/** An event's dates, marked as inferred when either end was guessed. */
export function describeDateRange(
  range: DateRange,
  language: LanguageCode,
  words: DateWords,
): string {
  const text = formatDateRange(range, language, words.range);
  const inferred = range.from.basis === 'inferred' || range.to?.basis === 'inferred';
  return inferred ? words.inferred(text) : text;
}
