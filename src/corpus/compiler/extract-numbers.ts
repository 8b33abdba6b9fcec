import { composeNumberWords, foldWord, lookUpNumberWord } from './number-words';
import { nextWordStart, wordEnd } from './word-scan';

/**
 * Every number a text states: digits (Western, Arabic-Indic or Persian, with
 * thousands separators and an optional scale word after them) and number
 * words. Vague quantities (عشرات, مئات, آلاف alone, dozens, hundreds) are
 * not numbers and never come out of here.
 */

const digit = '[0-9\u0660-\u0669\u06f0-\u06f9]';
const digitsPattern = new RegExp(
  `${digit}{1,3}(?:[,\u066c]${digit}{3})+(?:[.\u066b]${digit}+)?|${digit}+(?:[.\u066b]${digit}+)?`,
  'g',
);
const scaleAfterDigits = /\s*([\p{L}\p{M}\u0640]+)/uy;
/** What may sit between two words of one number: "", " ", "-", " -", "- " or " - " ("and"/"و" are skipped as words). */
function isJoiner(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length === 0) return true;
  if (length > 3) return false;
  const first = text.charCodeAt(from);
  if (length === 1) return first === 0x20 || first === 0x2d;
  const second = text.charCodeAt(from + 1);
  if (length === 2)
    return (first === 0x20 && second === 0x2d) || (first === 0x2d && second === 0x20);
  return first === 0x20 && second === 0x2d && text.charCodeAt(from + 2) === 0x20;
}

const scaleGroups: readonly (readonly [string, number])[] = [
  ['ألف ألفا ألفي ألفين ألفان آلاف thousand thousands', 1e3],
  ['مليون مليونا مليوني مليونين مليونان ملايين million millions', 1e6],
  ['مليار مليارا مليارين ملياران مليارات billion billions', 1e9],
];
const scaleWords = new Map<string, number>(
  scaleGroups.flatMap(([words, scale]) =>
    words.split(' ').map((word) => [foldWord(word), scale] as const),
  ),
);

function toWesternDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (char) =>
    String((char.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)),
  );
}

function parseDigits(raw: string): number {
  return Number(
    toWesternDigits(raw)
      .replace(/[,\u066c]/g, '')
      .replace('\u066b', '.'),
  );
}

/** A number the text states, and the [at, end) span of the text it was read from. */
export interface LocatedNumber {
  at: number;
  end: number;
  value: number;
}

type Found = LocatedNumber;

/** `scaleWordsUsed` collects where scale words were read as part of digits. */
function digitNumbers(text: string, scaleWordsUsed: Set<number>): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(digitsPattern)) {
    let value = parseDigits(match[0]);
    const end = match.index + match[0].length;
    scaleAfterDigits.lastIndex = end;
    const scale = scaleAfterDigits.exec(text);
    const multiplier = scale?.[1] === undefined ? undefined : scaleWords.get(foldWord(scale[1]));
    let spanEnd = end;
    if (multiplier !== undefined && scale !== null) {
      value *= multiplier;
      spanEnd = scaleAfterDigits.lastIndex;
      scaleWordsUsed.add(spanEnd - (scale[1] ?? '').length);
    }
    if (Number.isFinite(value)) found.push({ at: match.index, end: spanEnd, value });
  }
  return found;
}

function wordNumbers(text: string, skip: Set<number>): Found[] {
  const found: Found[] = [];
  let run: NonNullable<ReturnType<typeof lookUpNumberWord>>[] = [];
  let runAt = 0;
  let runEnd = 0;
  let lastEnd = -1;
  const flush = () => {
    for (const value of composeNumberWords(run)) found.push({ at: runAt, end: runEnd, value });
    run = [];
  };
  for (let start = nextWordStart(text, 0); start < text.length;) {
    const end = wordEnd(text, start);
    const word = text.slice(start, end);
    const joined = lastEnd < 0 || isJoiner(text, lastEnd, start);
    lastEnd = end;
    start = nextWordStart(text, end);
    if (run.length > 0 && (word === 'and' || word === 'و') && joined) continue;
    const number = skip.has(end - word.length) ? undefined : lookUpNumberWord(word);
    if (run.length > 0 && (number === undefined || !joined)) {
      flush();
    }
    if (number === undefined) continue;
    if (run.length === 0) runAt = end - word.length;
    runEnd = end;
    run.push(number);
  }
  flush();
  return found;
}

/**
 * Every number the text states, where it stands, in text order. Several values read from one
 * run of words ("بين ثلاثين وأربعين") share the run's span.
 */
export function locateNumbers(text: string): LocatedNumber[] {
  const scaleWordsUsed = new Set<number>();
  const digits = digitNumbers(text, scaleWordsUsed);
  return [...digits, ...wordNumbers(text, scaleWordsUsed)].sort((a, b) => a.at - b.at);
}

/** Distinct values in the order the text states them. */
export function extractNumbers(text: string): number[] {
  return [...new Set(locateNumbers(text).map((found) => found.value))];
}

/**
 * Equal up to floating-point noise from scale words (1.1 مليون is 1100000.0000000002). Two
 * whole numbers must be exactly equal: a relative tolerance made 1000000001 equal 1000000000.
 * A number above 2^53 read from a quote is never a safe integer, so never equals a figure
 * (whose schema stops at 2^53 − 1).
 */
export function sameNumber(a: number, b: number): boolean {
  if (Number.isInteger(a) && Number.isInteger(b)) {
    return a === b && Number.isSafeInteger(a);
  }
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
