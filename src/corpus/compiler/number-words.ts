/**
 * Numbers written as words, in Arabic and English. Plural scale words
 * (آلاف, ملايين) count only after a number ("ثلاثة آلاف"): alone they are
 * vague ("آلاف" = thousands) and must never become a value.
 */

type WordKind =
  | 'unit' // 1-9
  | 'arabic-ten' // عشر/عشرة: 10, or the teen part after a unit (خمسة عشر)
  | 'teen' // English 10-19
  | 'tens' // 20-90
  | 'hundred' // 100, multiplies a unit before it
  | 'hundreds' // 200-900 as one word
  | 'scale' // ألف, million: multiplies what came before, or stands for one
  | 'scale-dual' // ألفين: two of a scale, as one word
  | 'scale-plural'; // آلاف: only as a multiplier

interface NumberWord {
  value: number;
  kind: WordKind;
  /** For scale words: the power of a thousand they count in. */
  scale?: number;
}

/** Harakat, tatweel and letter variants differ between writers, not numbers. */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

const lexicon = new Map<string, NumberWord>();

function add(kind: WordKind, value: number, words: string, scale?: number): void {
  for (const word of words.split(' ')) lexicon.set(foldWord(word), { value, kind, scale });
}

const arabicUnits = [
  'واحد واحدة أحد إحدى',
  'اثنان اثنين اثنا اثني اثنتان اثنتين اثنتا اثنتي',
  'ثلاث ثلاثة',
  'أربع أربعة',
  'خمس خمسة',
  'ست ستة',
  'سبع سبعة',
  'ثمان ثماني ثمانية',
  'تسع تسعة',
];
const englishUnits = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
arabicUnits.forEach((words, i) => {
  add('unit', i + 1, words);
});
englishUnits.forEach((word, i) => {
  add('unit', i + 1, word);
});
add('arabic-ten', 10, 'عشر عشرة');
'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
  .split(' ')
  .forEach((word, i) => {
    add('teen', 10 + i, word);
  });
[
  'عشرون عشرين twenty',
  'ثلاثون ثلاثين thirty',
  'أربعون أربعين forty',
  'خمسون خمسين fifty',
  'ستون ستين sixty',
  'سبعون سبعين seventy',
  'ثمانون ثمانين eighty',
  'تسعون تسعين ninety',
].forEach((words, i) => {
  add('tens', 20 + 10 * i, words);
});
add('hundred', 100, 'مئة مائة hundred');
add('hundreds', 200, 'مئتان مئتين مئتا مئتي مائتان مائتين مائتا مائتي');
['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].forEach((unit, i) => {
  add('hundreds', 300 + 100 * i, `${unit}مئة ${unit}مائة`);
});
add('scale', 1e3, 'ألف thousand', 1e3);
add('scale', 1e6, 'مليون million', 1e6);
add('scale', 1e9, 'مليار billion', 1e9);
add('scale-dual', 2e3, 'ألفان ألفين ألفا ألفي', 1e3);
add('scale-dual', 2e6, 'مليونان مليونين مليونا مليوني', 1e6);
add('scale-dual', 2e9, 'ملياران مليارين', 1e9);
add('scale-plural', 1e3, 'آلاف', 1e3);
add('scale-plural', 1e6, 'ملايين', 1e6);
add('scale-plural', 1e9, 'مليارات', 1e9);

/** و "and", ال "the", ب "with/at" and their combinations, tried after the whole word. */
const prefixes = ['وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'وب', 'و', 'ب'];

function findNumberWord(word: string): NumberWord | undefined {
  const folded = foldWord(word);
  const whole = lexicon.get(folded);
  if (whole) return whole;
  for (const prefix of prefixes) {
    if (folded.length > prefix.length + 1 && folded.startsWith(prefix)) {
      const found = lexicon.get(folded.slice(prefix.length));
      if (found) return found;
    }
  }
  return undefined;
}

/** Words recur across quotes: each is folded and looked up once (bounded, for long-lived workers). */
const lookedUp = new Map<string, NumberWord | null>();
const lookedUpLimit = 100_000;

export function lookUpNumberWord(word: string): NumberWord | undefined {
  const known = lookedUp.get(word);
  if (known !== undefined) return known ?? undefined;
  const found = findNumberWord(word);
  if (lookedUp.size >= lookedUpLimit) lookedUp.clear();
  lookedUp.set(word, found ?? null);
  return found;
}

/** Whether `value` can be added to a running 0-999 part without overlapping it. */
function fits(current: number, value: number): boolean {
  if (current === 0) return true;
  const lastTwo = current % 100;
  if (value < 10) return current % 10 === 0 && (lastTwo < 10 || lastTwo >= 20);
  if (value < 20) return lastTwo === 0;
  if (value < 100) return lastTwo < 10;
  return false;
}

/**
 * Composes a run of number words (already known to be adjacent) into the
 * values they spell: "ثلاثة وعشرين ألف" is 23000, "بين ثلاثين وأربعين" is 30
 * and 40, not 70.
 */
export function composeNumberWords(words: readonly NumberWord[]): number[] {
  const values: number[] = [];
  let total = 0;
  let current = 0;
  let started = false;
  let previous: WordKind | undefined;
  const flush = () => {
    if (started) values.push(total + current);
    total = 0;
    current = 0;
    started = false;
    previous = undefined;
  };
  const join = (word: NumberWord): boolean => {
    const { kind, value } = word;
    const scale = word.scale ?? 1;
    const scaleFree = total % (scale * 1000) === 0;
    switch (kind) {
      case 'arabic-ten':
        if (previous === 'unit' && current % 100 > 0 && current % 100 < 10) current += 10;
        else if (fits(current, 10)) current += 10;
        else return false;
        return true;
      case 'unit':
      case 'teen':
      case 'tens':
        if (!fits(current, value)) return false;
        current += value;
        return true;
      case 'hundred':
        if (current > 0 && current < 10) current *= 100;
        else if (current === 0) current = 100;
        else return false;
        return true;
      case 'hundreds':
        if (current !== 0) return false;
        current = value;
        return true;
      case 'scale':
      case 'scale-plural':
        if (!scaleFree || (kind === 'scale-plural' && current === 0)) return false;
        total += (current === 0 ? 1 : current) * scale;
        current = 0;
        return true;
      case 'scale-dual':
        if (!scaleFree || current !== 0) return false;
        total += value;
        return true;
    }
  };
  for (const word of words) {
    if (!join(word)) {
      flush();
      if (!join(word)) continue;
    }
    started = true;
    previous = word.kind;
  }
  flush();
  return values;
}
