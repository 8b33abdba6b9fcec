import arabicCatalogue from './translation.json';
import englishCatalogue from '../en/translation.json';

interface Catalogue {
  [key: string]: string | Catalogue;
}

function entries(catalogue: Catalogue, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : entries(value, `${prefix}${key}.`),
  );
}

const arabic = entries(arabicCatalogue);
const english = new Map(entries(englishCatalogue));
/** The keys whose Arabic text matches, so a failure names every place to fix. */
const keysWhere = (test: (text: string) => boolean) =>
  arabic.filter(([, text]) => test(text)).map(([key]) => key);
// Arabic letters on either side mean the match is inside a longer word.
const word = (pattern: string) =>
  new RegExp(`(?<![\\u0621-\\u064A])(?:${pattern})(?![\\u0621-\\u064A])`);

/*
 * Words a Syrian reader of the Arabic interface stops at, each with why. The
 * catalogue is read as a journalist reads it, not as a translation memory.
 */
describe('the Arabic catalogue', () => {
  it('never calls a media outlet «منفذ», which reads as a port, an exit or a border crossing', () => {
    // An outlet is «وسيلة إعلام» (feminine: «وسيلة إعلام غير مسمّاة»).
    expect(keysWhere((text) => text.includes('منفذ'))).toEqual([]);
  });

  it('never attributes with «قاله»: one masculine verb for every speaker breaks agreement', () => {
    // Parties are feminine (وزارة الدفاع) and plural (وسائل الإعلام, الفصائل) as often as
    // masculine; a noun («ادعاءات هذا الطرف») or «على لسان» agrees with all of them.
    // («ما قالته الأطراف» agrees with its own plural subject and may stay.)
    expect(keysWhere((text) => word('قاله').test(text))).toEqual([]);
  });

  it('never shows a stance as a verb, which would have to agree with the party beside it', () => {
    // "وزارة الدفاع الروسية · يؤكد" is wrong, "وزارة الدفاع الروسية · تأكيد" is right for every party.
    const stanceLabels = arabic.filter(
      ([key]) => key.startsWith('stance.') || key.startsWith('card.stance.'),
    );
    expect(stanceLabels.length).toBeGreaterThan(0);
    expect(
      stanceLabels
        .filter(([, text]) => /^(?:ي|ت)(?:ؤكد|نفي|شكك|سكت|فسر|فسّر)/.test(text))
        .map(([key]) => key),
    ).toEqual([]);
  });

  it('opens every dispute sentence with a noun, so it agrees with any party named in it', () => {
    // «نفيٌ من وزارة الدفاع…», «تشكيكٌ من الفصائل…»: a verb first («ينفي») would have to
    // agree with a party that may be feminine, plural or a person.
    const reasons = arabic.filter(
      ([key]) => key.startsWith('compare.reasons.') || key.startsWith('actors.reasons.'),
    );
    expect(reasons.length).toBeGreaterThan(8);
    const verbFirst =
      /^(?:<\w+>)?(?:ي|ت)(?:نفي|شكك|فسر|فسّر|ؤكد|عارض)|^(?:نفى|نفت|شكك|شككت|فسّر|فسّرت)\s/;
    expect(reasons.filter(([, text]) => verbFirst.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('never calls the corpus «مدوّنة», which reads as "blog" beside مدونة هادي العبد الله', () => {
    // With or without the shadda, singular or plural.
    expect(keysWhere((text) => /مدو\u0651?ن(?:ة|ات)/.test(text))).toEqual([]);
  });

  it('names the corpus with one word wherever the English says corpus: «مجموعة النصوص»', () => {
    // «قاعدة» is out too: «القاعدة» is al-Qaeda, a party of the bundled corpus.
    const corpusKeys = [...english]
      .filter(([, text]) => /\bcorp(?:us|ora)\b/i.test(text))
      .map(([key]) => key);
    expect(corpusKeys.length).toBeGreaterThan(5);
    const arabicByKey = new Map(arabic);
    expect(corpusKeys.filter((key) => !/مجموع|لقطة/.test(arabicByKey.get(key) ?? ''))).toEqual([]);
    expect(keysWhere((text) => word('قاعدة النصوص|قاعدة الروايات').test(text))).toEqual([]);
  });

  it('never leaves «تصفية» where it can read as "liquidation"', () => {
    // In Syrian reporting a bare «التصفية», or «تصفية» of parties, means killing.
    // It is kept only in phrases that can mean nothing but filtering.
    const safe = /عوامل التصفية|عامل التصفية|تصفية النتائج/g;
    expect(keysWhere((text) => text.replace(safe, '').includes('تصفي'))).toEqual([]);
  });

  it('never uses an Egyptian month name: Syrian readers expect كانون الثاني، شباط، آذار…', () => {
    const egyptian = word(
      'يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر',
    );
    expect(keysWhere((text) => egyptian.test(text))).toEqual([]);
  });

  it('names no developer command: readers see product words, the README holds the commands', () => {
    expect(keysWhere((text) => /npm run|corpus:bundle/.test(text))).toEqual([]);
    expect(
      [...english].filter(([, text]) => /npm run|corpus:bundle/.test(text)).map(([key]) => key),
    ).toEqual([]);
  });
});
