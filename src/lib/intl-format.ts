import type { LanguageCode } from '@/config/languages';
import type { DateRange, FuzzyDate } from '@/corpus/primitives';
import { dateLocale, monthName } from './date-locale';
import { numberFormat } from './intl-formatters';
import { intlLocale } from './intl-locale';

interface DateParts {
  year: number;
  month: number;
  day: number;
}

const datePattern = /^(\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function partsOf(value: string): DateParts | undefined {
  const match = datePattern.exec(value);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2] ?? '1'), day: Number(match[3] ?? '1') };
}

/*
 * Every date is told from our own table (date-locale.ts), never Intl: the
 * build renders in Node and the browser hydrates in Chromium, and both must
 * write the same words. A date is a calendar date, so there is no time zone.
 */
const dayText = (parts: DateParts, language: LanguageCode) =>
  `${String(parts.day)} ${monthName(language, parts.month)} ${String(parts.year)}`;
const monthText = (parts: DateParts, language: LanguageCode) =>
  `${monthName(language, parts.month)} ${String(parts.year)}`;

/** "23 Jan 2020", "Jan 2020", "2020" (Arabic: "23 كانون الثاني 2020"): only as precise as the corpus knows. */
export function formatFuzzyDate(date: FuzzyDate, language: LanguageCode): string {
  const parts = partsOf(date.value);
  // A value the schema would refuse is shown as given rather than as another date.
  if (!parts) return date.value;
  switch (date.precision) {
    case 'day':
      return dayText(parts, language);
    case 'month':
      return monthText(parts, language);
    case 'year':
      return String(parts.year);
  }
}

/**
 * A shorter date where space is tight (a timeline's ticks): "8 Jun", "Jun", "2019",
 * with the year added where the caller says it changes.
 */
export function formatShortDate(
  date: FuzzyDate,
  language: LanguageCode,
  withYear: boolean,
): string {
  const parts = partsOf(date.value);
  if (!parts) return date.value;
  if (date.precision === 'year') return String(parts.year);
  const month = monthName(language, parts.month);
  const dated = date.precision === 'day' ? `${String(parts.day)} ${month}` : month;
  return withYear ? `${dated} ${String(parts.year)}` : dated;
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
  // Two days share what they share, as the list's date filter tells them: "18–19 May 2019".
  if (range.from.precision === 'day' && range.to.precision === 'day') {
    return formatDayRange(range.from.value, range.to.value, language);
  }
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
  const start = partsOf(from);
  const end = partsOf(to);
  if (!start || !end) return `${from}${dateLocale[language].dateRangeDash}${to}`;
  const { dayRangeDash, dateRangeDash } = dateLocale[language];
  if (from === to) return dayText(start, language);
  if (start.year === end.year && start.month === end.month) {
    return `${String(start.day)}${dayRangeDash}${dayText(end, language)}`;
  }
  if (start.year === end.year) {
    return `${String(start.day)} ${monthName(language, start.month)}${dateRangeDash}${dayText(end, language)}`;
  }
  return `${dayText(start, language)}${dateRangeDash}${dayText(end, language)}`;
}

/**
 * A moment on the reader's own clock, such as when a corpus was imported:
 * "3 Dec 2026, 07:30". Only the browser shows these (imports live in its
 * storage), so the reader's time zone is the right one.
 */
export function formatTimestamp(moment: Date, language: LanguageCode): string {
  const parts = { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() };
  const time = [moment.getHours(), moment.getMinutes()]
    .map((unit) => String(unit).padStart(2, '0'))
    .join(':');
  return `${dayText(parts, language)}${dateLocale[language].timeSeparator}${time}`;
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
