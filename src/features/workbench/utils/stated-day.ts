import { extractNumbers } from '@/corpus/compiler/extract-numbers';
import { foldWord } from '@/corpus/compiler/number-words';
import type { QuoteWord } from './quote-words';

/** A day of a month the text states beside a relative phrase: «أمس الأربعاء 19 يونيو». */
export interface StatedDay {
  month: number;
  day: number;
}

const monthLines = [
  'يناير january jan',
  'فبراير شباط february feb',
  'مارس آذار march mar',
  'أبريل إبريل نيسان april apr',
  'مايو أيار may',
  'يونيو يونيه حزيران june jun',
  'يوليو يوليه تموز july jul',
  'أغسطس آب august aug',
  'سبتمبر أيلول september sep sept',
  'أكتوبر october oct',
  'نوفمبر november nov',
  'ديسمبر december dec',
];
const months = new Map<string, number>(
  monthLines.flatMap((line, index) =>
    line.split(' ').map((word) => [foldWord(word), index + 1] as const),
  ),
);
/** Levantine names of two words: كانون الثاني is January, تشرين الأول October. */
const twoWordMonths = new Map<string, number>(
  [
    ['كانون الثاني', 1],
    ['كانون الأول', 12],
    ['تشرين الأول', 10],
    ['تشرين الثاني', 11],
  ].map(([name, month]) => [String(name).split(' ').map(foldWord).join(' '), Number(month)]),
);

/** The day and month stated right after words[index - 1]: "19 June", «23 كانون الثاني». */
export function statedDayAfter(
  text: string,
  words: readonly QuoteWord[],
  index: number,
): StatedDay | undefined {
  const previous = words[index - 1];
  const monthWord = words[index];
  if (!previous || !monthWord) return undefined;
  const gap = /^[\s,،]*([0-9\u0660-\u0669]{1,2})\s+$/.exec(
    text.slice(previous.end, monthWord.start),
  );
  const [day] = gap?.[1] === undefined ? [] : extractNumbers(gap[1]);
  const pair = `${monthWord.folded} ${words[index + 1]?.folded ?? ''}`;
  const month = twoWordMonths.get(pair) ?? months.get(monthWord.folded);
  return day === undefined || month === undefined ? undefined : { month, day };
}
