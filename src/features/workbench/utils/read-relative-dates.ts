import { extractNumbers } from '@/corpus/compiler/extract-numbers';
import { normalizeText, originalSpan } from '@/corpus/compiler/text-normalize';
import { weekdayNames, type Weekday } from './day-arithmetic';
import { statedDayAfter, type StatedDay } from './stated-day';
import { coreStart, onlySpaceBetween, phraseAt, quoteWords, type QuoteWord } from './quote-words';
import {
  agoAfter,
  agoBefore,
  beforeWeekday,
  dayPhrases,
  dayPrefixes,
  dayUnits,
  lastAfter,
  nextAfter,
  notToday,
  periodPhrases,
  sinceWords,
  weekdayPrefixes,
  weekdays,
  type Period,
} from './relative-date-words';

/** A phrase that places a statement in time relative to the text's publication. */
export type RelativeDate =
  /** Today (0), yesterday (1), «قبل يومين» (2); with the weekday the text also names, if any. */
  | { kind: 'days-before'; days: number; weekday?: Weekday }
  /** «الخميس»: the Thursday on or before publication; «الخميس الماضي»: strictly before. */
  | { kind: 'weekday'; weekday: Weekday; strictlyBefore: boolean }
  | { kind: 'period'; period: Period; offset: 0 | -1 };

export interface RelativePhrase {
  reading: RelativeDate;
  /** The words read, as they stand in the text. */
  words: string;
  /** The phrase in English, for the note: 'yesterday, Friday'. */
  gloss: string;
  /** The day and month the text states right after the phrase, if it does. */
  stated?: StatedDay;
}

interface Found {
  reading: RelativeDate;
  gloss: string;
  from: number;
  /** Index of the last word read. */
  last: number;
}

/** The weekday's name without a clitic: «الجمعة» in «والجمعة». */
function weekdayCore(folded: string): string {
  const prefix = weekdayPrefixes.find(
    (p) => !weekdays.has(folded) && folded.startsWith(p) && weekdays.has(folded.slice(p.length)),
  );
  return prefix === undefined ? folded : folded.slice(prefix.length);
}

function weekdayAt(words: readonly QuoteWord[], index: number): Weekday | undefined {
  const folded = words[index]?.folded ?? '';
  const whole = weekdays.get(folded);
  if (whole !== undefined) return whole;
  const prefix = weekdayPrefixes.find(
    (p) => folded.startsWith(p) && weekdays.has(folded.slice(p.length)),
  );
  return prefix === undefined ? undefined : weekdays.get(folded.slice(prefix.length));
}

const weekdayGloss = (weekday: Weekday): string => weekdayNames[weekday];

/** Today or yesterday, and the weekday right after it: «أمس الجمعة», "yesterday, Friday". */
function readDays(text: string, words: readonly QuoteWord[], i: number): Found | undefined {
  for (const { days, gloss, words: phrase } of dayPhrases) {
    const first = words[i];
    if (!first || phraseAt(text, words, i, phrase, dayPrefixes) === undefined) continue;
    // Read without its clitic: «أمس الجمعة», not «وأمس الجمعة».
    const from = coreStart(text, first, phrase[0] ?? '');
    let last = i + phrase.length - 1;
    if (days === 0 && notToday.has(words[last + 1]?.folded ?? '')) return undefined;
    const end = words[last]?.end ?? from;
    const weekday = weekdayAt(words, last + 1);
    const next = words[last + 1];
    if (weekday !== undefined && next && /^[\s,،(]*$/.test(text.slice(end, next.start))) {
      last += 1;
      return {
        reading: { kind: 'days-before', days, weekday },
        gloss: `${gloss}, ${weekdayGloss(weekday)}`,
        from,
        last,
      };
    }
    return { reading: { kind: 'days-before', days }, gloss, from, last };
  }
  return undefined;
}

/** «قبل 3 أيام», «قبل ثلاثة أيام», "3 days ago". */
function readDaysAgo(text: string, words: readonly QuoteWord[], i: number): Found | undefined {
  const [first, count, unit] = [words[i], words[i + 1], words[i + 2]];
  const spaced = (a?: QuoteWord, b?: QuoteWord) => a && b && onlySpaceBetween(text, a.end, b.start);
  if (first?.folded === agoBefore && count && unit && dayUnits.has(unit.folded)) {
    const [days] = extractNumbers(text.slice(count.start, count.end));
    if (days !== undefined && spaced(first, count) && spaced(count, unit)) {
      return {
        reading: { kind: 'days-before', days },
        gloss: `${String(days)} days ago`,
        from: first.start,
        last: i + 2,
      };
    }
  }
  // «قبل 3 أيام»: digits are no words, so the unit comes right after «قبل».
  const digitsAfter =
    first && count
      ? /^\s+([0-9\u0660-\u0669]+)\s+$/.exec(text.slice(first.end, count.start))
      : null;
  if (first?.folded === agoBefore && count && dayUnits.has(count.folded) && digitsAfter?.[1]) {
    const [days] = extractNumbers(digitsAfter[1]);
    if (days !== undefined) {
      return {
        reading: { kind: 'days-before', days },
        gloss: `${String(days)} days ago`,
        from: first.start,
        last: i + 1,
      };
    }
  }
  // "3 days ago", "five days ago": digits are no words, so the phrase may start before `i`.
  const [unitWord, agoWord] = [words[i], words[i + 1]];
  if (unitWord && dayUnits.has(unitWord.folded) && agoWord?.folded === agoAfter) {
    const numberWord = words[i - 1];
    const digits = /(\d+)\s+$/.exec(text.slice(0, unitWord.start));
    const spelled =
      numberWord && spaced(numberWord, unitWord)
        ? extractNumbers(text.slice(numberWord.start, numberWord.end))[0]
        : undefined;
    const days = digits?.[1] === undefined ? spelled : Number(digits[1]);
    const from = digits ? unitWord.start - digits[0].length : numberWord?.start;
    if (days !== undefined && from !== undefined && spaced(unitWord, agoWord)) {
      const gloss = `${String(days)} days ago`;
      return { reading: { kind: 'days-before', days }, gloss, from, last: i + 1 };
    }
  }
  return undefined;
}

function readWeekday(text: string, words: readonly QuoteWord[], i: number): Found | undefined {
  const weekday = weekdayAt(words, i);
  const word = words[i];
  if (weekday === undefined || !word) return undefined;
  let from = coreStart(text, word, weekdayCore(word.folded));
  let gloss = weekdayGloss(weekday);
  let strictlyBefore = false;
  const previous = words[i - 1];
  const previousJoins = previous !== undefined && onlySpaceBetween(text, previous.end, word.start);
  if (previousJoins && (beforeWeekday.has(previous.folded) || sinceWords.has(previous.folded))) {
    from = previous.start;
    if (sinceWords.has(previous.folded)) gloss = `since ${gloss}`;
  } else if (previousJoins && previous.folded === 'last') {
    from = previous.start;
    strictlyBefore = true;
    gloss = `last ${gloss}`;
  } else if (previousJoins && previous.folded === 'next') return undefined;
  const next = words[i + 1];
  const nextJoins = next !== undefined && onlySpaceBetween(text, word.end, next.start);
  if (nextJoins && nextAfter.has(next.folded)) return undefined;
  if (nextJoins && lastAfter.has(next.folded)) {
    return {
      reading: { kind: 'weekday', weekday, strictlyBefore: true },
      gloss: `last ${gloss}`,
      from,
      last: i + 1,
    };
  }
  return { reading: { kind: 'weekday', weekday, strictlyBefore }, gloss, from, last: i };
}

function readPeriod(text: string, words: readonly QuoteWord[], i: number): Found | undefined {
  for (const { period, offset, gloss, words: phrase } of periodPhrases) {
    const first = words[i];
    if (first && phraseAt(text, words, i, phrase, ['و', 'ف']) !== undefined) {
      const from = coreStart(text, first, phrase[0] ?? '');
      return {
        reading: { kind: 'period', period, offset },
        gloss,
        from,
        last: i + phrase.length - 1,
      };
    }
  }
  return undefined;
}

/** Every relative date phrase in `text`, in order, each word read once. */
export function readRelativeDates(text: string): RelativePhrase[] {
  const normalized = normalizeText(text);
  const words = quoteWords(normalized.text);
  const phrases: RelativePhrase[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const found =
      readDays(normalized.text, words, i) ??
      readDaysAgo(normalized.text, words, i) ??
      readPeriod(normalized.text, words, i) ??
      readWeekday(normalized.text, words, i);
    if (!found) continue;
    const end = words[found.last]?.end ?? found.from;
    const { start, end: originalEnd } = originalSpan(normalized, found.from, end);
    const stated = statedDayAfter(normalized.text, words, found.last + 1);
    const phrase = {
      reading: found.reading,
      gloss: found.gloss,
      words: text.slice(start, originalEnd),
    };
    phrases.push(stated ? { ...phrase, stated } : phrase);
    i = found.last;
  }
  return phrases;
}
