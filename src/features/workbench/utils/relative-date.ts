import type { FuzzyDate } from '@/corpus/primitives';
import {
  addDays,
  addMonths,
  spellDay,
  spellMonth,
  weekdayNames,
  weekdayOf,
  type Weekday,
} from './day-arithmetic';
import { readRelativeDates, type RelativePhrase } from './read-relative-dates';

/** A date for when words were said, computed from a phrase of theirs and the publication date. */
export interface DateSuggestion {
  date: FuzzyDate;
  /** The phrase it was read from («أمس الجمعة»). */
  words: string;
}

/** Why a phrase that names a time gave no date: for the researcher to see, never to guess past. */
export type DateConflict =
  /** «أمس الخميس» in a text published on a Saturday: yesterday was a Friday. */
  | { reason: 'weekday-disagrees'; words: string; said: Weekday; computed: string }
  /** A day (or month) counted from a publication date known only to the month (or year). */
  | { reason: 'publication-not-precise'; words: string; needs: 'day' | 'month' }
  /**
   * The text states another day beside the phrase: «أمس الأربعاء 19 يونيو» when yesterday was
   * not 19 June (it contradicts itself), «الخميس 23 كانون الثاني» a week before publication
   * (the stated day dates it, with basis "stated").
   */
  | { reason: 'stated-day-disagrees'; words: string; stated: string; computed: string }
  /** "Last week" across a month's end: only the year would be certain. */
  | { reason: 'week-spans-months'; words: string; from: string; to: string };

export interface RelativeDateReading {
  suggestions: DateSuggestion[];
  conflicts: DateConflict[];
}

const hasArabic = (text: string) => /[\u0600-\u06ff]/.test(text);

function says({ gloss, words }: RelativePhrase): string {
  return hasArabic(words) ? `The text says '${gloss}' (${words})` : `The text says '${gloss}'`;
}

const spelledCounts = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];
const daysBefore = (days: number) =>
  days === 1 ? 'the day' : `${spelledCounts[days] ?? String(days)} days`;

const SEE_SOURCE = " (see the source's date).";

function dayDate(value: string, note: string): FuzzyDate {
  return { value, precision: 'day', basis: 'computed', note };
}

/** Week starts differ (Saturday, Sunday or Monday): "last week" is every day any of them allows. */
function weekWindow(published: string, offset: 0 | -1): { from: string; to: string } {
  const weekday = weekdayOf(published);
  const intoWeek = [6, 0, 1].map((start) => (weekday - start + 7) % 7);
  const longest = Math.max(...intoWeek);
  const shortest = Math.min(...intoWeek);
  return offset === 0
    ? { from: addDays(published, -longest), to: published }
    : { from: addDays(published, -longest - 7), to: addDays(published, -shortest - 1) };
}

/** A computed day, unless the text states another day beside the phrase. */
function dayResult(
  phrase: RelativePhrase,
  value: string,
  how: string,
): DateSuggestion | DateConflict {
  const { stated, words } = phrase;
  if (stated === undefined)
    return { words, date: dayDate(value, `${says(phrase)}: ${how}${SEE_SOURCE}`) };
  const monthDay = `${String(stated.month).padStart(2, '0')}-${String(stated.day).padStart(2, '0')}`;
  if (value.slice(5) !== monthDay) {
    return { reason: 'stated-day-disagrees', words, stated: monthDay, computed: value };
  }
  return {
    words,
    date: dayDate(value, `${says(phrase)}: ${how}, the day the text also gives${SEE_SOURCE}`),
  };
}

function readOne(phrase: RelativePhrase, published: FuzzyDate): DateSuggestion | DateConflict {
  const { reading, words } = phrase;
  if (reading.kind === 'period' && reading.period === 'year') {
    const year = String(Number(published.value.slice(0, 4)) + reading.offset);
    const how =
      reading.offset === 0 ? 'the year of its publication' : 'the year before its publication';
    const note = `${says(phrase)}: ${how}, ${year}${SEE_SOURCE}`;
    return { words, date: { value: year, precision: 'year', basis: 'computed', note } };
  }
  const needs: 'day' | 'month' =
    reading.kind === 'period' && reading.period === 'month' ? 'month' : 'day';
  if (published.precision === 'year' || (needs === 'day' && published.precision !== 'day')) {
    return { reason: 'publication-not-precise', words, needs };
  }
  const on = spellDay(published.value);
  if (reading.kind === 'period' && reading.period === 'month') {
    const month = addMonths(published.value.slice(0, 7), reading.offset);
    const how =
      reading.offset === 0
        ? `the month of its publication, ${spellMonth(month)}`
        : `the month before its publication in ${spellMonth(published.value.slice(0, 7))}, so ${spellMonth(month)}`;
    const note = `${says(phrase)}: ${how}${SEE_SOURCE}`;
    return { words, date: { value: month, precision: 'month', basis: 'computed', note } };
  }
  if (reading.kind === 'period') {
    const { from, to } = weekWindow(published.value, reading.offset);
    if (from.slice(0, 7) !== to.slice(0, 7))
      return { reason: 'week-spans-months', words, from, to };
    const which = reading.offset === 0 ? 'the week of' : 'the week before';
    const note = `${says(phrase)}: ${which} its publication on ${on} lies between ${spellDay(from)} and ${spellDay(to)} whether weeks start on Saturday, Sunday or Monday, so in ${spellMonth(from.slice(0, 7))}${SEE_SOURCE}`;
    return {
      words,
      date: { value: from.slice(0, 7), precision: 'month', basis: 'computed', note },
    };
  }
  if (reading.kind === 'days-before') {
    const value = addDays(published.value, -reading.days);
    if (reading.weekday !== undefined && weekdayOf(value) !== reading.weekday) {
      return { reason: 'weekday-disagrees', words, said: reading.weekday, computed: value };
    }
    const how =
      reading.days === 0
        ? `the day of its publication, ${on}`
        : `${daysBefore(reading.days)} before its publication on ${on}, so ${spellDay(value)}`;
    return dayResult(phrase, value, how);
  }
  const back = (weekdayOf(published.value) - reading.weekday + 7) % 7;
  const days = back === 0 && reading.strictlyBefore ? 7 : back;
  const value = addDays(published.value, -days);
  const name = weekdayNames[reading.weekday];
  const how =
    days === 0
      ? `the day of its publication, ${on}, itself a ${name}`
      : `the last ${name} ${reading.strictlyBefore ? 'before' : 'on or before'} its publication on ${on}, so ${spellDay(value)}`;
  return dayResult(phrase, value, how);
}

/**
 * Every date the relative phrases of `words` give, counted from `published`, and every phrase
 * that gave none with the reason. A weekday alone («الخميس») is the last such day on or before
 * publication, the day itself included: that is how the corpus dates «الخميس» in a report of
 * that Thursday's news (seed 003, the Russian Ministry of Defence's statement).
 */
export function readSaidOn(words: string, published: FuzzyDate): RelativeDateReading {
  const suggestions: DateSuggestion[] = [];
  const conflicts: DateConflict[] = [];
  for (const phrase of readRelativeDates(words)) {
    const read = readOne(phrase, published);
    if ('reason' in read) conflicts.push(read);
    else if (!suggestions.some((s) => s.date.value === read.date.value)) suggestions.push(read);
  }
  return { suggestions, conflicts };
}
