import type { DatePrecision, DateBasis, FuzzyDate } from '../../src/corpus/primitives';
import { months, weekdays, type Phrase } from './phrase-banks';
import type { Prng } from './prng';

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2015, 0, 1);
/** Days from 2015-01-01 to 2024-12-31: the span synthetic events fall in. */
export const SPAN_DAYS = Math.round((Date.UTC(2024, 11, 31) - FIRST) / DAY_MS);

export function isoDay(day: number): string {
  return new Date(FIRST + day * DAY_MS).toISOString().slice(0, 10);
}

/** "الخميس 20 حزيران 2019" / "Thursday 20 June 2019": how a text states a day. */
export function spokenDay(day: number): Phrase {
  const date = new Date(FIRST + day * DAY_MS);
  const weekday = weekdays[date.getUTCDay()] ?? { ar: '', en: '' };
  const month = months[date.getUTCMonth()] ?? { ar: '', en: '' };
  const d = date.getUTCDate();
  const y = date.getUTCFullYear();
  return { ar: `${weekday.ar} ${d} ${month.ar} ${y}`, en: `${weekday.en} ${d} ${month.en} ${y}` };
}

export function spokenMonth(day: number): Phrase {
  const date = new Date(FIRST + day * DAY_MS);
  const month = months[date.getUTCMonth()] ?? { ar: '', en: '' };
  const y = date.getUTCFullYear();
  return { ar: `${month.ar} ${y}`, en: `${month.en} ${y}` };
}

const notes: Record<Exclude<DateBasis, 'stated'>, readonly string[]> = {
  computed: [
    "'Yesterday' in the text, counted back from the publication date.",
    "'Thursday' in the text: the Thursday before the publication date.",
    "'Two days ago' in the text, counted back from the publication date.",
  ],
  external: [
    'The text gives no date; wire reports of the same statement give this day.',
    "Dated from the speaker's own channel, which the text cites.",
  ],
  inferred: [
    'The text gives no date; inferred from the events it reports as news.',
    'Inferred from the publication date: the text reports it as the same day.',
  ],
};

/** A basis with its note when it needs one; `weights` are stated, computed, external, inferred. */
export function fuzzyDate(
  day: number,
  precision: DatePrecision,
  random: Prng,
  weights: readonly [number, number, number, number] = [5, 3, 1, 1],
): FuzzyDate {
  const iso = isoDay(day);
  const value =
    precision === 'day' ? iso : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
  const basis = random.weighted<DateBasis>([
    ['stated', weights[0]],
    ['computed', precision === 'day' ? weights[1] : 0],
    ['external', weights[2]],
    // An inference pins a month or a year, never a day (the schema refuses it).
    ['inferred', precision === 'day' ? 0 : weights[3]],
  ]);
  if (basis === 'stated') return { value, precision, basis };
  return { value, precision, basis, note: random.pick(notes[basis]) };
}

export function randomPrecision(random: Prng): DatePrecision {
  return random.weighted<DatePrecision>([
    ['day', 85],
    ['month', 11],
    ['year', 4],
  ]);
}
